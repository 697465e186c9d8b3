/** Property-test runs: the given CI minimum, scaled up locally with PROPERTY_RUNS_FACTOR. */
export function runs(ciMinimum: number): number {
  const factor = Number(process.env.PROPERTY_RUNS_FACTOR ?? '1');
  return Math.max(1, Math.round(ciMinimum * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
}
