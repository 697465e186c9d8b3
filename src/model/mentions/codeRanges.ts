// Where a markdown text is code: fenced code blocks and code spans, the places where `@[Name]`
// is text rather than a mention. Worked out only around the places asked about (the mentions):
// fences from the few ``` and ~~~ of the text, code spans only in the paragraphs that hold a
// mention, so that thousands of notes are read in about the time one plain search over them takes.

const BACKTICK = 96;

/** Answers "is this offset code?" for offsets asked in increasing order (going back starts afresh). */
export class CodeContext {
  private fences: (readonly [number, number])[] | undefined;
  private fenceAt = 0;
  /** The paragraph last asked about, and its code spans. */
  private para: { start: number; end: number; spans: readonly (readonly [number, number])[] } | undefined;
  private spanAt = 0;
  private lastAsked = -1;
  /** The last backtick before the offset last asked about, and the first one at or after it (-1: none). */
  private tickBefore = -1;
  private tickAfter = -2;
  /** The start of a blank line after `tickBefore` (-1: none found yet), looked for up to `scannedTo`. */
  private blankAfterTick = -1;
  private scannedTo = 0;

  constructor(private readonly text: string) {}

  isCode(offset: number): boolean {
    if (offset < this.lastAsked) {
      this.fenceAt = 0;
      this.para = undefined;
      this.spanAt = 0;
      this.tickBefore = -1;
      this.tickAfter = -2;
      this.blankAfterTick = -1;
      this.scannedTo = 0;
    }
    this.lastAsked = offset;
    const fence = this.fenceAround(offset);
    if (fence === 'inside') {
      return true;
    }
    if (!this.backtickBefore(offset)) {
      return false; // a code span opens with a backtick in the same paragraph
    }
    if (!this.para || offset >= this.para.end || offset < this.para.start) {
      this.para = this.paragraph(offset, fence);
      this.spanAt = 0;
    }
    const spans = this.para.spans;
    while (this.spanAt < spans.length && spans[this.spanAt][1] <= offset) {
      this.spanAt++;
    }
    return this.spanAt < spans.length && spans[this.spanAt][0] <= offset;
  }

  /**
   * Whether a backtick comes before `offset` in its paragraph; false only when surely not (no
   * backtick before it, or a blank line between the last one and it): then the paragraph is not
   * worked out at all, as for most mentions (the backticks of notes seldom share their paragraph).
   */
  private backtickBefore(offset: number): boolean {
    const text = this.text;
    if (this.tickAfter === -2) {
      this.tickAfter = text.indexOf('`');
    }
    while (this.tickAfter >= 0 && this.tickAfter < offset) {
      this.tickBefore = this.tickAfter;
      this.tickAfter = text.indexOf('`', this.tickAfter + 1);
      this.blankAfterTick = -1;
      this.scannedTo = this.tickBefore;
    }
    if (this.tickBefore < 0) {
      return false;
    }
    if (this.blankAfterTick < 0 && this.scannedTo < offset) {
      this.blankAfterTick = blankLineIn(text, this.scannedTo, offset);
      this.scannedTo = offset;
    }
    return this.blankAfterTick < 0;
  }

  /** 'inside' a fenced block, else the fenced blocks just before and after (paragraph bounds). */
  private fenceAround(offset: number): 'inside' | { before: number; after: number } {
    const fences = (this.fences ??= fencedBlocks(this.text));
    while (this.fenceAt < fences.length && fences[this.fenceAt][1] <= offset) {
      this.fenceAt++;
    }
    const next = fences[this.fenceAt];
    if (next && next[0] <= offset) {
      return 'inside';
    }
    return { before: this.fenceAt > 0 ? fences[this.fenceAt - 1][1] : 0, after: next ? next[0] : this.text.length };
  }

  /** The paragraph holding `offset` (between blank lines and fences) and its code spans. */
  private paragraph(
    offset: number,
    fence: { before: number; after: number },
  ): { start: number; end: number; spans: (readonly [number, number])[] } {
    const text = this.text;
    const floor = Math.max(fence.before, this.para && this.para.end <= offset ? this.para.end : 0);
    let start = text.lastIndexOf('\n', offset - 1) + 1;
    while (start > floor) {
      const prevStart = start >= 2 ? text.lastIndexOf('\n', start - 2) + 1 : 0;
      if (isBlank(text, prevStart, start - 1)) {
        break;
      }
      start = prevStart;
    }
    start = Math.max(start, floor);
    const end = Math.min(paragraphEnd(text, offset), fence.after);
    const tick = text.indexOf('`', start);
    return { start, end, spans: tick >= 0 && tick < end ? codeSpans(text, start, end) : [] };
  }
}

/** The start of the first blank line after `from` (the end of its paragraph), or the text's end. */
function paragraphEnd(text: string, from: number): number {
  for (let nl = text.indexOf('\n', from); nl >= 0;) {
    const next = text.indexOf('\n', nl + 1);
    if (isBlank(text, nl + 1, next < 0 ? text.length : next)) {
      return nl + 1;
    }
    nl = next;
  }
  return text.length;
}

/** The start of the first blank line that starts after `from` and before `to`, or -1. */
function blankLineIn(text: string, from: number, to: number): number {
  for (let nl = text.indexOf('\n', from); nl >= 0 && nl + 1 < to;) {
    const next = text.indexOf('\n', nl + 1);
    if (isBlank(text, nl + 1, next < 0 ? text.length : next)) {
      return nl + 1;
    }
    nl = next;
  }
  return -1;
}

/** Whether text[from, to) is only spaces, tabs and a carriage return. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) {
      return false;
    }
  }
  return true;
}

/** The fences of the text: a line of 3+ backticks or tildes (indented or not), closed by a line of at least as many. */
export function fencedBlocks(text: string): [number, number][] {
  const lines = fenceLines(text);
  const out: [number, number][] = [];
  let open: { char: number; length: number; start: number } | undefined;
  for (const f of lines) {
    if (!open) {
      // a backtick fence's info string has no backticks (else the line is a code span)
      if (!(f.char === BACKTICK && text.slice(f.markerEnd, f.lineEnd).includes('`'))) {
        open = { char: f.char, length: f.markerEnd - f.markerStart, start: f.lineStart };
      }
    } else if (
      f.char === open.char &&
      f.markerEnd - f.markerStart >= open.length &&
      text.slice(f.markerEnd, f.lineEnd).trim() === ''
    ) {
      out.push([open.start, f.lineEnd]);
      open = undefined;
    }
  }
  if (open) {
    out.push([open.start, text.length]);
  }
  return out;
}

interface FenceLine {
  readonly char: number;
  readonly lineStart: number;
  readonly markerStart: number;
  readonly markerEnd: number;
  readonly lineEnd: number;
}

/** Lines that start (after spaces or tabs) with ``` or ~~~, in order. */
function fenceLines(text: string): FenceLine[] {
  const out: FenceLine[] = [];
  for (const marker of ['```', '~~~']) {
    for (let at = text.indexOf(marker); at >= 0;) {
      const char = text.charCodeAt(at);
      let markerEnd = at;
      while (text.charCodeAt(markerEnd) === char) {
        markerEnd++;
      }
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      if (isBlank(text, lineStart, at)) {
        const nl = text.indexOf('\n', markerEnd);
        out.push({ char, lineStart, markerStart: at, markerEnd, lineEnd: nl < 0 ? text.length : nl });
      }
      at = text.indexOf(marker, markerEnd);
    }
  }
  return out.sort((a, b) => a.lineStart - b.lineStart);
}

/** The code spans of text[from, to): a run of backticks closed by the next run of the same length. */
export function codeSpans(text: string, from: number, to: number): [number, number][] {
  const runs: number[] = []; // start, length pairs
  for (let at = text.indexOf('`', from); at >= 0 && at < to;) {
    let end = at;
    while (end < to && text.charCodeAt(end) === BACKTICK) {
      end++;
    }
    runs.push(at, end - at);
    at = text.indexOf('`', end);
  }
  const count = runs.length / 2;
  const next = new Int32Array(count).fill(-1);
  const lastOfLength = new Map<number, number>();
  for (let i = count - 1; i >= 0; i--) {
    next[i] = lastOfLength.get(runs[i * 2 + 1]) ?? -1;
    lastOfLength.set(runs[i * 2 + 1], i);
  }
  const out: [number, number][] = [];
  for (let i = 0; i < count;) {
    const j = next[i];
    if (j < 0) {
      i++;
      continue;
    }
    out.push([runs[i * 2], runs[j * 2] + runs[j * 2 + 1]]);
    i = j + 1;
  }
  return out;
}

/** Whether the text has anything that could make a mention code: a backtick, or a ~~~ fence. */
export function mayHaveCode(text: string): boolean {
  return text.includes('`') || text.includes('~~~');
}
