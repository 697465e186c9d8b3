// Text changes in the form the incremental parser takes (see NetworkParser.parse).

/** The previous text's [start, oldEnd) was replaced by text `delta` characters longer or shorter. */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly delta: number;
}

/** A change as editors report it: offsets in the text before it, and the new text's length. */
export interface ReportedChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newLength: number;
}

/**
 * One change covering a batch of changes reported together (all in the coordinates of the text
 * before the batch, as VS Code reports the changes of one event).
 */
export function combineChanges(changes: readonly ReportedChange[]): TextChange | undefined {
  if (changes.length === 0) {
    return undefined;
  }
  let start = Infinity;
  let oldEnd = -Infinity;
  let delta = 0;
  for (const c of changes) {
    start = Math.min(start, c.start);
    oldEnd = Math.max(oldEnd, c.oldEnd);
    delta += c.newLength - (c.oldEnd - c.start);
  }
  return { start, oldEnd, delta };
}

/** `a` then `b` (b in the coordinates of the text after a) as one change of the original text. */
export function composeChanges(a: TextChange, b: TextChange): TextChange {
  const toOriginal = (p: number, atEnd: boolean): number => {
    if (p <= a.start) {
      return p;
    }
    if (p >= a.oldEnd + a.delta) {
      return p - a.delta;
    }
    return atEnd ? a.oldEnd : a.start;
  };
  const start = Math.min(a.start, toOriginal(b.start, false));
  const oldEnd = Math.max(a.oldEnd, toOriginal(b.oldEnd, true));
  return { start, oldEnd, delta: a.delta + b.delta };
}
