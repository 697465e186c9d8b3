// A fast parser for the plain subset of YAML that network entries are written in: block mappings
// and sequences, single-line plain/quoted scalars and single-line flow collections of scalars.
// It declines (returns undefined) on anything else, and the caller then asks the `yaml` package:
// being conservative is what lets the fast path agree with a full parse. This file reads the
// block structure; fastInlineValue reads the values written on one line.

import { inlineValue } from './fastInlineValue';
import { DECLINE, KEY_RE, NON_STRING_KEYS } from './fastSubset';
import type { YItem, YMap, YNode, YPair, YSeq } from './syntax';

interface Line {
  readonly start: number;
  /** End of content, before `\r\n` / `\n`. */
  readonly end: number;
  /** Start of the next line. */
  readonly next: number;
  readonly indent: number;
  /** Blank or comment only. */
  readonly empty: boolean;
}

// eslint-disable-next-line no-control-regex
const UNSUPPORTED_CHARS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufeff]|\r(?!\n)/;

/**
 * Parses `src` as a block sequence whose items start at column `indent` (the text of one or more
 * list entries, from the start of the first item's line). Returns undefined when the text uses
 * anything outside the supported subset.
 */
export function parseSequenceFast(src: string): YSeq | undefined {
  if (UNSUPPORTED_CHARS.test(src)) {
    return undefined;
  }
  try {
    const p = new FastParser(src);
    const first = p.nextContent(0);
    if (first < 0) {
      return undefined;
    }
    const seq = p.blockSeq(first, p.lines[first].indent);
    if (p.nextContent(p.pos) >= 0) {
      return undefined;
    }
    return seq;
  } catch (e) {
    if (e === DECLINE) {
      return undefined;
    }
    throw e;
  }
}

/**
 * Parses `src` as a block mapping whose keys are at column 0 (a top-level section of a network
 * file: its key line and body). Returns undefined when the text uses anything outside the subset.
 */
export function parseMapFast(src: string): YMap | undefined {
  if (UNSUPPORTED_CHARS.test(src)) {
    return undefined;
  }
  try {
    const p = new FastParser(src);
    const first = p.nextContent(0);
    if (first < 0 || p.lines[first].indent !== 0) {
      return undefined;
    }
    const map = p.blockMapAt(first);
    if (p.nextContent(p.pos) >= 0) {
      return undefined;
    }
    return map;
  } catch (e) {
    if (e === DECLINE) {
      return undefined;
    }
    throw e;
  }
}

class FastParser {
  readonly lines: Line[] = [];
  /** Index of the first line not yet consumed. */
  pos = 0;

  constructor(private readonly src: string) {
    let start = 0;
    const n = src.length;
    while (start < n) {
      let nl = src.indexOf('\n', start);
      const next = nl < 0 ? n : nl + 1;
      if (nl < 0) {
        nl = n;
      }
      const end = nl > start && src.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      let i = start;
      while (i < end && src.charCodeAt(i) === 32) {
        i++;
      }
      this.lines.push({ start, end, next, indent: i - start, empty: i === end || src.charCodeAt(i) === 35 });
      start = next;
    }
  }

  nextContent(from: number): number {
    for (let i = from; i < this.lines.length; i++) {
      if (!this.lines[i].empty) {
        return i;
      }
    }
    return -1;
  }

  private isDash(li: number, col: number): boolean {
    const line = this.lines[li];
    const p = line.start + col;
    return this.src.charCodeAt(p) === 45 && (p + 1 === line.end || this.src.charCodeAt(p + 1) === 32);
  }

  /** A block sequence whose dashes are at column `indent`, the first on line `li`. */
  blockSeq(li: number, indent: number): YSeq {
    const items: YItem[] = [];
    for (;;) {
      const line = this.lines[li];
      if (line.indent !== indent || !this.isDash(li, indent)) {
        throw DECLINE;
      }
      let col = indent + 1;
      while (line.start + col < line.end && this.src.charCodeAt(line.start + col) === 32) {
        col++;
      }
      if (line.start + col >= line.end || col === indent + 1 || this.src.charCodeAt(line.start + col) === 35) {
        throw DECLINE; // `-` alone, `-` + comment: the item's value is on later lines
      }
      const node = this.valueAt(li, col, indent);
      items.push({ node, dash: line.start + indent, lineStart: line.start, lineEnd: this.lines[this.pos - 1].next });
      const nxt = this.nextContent(this.pos);
      if (nxt < 0 || this.lines[nxt].indent < indent) {
        break;
      }
      if (this.lines[nxt].indent > indent) {
        throw DECLINE;
      }
      if (!this.isDash(nxt, indent)) {
        break; // a key of the enclosing map at the same column (compact sequence)
      }
      li = nxt;
    }
    return { kind: 'seq', start: items[0].dash, end: items[items.length - 1].node.end, flow: false, items };
  }

  /**
   * The node whose content starts at column `col` of line `li`, where the node belongs to a parent
   * whose own column is `parentIndent`. Consumes its lines and leaves `pos` after them.
   */
  private valueAt(li: number, col: number, parentIndent: number): YNode {
    const line = this.lines[li];
    const p = line.start + col;
    KEY_RE.lastIndex = p;
    if (KEY_RE.test(this.src)) {
      return this.blockMap(li, col);
    }
    const node = inlineValue(this.src, p, line.end);
    this.pos = li + 1;
    this.expectNoContinuation(parentIndent);
    return node;
  }

  /** After an inline value, a following line deeper than the parent would be a continuation: decline. */
  private expectNoContinuation(parentIndent: number): void {
    const nxt = this.nextContent(this.pos);
    if (nxt >= 0 && this.lines[nxt].indent > parentIndent) {
      throw DECLINE;
    }
  }

  /** A block mapping whose keys are at column 0, the first on line `li`. */
  blockMapAt(li: number): YMap {
    return this.blockMap(li, 0);
  }

  /** A block mapping whose keys are at column `col`, the first on line `li`. */
  private blockMap(li: number, col: number): YMap {
    const pairs: YPair[] = [];
    const seen = new Set<string>();
    for (;;) {
      pairs.push(this.pairAt(li, col, seen));
      const nxt = this.nextContent(this.pos);
      if (nxt < 0 || this.lines[nxt].indent < col) {
        break;
      }
      if (this.lines[nxt].indent > col) {
        throw DECLINE;
      }
      if (this.isDash(nxt, col)) {
        throw DECLINE; // a sequence entry where a key belongs
      }
      li = nxt;
    }
    const last = pairs[pairs.length - 1];
    return { kind: 'map', start: pairs[0].keyStart, end: last.value.end, flow: false, pairs };
  }

  /** The pair whose key is at column `col` of line `li`, with its value's lines; `seen`: the map's keys so far. */
  private pairAt(li: number, col: number, seen: Set<string>): YPair {
    const line = this.lines[li];
    const keyStart = line.start + col;
    KEY_RE.lastIndex = keyStart;
    if (!KEY_RE.test(this.src)) {
      throw DECLINE;
    }
    const colon = KEY_RE.lastIndex - 1;
    const key = this.src.substring(keyStart, colon);
    if (NON_STRING_KEYS.has(key) || seen.has(key)) {
      throw DECLINE;
    }
    seen.add(key);
    let v = colon + 1;
    if (v < line.end && this.src.charCodeAt(v) !== 32) {
      throw DECLINE;
    }
    while (v < line.end && this.src.charCodeAt(v) === 32) {
      v++;
    }
    let value: YNode;
    if (v >= line.end || this.src.charCodeAt(v) === 35) {
      if (v < line.end && v === colon + 1) {
        throw DECLINE; // `key:#` is not a comment
      }
      value = this.nestedBlock(li, col, colon + 1);
    } else {
      value = inlineValue(this.src, v, line.end);
      this.pos = li + 1;
      this.expectNoContinuation(col);
    }
    return { key, keyStart, keyEnd: colon, value, lineStart: line.start, lineEnd: this.lines[this.pos - 1].next };
  }

  /** The value of `key:` with nothing after the colon: a nested block, or null. */
  private nestedBlock(li: number, col: number, afterColon: number): YNode {
    const nxt = this.nextContent(li + 1);
    if (nxt >= 0) {
      const n = this.lines[nxt];
      if (n.indent > col) {
        if (this.isDash(nxt, n.indent)) {
          return this.blockSeq(nxt, n.indent);
        }
        KEY_RE.lastIndex = n.start + n.indent;
        if (!KEY_RE.test(this.src)) {
          throw DECLINE; // a scalar on the next line, or something else
        }
        return this.blockMap(nxt, n.indent);
      }
      if (n.indent === col && this.isDash(nxt, col)) {
        return this.blockSeq(nxt, col);
      }
    }
    this.pos = li + 1;
    return { kind: 'scalar', start: afterColon, end: afterColon, value: null, style: 'plain' };
  }
}
