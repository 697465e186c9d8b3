// Text changes in the form the incremental parser takes (see NetworkParser.parse).

/** The previous text's [start, oldEnd) was replaced by text `delta` characters longer or shorter. */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly delta: number;
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
