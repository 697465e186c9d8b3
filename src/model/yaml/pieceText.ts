// A text kept as a list of blocks (about 32,000 characters each), so that an edit copies only the
// blocks it touches: at 30,000 contacts the file is 8 million characters, and a string edited in
// place is a new 8-million-character string that the engine copies on its first read.
// The incremental parse, the plans and the incremental validation read through it; whatever wants
// one string (`toString()`) pays that copy once per text, and it is kept.

import type { TextEdit } from './textEdits';
import { normalizeEdits } from './textEdits';

/** What the readers of a text use of it: a string has all of it, and so has a PieceText. */
export interface TextSource {
  readonly length: number;
  charCodeAt(index: number): number;
  slice(start?: number, end?: number): string;
  substring(start: number, end?: number): string;
  indexOf(search: string, from?: number): number;
  lastIndexOf(search: string, from?: number): number;
  startsWith(search: string, at?: number): boolean;
  toString(): string;
}

/** The size a block is cut to; a block grows to twice that before it is cut again. */
const BLOCK = 32_768;

export class PieceText implements TextSource {
  /** starts[k]: where block k begins; starts[blocks.length] is the length. */
  private readonly starts: number[];
  private flat: string | undefined;
  /** The block the last read was in: reads go forward line by line. */
  private last = 0;

  private constructor(
    private readonly blocks: readonly string[],
    private readonly blockSize: number,
  ) {
    this.starts = new Array<number>(blocks.length + 1);
    let at = 0;
    for (let k = 0; k < blocks.length; k++) {
      this.starts[k] = at;
      at += blocks[k].length;
    }
    this.starts[blocks.length] = at;
    this.length = at;
  }

  readonly length: number;

  /** `text` cut into blocks (slices of it: nothing is copied). `blockSize` is for tests. */
  static of(text: string, blockSize = BLOCK): PieceText {
    const blocks: string[] = [];
    for (let at = 0; at < text.length; at += blockSize) {
      blocks.push(text.slice(at, at + blockSize));
    }
    const piece = new PieceText(blocks, blockSize);
    piece.flat = text;
    return piece;
  }

  /** A string as it is, a PieceText as its one string (made once). */
  static flatten(text: TextSource): string {
    return typeof text === 'string' ? text : text.toString();
  }

  /**
   * The text after `edits` (offsets in this text, not overlapping): only the blocks an edit
   * touches are copied, the others are shared with this text.
   */
  edit(edits: readonly TextEdit[]): PieceText {
    const blocks = [...this.blocks];
    const starts = [...this.starts];
    // from the last edit back, so that the offsets of the ones before it still hold
    const norm = normalizeEdits(edits);
    for (let x = norm.length - 1; x >= 0; x--) {
      const e = norm[x];
      // an edit at the very end joins the last block (typing at the end makes no block per keystroke)
      const k1 = Math.min(blockOf(starts, blocks.length, e.start), Math.max(0, blocks.length - 1));
      const k2 = Math.max(k1, blockOf(starts, blocks.length, e.end));
      const head = k1 < blocks.length ? blocks[k1].slice(0, e.start - starts[k1]) : '';
      const tail = k2 < blocks.length ? blocks[k2].slice(e.end - starts[k2]) : '';
      let count = Math.min(k2 + 1, blocks.length) - k1;
      let joined = head + e.text + tail;
      if (joined.length < this.blockSize >> 2 && k1 + count < blocks.length) {
        joined += blocks[k1 + count]; // a small block joins the next one
        count++;
      }
      const cut = cutBlocks(joined, this.blockSize);
      blocks.splice(k1, count, ...cut);
      starts.splice(k1 + 1, count, ...cut.map(() => 0));
      for (let k = k1; k < blocks.length; k++) {
        starts[k + 1] = starts[k] + blocks[k].length;
      }
    }
    return new PieceText(blocks, this.blockSize);
  }

  charCodeAt(index: number): number {
    const k = this.blockAt(index);
    return k < 0 ? NaN : this.blocks[k].charCodeAt(index - this.starts[k]);
  }

  slice(start = 0, end = this.length): string {
    const n = this.length;
    const a = start < 0 ? Math.max(0, n + start) : Math.min(start, n);
    const b = end < 0 ? Math.max(0, n + end) : Math.min(end, n);
    if (a >= b) {
      return '';
    }
    if (this.flat !== undefined) {
      return this.flat.slice(a, b);
    }
    const k = this.blockAt(a);
    if (b <= this.starts[k + 1]) {
      return this.blocks[k].slice(a - this.starts[k], b - this.starts[k]);
    }
    let out = this.blocks[k].slice(a - this.starts[k]);
    let j = k + 1;
    for (; this.starts[j + 1] < b; j++) {
      out += this.blocks[j];
    }
    return out + this.blocks[j].slice(0, b - this.starts[j]);
  }

  substring(start: number, end = this.length): string {
    const a = Math.max(0, Math.min(start || 0, this.length));
    const b = Math.max(0, Math.min(end || 0, this.length));
    return a <= b ? this.slice(a, b) : this.slice(b, a);
  }

  indexOf(search: string, from = 0): number {
    const n = this.length;
    const p = Math.max(0, Math.min(from, n));
    if (search === '') {
      return p;
    }
    if (p >= n) {
      return -1;
    }
    const m = search.length;
    for (let k = this.blockAt(p), local = p - this.starts[k]; k < this.blocks.length; k++, local = 0) {
      const block = this.blocks[k];
      const i = block.indexOf(search, local);
      if (i >= 0) {
        this.last = k;
        return this.starts[k] + i;
      }
      if (m > 1 && k + 1 < this.blocks.length) {
        // a match that begins in this block and ends in the next ones
        const from = Math.max(this.starts[k] + local, this.starts[k + 1] - m + 1);
        const j = this.slice(from, this.starts[k + 1] + m - 1).indexOf(search);
        if (j >= 0) {
          return from + j;
        }
      }
    }
    return -1;
  }

  lastIndexOf(search: string, from = Infinity): number {
    const n = this.length;
    const m = search.length;
    const p = Math.max(0, Math.min(Number.isNaN(from) ? Infinity : from, n - m));
    if (m > n) {
      return -1;
    }
    if (m === 0) {
      return p;
    }
    for (let k = this.blockAt(Math.min(p, n - 1)); k >= 0; k--) {
      const start = this.starts[k];
      if (m > 1 && k + 1 < this.blocks.length && p > this.starts[k + 1] - m) {
        // a match that begins in this block and ends in the next ones, at most at p
        const a = Math.max(start, this.starts[k + 1] - m + 1);
        const j = this.slice(a, Math.min(p + m, this.starts[k + 1] + m - 1)).lastIndexOf(search);
        if (j >= 0) {
          return a + j;
        }
      }
      const i = this.blocks[k].lastIndexOf(search, p - start);
      if (i >= 0 && start + i <= p) {
        return start + i;
      }
    }
    return -1;
  }

  startsWith(search: string, at = 0): boolean {
    const a = Math.max(0, Math.min(at, this.length));
    return a + search.length <= this.length && this.slice(a, a + search.length) === search;
  }

  /** The text as one string, made on the first call and kept. */
  toString(): string {
    return (this.flat ??= this.blocks.join(''));
  }

  /** Whether both hold the same characters; blocks they share are not read. */
  equals(other: PieceText): boolean {
    if (other === this) {
      return true;
    }
    if (other.length !== this.length) {
      return false;
    }
    let k = 0;
    let j = 0;
    while (k < this.blocks.length && j < other.blocks.length) {
      const a = this.starts[k];
      const b = other.starts[j];
      if (a === b && this.blocks[k] === other.blocks[j]) {
        k++;
        j++;
        continue; // the same block at the same place (shared: a pointer comparison)
      }
      // compare up to the nearer of the two block ends
      const end = Math.min(this.starts[k + 1], other.starts[j + 1]);
      const from = Math.max(a, b);
      if (this.slice(from, end) !== other.slice(from, end)) {
        return false;
      }
      if (this.starts[k + 1] === end) {
        k++;
      }
      if (other.starts[j + 1] === end) {
        j++;
      }
    }
    return true;
  }

  /** The block holding `index`, or -1 outside the text. */
  private blockAt(index: number): number {
    if (!(index >= 0 && index < this.length)) {
      return -1;
    }
    const last = this.last;
    if (index >= this.starts[last] && index < this.starts[last + 1]) {
      return last;
    }
    if (last + 1 < this.blocks.length && index >= this.starts[last + 1] && index < this.starts[last + 2]) {
      return (this.last = last + 1);
    }
    return (this.last = blockOf(this.starts, this.blocks.length, index));
  }
}

/** The block of `starts` holding offset `p` (the last block's index + 1 at the end of the text). */
function blockOf(starts: readonly number[], count: number, p: number): number {
  let lo = 0;
  let hi = count;
  // the last k with starts[k] <= p
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= p) {
      lo = mid;
    } else {
      hi = mid;
    }
  }
  return count === 0 ? 0 : p >= starts[count] ? count : lo;
}

/** `text` cut into blocks of `size` when it is longer than twice that, each one string (flattened now). */
function cutBlocks(text: string, size: number): string[] {
  if (text.length === 0) {
    return [];
  }
  const out: string[] = [];
  if (text.length <= 2 * size) {
    out.push(text);
  } else {
    for (let at = 0; at < text.length; at += size) {
      out.push(text.slice(at, at + size));
    }
  }
  for (const b of out) {
    b.charCodeAt(0); // the engine joins the pieces of a block here, once, not on a later read
  }
  return out;
}
