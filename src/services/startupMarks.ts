/**
 * When each step of activation's path to the first tree items ended, in milliseconds from the
 * bundle's load (the first mark of a name counts): read by `npm run bench:host` to say where the
 * time goes. Costs a `performance.now()` per step.
 */
export class StartupMarks {
  private readonly marks: Record<string, number> = {};

  constructor(private readonly loadedAt: number) {}

  mark(step: string): void {
    this.marks[step] ??= Math.round((performance.now() - this.loadedAt) * 10) / 10;
  }

  get all(): Readonly<Record<string, number>> {
    return { ...this.marks };
  }
}
