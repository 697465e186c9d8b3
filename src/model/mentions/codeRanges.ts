// Where a markdown text is code: fenced code blocks and code spans, the places where `@[Name]`
// is text rather than a mention. Worked out only up to and around the places asked about (the
// mentions): the backticks and `~~~` before them read once, in order, and code spans only in the
// paragraphs where a backtick comes before a mention, so that thousands of notes are read in about
// the time one plain search over them takes.

const BACKTICK = 96;
const TILDE = 126;

/**
 * Answers "is this offset code?" for offsets asked in increasing order (going back starts afresh).
 * One pass over the text up to the offset asked: each run of backticks and each `~~~` is read
 * once, in order, and is either a fence line (opening or closing a block) or a backtick that may
 * open a code span in its paragraph.
 */
export class CodeContext {
  /** The next run of backticks and the next `~~~` not read yet (-2: not looked for yet, -1: none). */
  private tick = -2;
  private tilde = -2;
  /** The fenced block open at the last offset read (its character, marker length, line start). */
  private openChar = 0;
  private openLength = 0;
  /** The end of the last fenced block closed so far (0: none). */
  private fenceEnd = 0;
  /** The start of the first fence after the offset last asked (-1: not looked for). */
  private nextFence = -1;
  /** The paragraph last asked about, and its code spans. */
  private para: { start: number; end: number; spans: readonly (readonly [number, number])[] } | undefined;
  private spanAt = 0;
  private lastAsked = -1;
  /** The last backtick read. */
  private tickBefore = -1;
  /** The start of a blank line after `tickBefore` (-1: none found yet), looked for up to `scannedTo`. */
  private blankAfterTick = -1;
  private scannedTo = 0;

  constructor(private readonly text: string) {}

  isCode(offset: number): boolean {
    if (offset < this.lastAsked) {
      this.restart();
    }
    this.lastAsked = offset;
    this.readTo(offset);
    if (this.openChar !== 0 || this.fenceEnd > offset) {
      return true;
    }
    if (!this.backtickBefore(offset)) {
      return false; // a code span opens with a backtick in the same paragraph
    }
    if (!this.para || offset >= this.para.end || offset < this.para.start) {
      this.para = this.paragraph(offset);
      this.spanAt = 0;
    }
    const spans = this.para.spans;
    while (this.spanAt < spans.length && spans[this.spanAt][1] <= offset) {
      this.spanAt++;
    }
    return this.spanAt < spans.length && spans[this.spanAt][0] <= offset;
  }

  private restart(): void {
    this.tick = -2;
    this.tilde = -2;
    this.openChar = 0;
    this.openLength = 0;
    this.fenceEnd = 0;
    this.nextFence = -1;
    this.para = undefined;
    this.spanAt = 0;
    this.tickBefore = -1;
    this.blankAfterTick = -1;
    this.scannedTo = 0;
  }

  /**
   * Reads the backtick runs and `~~~` before `offset` (and a fence line whose indentation holds
   * it), in text order: fences open and close, and the last backtick is remembered.
   */
  private readTo(offset: number): void {
    const text = this.text;
    if (this.tick === -2) {
      this.tick = text.indexOf('`');
      this.tilde = text.indexOf('~~~');
    }
    for (;;) {
      const tick = this.tick;
      const tilde = this.tilde;
      const at = tilde < 0 || (tick >= 0 && tick < tilde) ? tick : tilde;
      if (at < 0 || (at >= offset && !isBlank(text, offset, at))) {
        return;
      }
      const char = at === tick ? BACKTICK : TILDE;
      let end = at + 1;
      while (text.charCodeAt(end) === char) {
        end++;
      }
      if (char === BACKTICK) {
        this.tick = text.indexOf('`', end);
        this.tickBefore = end - 1;
        this.blankAfterTick = -1;
        this.scannedTo = this.tickBefore;
      } else {
        this.tilde = text.indexOf('~~~', end);
      }
      if (end - at >= 3) {
        this.fenceLine(char, at, end);
      }
    }
  }

  /** A run of 3+ backticks or tildes at `at`: a fence line when only indentation comes before it. */
  private fenceLine(char: number, at: number, markerEnd: number): void {
    const text = this.text;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (!isBlank(text, lineStart, at)) {
      return;
    }
    const nl = text.indexOf('\n', markerEnd);
    const lineEnd = nl < 0 ? text.length : nl;
    if (this.openChar === 0) {
      // a backtick fence's info string has no backticks (else the line is a code span)
      if (char === TILDE || !hasBacktick(text, markerEnd, lineEnd)) {
        this.openChar = char;
        this.openLength = markerEnd - at;
      }
    } else if (
      char === this.openChar &&
      markerEnd - at >= this.openLength &&
      text.slice(markerEnd, lineEnd).trim() === ''
    ) {
      this.openChar = 0;
      this.fenceEnd = lineEnd;
    }
  }

  /**
   * Whether a backtick comes before `offset` in its paragraph; false only when surely not (no
   * backtick before it, or a blank line between the last one and it): then the paragraph is not
   * worked out at all, as for most mentions (the backticks of notes seldom share their paragraph).
   */
  private backtickBefore(offset: number): boolean {
    if (this.tickBefore < 0) {
      return false;
    }
    if (this.blankAfterTick < 0 && this.scannedTo < offset) {
      this.blankAfterTick = blankLineIn(this.text, this.scannedTo, offset);
      this.scannedTo = offset;
    }
    return this.blankAfterTick < 0;
  }

  /** The paragraph holding `offset` (between blank lines and fences) and its code spans. */
  private paragraph(offset: number): { start: number; end: number; spans: (readonly [number, number])[] } {
    const text = this.text;
    if (this.nextFence <= offset) {
      this.nextFence = nextFenceStart(text, offset);
    }
    const floor = Math.max(this.fenceEnd, this.para && this.para.end <= offset ? this.para.end : 0);
    let start = text.lastIndexOf('\n', offset - 1) + 1;
    while (start > floor) {
      const prevStart = start >= 2 ? text.lastIndexOf('\n', start - 2) + 1 : 0;
      if (isBlank(text, prevStart, start - 1)) {
        break;
      }
      start = prevStart;
    }
    start = Math.max(start, floor);
    const end = Math.min(paragraphEnd(text, offset), this.nextFence);
    const tick = text.indexOf('`', start);
    return { start, end, spans: tick >= 0 && tick < end ? codeSpans(text, start, end) : [] };
  }
}

/**
 * The start of the line of the first fence after `from` (outside a fenced block, the next fence
 * line opens one), or the text's end.
 */
function nextFenceStart(text: string, from: number): number {
  let first = text.length;
  for (const marker of ['```', '~~~']) {
    const char = marker.charCodeAt(0);
    for (let at = text.indexOf(marker, from); at >= 0 && at < first;) {
      let end = at + 3;
      while (text.charCodeAt(end) === char) {
        end++;
      }
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      if (isBlank(text, lineStart, at) && (char === TILDE || !hasBacktick(text, end, lineEndOf(text, end)))) {
        first = lineStart;
        break;
      }
      at = text.indexOf(marker, end);
    }
  }
  return first;
}

function lineEndOf(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

/** Whether text[from, to) holds a backtick. */
function hasBacktick(text: string, from: number, to: number): boolean {
  const at = text.indexOf('`', from);
  return at >= 0 && at < to;
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

/**
 * The fences of the text: a line of 3+ backticks or tildes (indented or not), closed by a line of at
 * least as many. The whole text at once (CodeContext reads the same lines one by one, as it goes).
 */
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
