// Offsets <-> line/column for texts that are not VS Code documents (tree items, messages).

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  return LineIndex.of(text).position(offset);
}

/** Line starts of a text, for many offset -> position lookups (binary search). */
export class LineIndex {
  private static recent: LineIndex[] = [];
  private readonly starts: number[] = [0];

  private constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      this.starts.push(i + 1);
    }
  }

  /** The index of a text; the last one or two texts are remembered. */
  static of(text: string): LineIndex {
    let idx = LineIndex.recent.find(i => i.text === text);
    if (!idx) {
      idx = new LineIndex(text);
      LineIndex.recent = [idx, ...LineIndex.recent].slice(0, 2);
    }
    return idx;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): { line: number; column: number } {
    const line = this.lineOf(offset);
    return { line, column: Math.max(0, Math.min(offset, this.text.length)) - this.starts[line] };
  }

  /** The line of an offset (no object made: the lenses ask this 30,000 times). */
  lineOf(offset: number): number {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  offset(line: number, column: number): number {
    const l = Math.max(0, Math.min(line, this.starts.length - 1));
    return Math.min(this.starts[l] + column, this.text.length);
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }
}
