// The measuring helpers of `npm run bench` (bench/bench.ts and its cases): medians of several runs
// in one process after a warm-up, each run after a full garbage collection.

import { NetworkParser } from '../src/model/network/networkParser';
import type { NetworkModel } from '../src/model/network/network';
import { lensAnchors } from '../src/model/network/lensAnchors';
import { groupPeople } from '../src/model/people/peopleGroups';
import { validateNetwork } from '../src/model/validation/networkValidation';

export const RUNS = Number(process.env.BENCH_RUNS ?? 5);
export const TODAY = '2026-11-26';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** A full collection, when node runs with --expose-gc (npm run bench does). */
export const collect = (globalThis as { gc?: () => void }).gc ?? ((): void => undefined);

/**
 * Median ms of `fn` over RUNS runs after one warm-up; `setup` runs before each, untimed, and a
 * full garbage collection after it, so that no run pays for the garbage of the setup or of an
 * earlier case.
 */
export function measure<T>(setup: () => T, fn: (input: T) => unknown, runs = RUNS): number {
  fn(setup());
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const input = setup();
    collect();
    const t0 = performance.now();
    fn(input);
    times.push(performance.now() - t0);
  }
  return round(median(times));
}

export function round(x: number): number {
  return Math.round(x * 10) / 10;
}

export function ratio(a: number, b: number): number {
  return Number((a / b).toFixed(2));
}

/** Everything the tree's first level, the lenses and the diagnostics need, from text. */
export function open(text: string): NetworkModel {
  const model = new NetworkParser().parse(text);
  validateNetwork(model);
  groupPeople(model, { today: TODAY });
  lensAnchors(model);
  return model;
}
