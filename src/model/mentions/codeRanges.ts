// Where a markdown text is code: fenced code blocks and code spans, the places where `@[Name]`
// is text rather than a mention. Worked out only up to and around the places asked about (the
// mentions): the fences before them read once, in order, and code spans only in a paragraph where
// a backtick comes before a mention; the single backticks in between are never read one by one, so
// that thousands of notes are read in about the time one plain search over them takes.

const BACKTICK = 96;
const TILDE = 126;

/**
 * Answers "is this offset code?" for offsets asked in increasing order (going back starts afresh).
 * Fences: the runs of 3+ backticks or tildes before the offset are read once, in order (two
 * searches for ``` and ~~~). Code spans: the last backtick before the offset (searched back from
 * the offset, never past the backtick found last) and the first blank line after it (searched once
 * per backtick) say whether the offset's paragraph has a backtick before it at all; only then are
 * the paragraph's code spans worked out, once per paragraph. The single backticks in between are
 * never read one by one.
 */
export class CodeContext {
  /** The next ``` and ~~~ not read yet (-2: not looked for yet, -1: none). */
  private ticks3 = -2;
  private tildes3 = -2;
  /** The fenced block open at the last offset read (its character and marker length; 0: none). */
  private openChar = 0;
  private openLength = 0;
  /** The end of the last fenced block closed so far (0: none). */
  private fenceEnd = 0;
  /** The first backtick at or after the offset last asked (-2: not looked for yet, -1: none). */
  private nextTick = -2;
  /** The last backtick before the offset last asked (-1: none). */
  private lastTick = -1;
  /** The start of the first blank line after `blankFrom` (the text's end: none). */
  private blankFrom = -1;
  private blankAt = -1;
  /** The paragraph last worked out, and its code spans ([start, end) pairs). */
  private para: { start: number; end: number; spans: readonly number[] } | undefined;
  private spanAt = 0;
  private lastAsked = -1;

  constructor(private text: string) {}

  /**
   * Aims this context at another text, as if made afresh: a scan of many files keeps one context,
   * so that V8 keeps its optimized code (it throws that away when a full garbage collection finds
   * no object of the class alive, as between the files of a cold index).
   */
  reset(text: string): void {
    this.text = text;
    this.lastAsked = -1;
    this.blankFrom = -1;
    this.blankAt = -1;
    this.restart();
  }

  isCode(offset: number): boolean {
    if (offset < this.lastAsked) {
      this.restart();
    }
    this.lastAsked = offset;
    this.readFencesTo(offset);
    if (this.openChar !== 0 || this.fenceEnd > offset) {
      return true;
    }
    const tick = this.tickBefore(offset);
    if (tick < this.fenceEnd || this.blankLineAfter(tick) < offset) {
      return false; // no backtick before the offset in its paragraph: no code span holds it
    }
    const spans = this.paragraph(offset).spans;
    while (this.spanAt < spans.length && spans[this.spanAt + 1] <= offset) {
      this.spanAt += 2;
    }
    return this.spanAt < spans.length && spans[this.spanAt] <= offset;
  }

  private restart(): void {
    this.ticks3 = -2;
    this.tildes3 = -2;
    this.openChar = 0;
    this.openLength = 0;
    this.fenceEnd = 0;
    this.nextTick = -2;
    this.lastTick = -1;
    this.para = undefined;
    this.spanAt = 0;
  }

  /**
   * Reads the runs of 3+ backticks or tildes before `offset` (and a fence line whose indentation
   * holds it), in text order: fences open and close.
   */
  private readFencesTo(offset: number): void {
    const text = this.text;
    if (this.ticks3 === -2) {
      this.ticks3 = text.indexOf('```');
      this.tildes3 = text.indexOf('~~~');
    }
    for (;;) {
      const ticks = this.ticks3;
      const tildes = this.tildes3;
      const at = tildes < 0 || (ticks >= 0 && ticks < tildes) ? ticks : tildes;
      if (at < 0 || (at >= offset && !isBlank(text, offset, at))) {
        return;
      }
      const char = at === ticks ? BACKTICK : TILDE;
      let end = at + 3;
      while (text.charCodeAt(end) === char) {
        end++;
      }
      if (char === BACKTICK) {
        this.ticks3 = text.indexOf('```', end);
      } else {
        this.tildes3 = text.indexOf('~~~', end);
      }
      this.fenceLine(char, at, end);
    }
  }

  /** A run of 3+ backticks or tildes at `at`: a fence line when only indentation comes before it. */
  private fenceLine(char: number, at: number, markerEnd: number): void {
    const text = this.text;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (!isBlank(text, lineStart, at)) {
      return;
    }
    const lineEnd = lineEndOf(text, markerEnd);
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
   * The last backtick before `offset` (-1: none). Searched back from the offset only when a
   * backtick was passed since the last question, so never further back than that backtick.
   */
  private tickBefore(offset: number): number {
    if (this.nextTick === -2) {
      this.nextTick = this.text.indexOf('`');
    }
    if (this.nextTick >= 0 && this.nextTick < offset) {
      this.lastTick = this.text.lastIndexOf('`', offset - 1);
      this.nextTick = this.text.indexOf('`', offset);
    }
    return this.lastTick;
  }

  /**
   * The start of the first blank line after `from` (the text's end: none), searched again only for
   * a `from` past the blank line found last: each line is looked at once in all.
   */
  private blankLineAfter(from: number): number {
    if (from < this.blankFrom || from >= this.blankAt) {
      this.blankFrom = from;
      this.blankAt = paragraphEnd(this.text, from);
    }
    return this.blankAt;
  }

  /** The paragraph holding `offset` (between blank lines and fences) and its code spans. */
  private paragraph(offset: number): { start: number; end: number; spans: readonly number[] } {
    if (this.para && offset >= this.para.start && offset < this.para.end) {
      return this.para;
    }
    const text = this.text;
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
    const end = Math.min(paragraphEnd(text, offset), nextFenceStart(text, offset));
    this.spanAt = 0;
    this.para = { start, end, spans: codeSpans(text, start, end).flat() };
    return this.para;
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
