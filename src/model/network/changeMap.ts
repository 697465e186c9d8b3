// The edits since the last parse, in the new text's offsets: what the incremental re-scan and the
// reuse of unchanged entries read to know which text is new and how far the rest moved.

import type { TextChange } from '../yaml/changes';

/** Changes in the new text's offsets, with the total shift before each. */
export interface ChangeMap {
  /** [start, end) of each change in the new text. */
  readonly newStart: number[];
  readonly newEnd: number[];
  /** Shift of everything before change k (sum of the deltas of changes 0..k-1). */
  readonly shiftBefore: number[];
}

/** The changes (in the previous text's offsets, not overlapping) in the new text's offsets. */
export function changeMap(changes: readonly TextChange[]): ChangeMap {
  const sorted = [...changes].sort((a, b) => a.start - b.start);
  const newStart: number[] = [];
  const newEnd: number[] = [];
  const shiftBefore: number[] = [];
  let shift = 0;
  for (const c of sorted) {
    shiftBefore.push(shift);
    newStart.push(c.start + shift);
    newEnd.push(c.oldEnd + shift + c.delta);
    shift += c.delta;
  }
  shiftBefore.push(shift);
  return { newStart, newEnd, shiftBefore };
}

/** How many changes end at or before `offset` of the new text (binary search on their ends). */
export function changesBefore(change: ChangeMap, offset: number): number {
  let lo = 0;
  let hi = change.newEnd.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (change.newEnd[mid] <= offset) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}
