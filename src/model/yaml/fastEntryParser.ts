// A fast parser for the plain subset of YAML that network entries are written in: block mappings
// and sequences, single-line plain/quoted scalars and single-line flow collections of scalars.
// It declines (returns undefined) on anything else, and the caller then asks the `yaml` package:
// being conservative is what lets the fast path agree with a full parse.

import { resolvePlain } from './scalar';
import type { YItem, YMap, YNode, YPair, YScalar, YSeq } from './syntax';

class Decline {}
const DECLINE = new Decline();

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
const KEY_RE = /[A-Za-z_][A-Za-z0-9_-]*:/y;
const NON_STRING_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);

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
    let start = -1;
    let end = -1;
    for (;;) {
      const line = this.lines[li];
      if (line.indent !== indent || !this.isDash(li, indent)) {
        throw DECLINE;
      }
      const dash = line.start + indent;
      let col = indent + 1;
      while (line.start + col < line.end && this.src.charCodeAt(line.start + col) === 32) {
        col++;
      }
      if (line.start + col >= line.end || col === indent + 1 || this.src.charCodeAt(line.start + col) === 35) {
        throw DECLINE; // `-` alone, `-` + comment: the item's value is on later lines
      }
      const node = this.valueAt(li, col, indent);
      if (start < 0) {
        start = dash;
      }
      end = node.end;
      items.push({ node, dash, lineStart: line.start, lineEnd: this.lines[this.pos - 1].next });
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
    return { kind: 'seq', start, end, flow: false, items };
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
    const node = this.inlineValue(p, line.end);
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

  /** A block mapping whose keys are at column `col`, the first on line `li`. */
  private blockMap(li: number, col: number): YMap {
    const pairs: YPair[] = [];
    const seen = new Set<string>();
    for (;;) {
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
        value = this.inlineValue(v, line.end);
        this.pos = li + 1;
        this.expectNoContinuation(col);
      }
      pairs.push({
        key,
        keyStart,
        keyEnd: colon,
        value,
        lineStart: line.start,
        lineEnd: this.lines[this.pos - 1].next,
      });
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

  /** A single-line scalar or flow collection starting at `p`; the rest of the line may be a comment. */
  private inlineValue(p: number, lineEnd: number): YNode {
    const c = this.src.charCodeAt(p);
    let node: YNode;
    let after: number;
    if (c === 91 /* [ */) {
      [node, after] = this.flowSeq(p, lineEnd);
    } else if (c === 123 /* { */) {
      [node, after] = this.flowMap(p, lineEnd);
    } else if (c === 39 /* ' */ || c === 34 /* " */) {
      [node, after] = this.quoted(p, lineEnd);
    } else {
      return this.plain(p, lineEnd, false)[0];
    }
    this.expectLineRest(after, lineEnd);
    return node;
  }

  /** After a closed node, only spaces and a comment may follow on the line. */
  private expectLineRest(p: number, lineEnd: number): void {
    const start = p;
    while (p < lineEnd && this.src.charCodeAt(p) === 32) {
      p++;
    }
    if (p < lineEnd && !(this.src.charCodeAt(p) === 35 && p > start)) {
      throw DECLINE;
    }
  }

  /** A plain scalar from `p`; in flow context it also ends at `,`, `]` or `}`. Returns [node, end]. */
  private plain(p: number, lineEnd: number, inFlow: boolean): [YScalar, number] {
    const src = this.src;
    const c0 = src.charCodeAt(p);
    // indicators that cannot start a plain scalar (`-` only when followed by a space)
    if ('[]{},#&*!|>\'"%@`?:'.includes(src[p]) || (c0 === 45 && (p + 1 >= lineEnd || ' ,[]{}'.includes(src[p + 1])))) {
      throw DECLINE;
    }
    let i = p;
    let lastNonSpace = p;
    while (i < lineEnd) {
      const c = src.charCodeAt(i);
      if (c === 32) {
        if (src.charCodeAt(i + 1) === 35) {
          break; // ` #` starts a comment
        }
      } else if (c === 58 /* : */) {
        const n = i + 1 < lineEnd ? src.charCodeAt(i + 1) : 32;
        if (n === 32 || (inFlow && (n === 44 || n === 93 || n === 125))) {
          throw DECLINE; // `: ` makes a key
        }
        lastNonSpace = i + 1;
      } else if (inFlow && (c === 44 || c === 93 || c === 125 || c === 91 || c === 123)) {
        break;
      } else {
        lastNonSpace = i + 1;
      }
      i++;
    }
    const text = src.substring(p, lastNonSpace);
    return [{ kind: 'scalar', start: p, end: lastNonSpace, value: resolvePlain(text), style: 'plain' }, lastNonSpace];
  }

  private quoted(p: number, lineEnd: number): [YScalar, number] {
    const src = this.src;
    const q = src.charCodeAt(p);
    let out = '';
    let i = p + 1;
    let chunk = i;
    for (;;) {
      if (i >= lineEnd) {
        throw DECLINE; // multi-line quoted scalar
      }
      const c = src.charCodeAt(i);
      if (c === q) {
        if (q === 39 && src.charCodeAt(i + 1) === 39 && i + 1 < lineEnd) {
          out += src.substring(chunk, i + 1);
          i += 2;
          chunk = i;
          continue;
        }
        out += src.substring(chunk, i);
        break;
      }
      if (q === 34 && c === 92 /* \ */) {
        out += src.substring(chunk, i);
        const [s, len] = this.escape(i, lineEnd);
        out += s;
        i += len;
        chunk = i;
        continue;
      }
      i++;
    }
    const end = i + 1;
    if (src.charCodeAt(end) === 58 /* : */) {
      throw DECLINE; // a quoted key
    }
    return [{ kind: 'scalar', start: p, end, value: out, style: q === 39 ? 'single' : 'double' }, end];
  }

  /** A double-quoted escape at `i` (the backslash). Returns [text, length]. */
  private escape(i: number, lineEnd: number): [string, number] {
    if (i + 1 >= lineEnd) {
      throw DECLINE; // line continuation
    }
    const e = this.src[i + 1];
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      return [simple, 2];
    }
    const width = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (width === 0) {
      throw DECLINE;
    }
    const hex = this.src.substr(i + 2, width);
    if (hex.length !== width || !/^[0-9a-fA-F]+$/.test(hex) || i + 2 + width > lineEnd) {
      throw DECLINE;
    }
    const cp = parseInt(hex, 16);
    if (cp > 0x10ffff) {
      throw DECLINE;
    }
    return [String.fromCodePoint(cp), 2 + width];
  }

  private skipSpaces(p: number, lineEnd: number): number {
    while (p < lineEnd && this.src.charCodeAt(p) === 32) {
      p++;
    }
    return p;
  }

  /** A flow scalar item inside `[...]` or a flow map value. */
  private flowScalar(p: number, lineEnd: number): [YScalar, number] {
    const c = this.src.charCodeAt(p);
    if (c === 39 || c === 34) {
      return this.quoted(p, lineEnd);
    }
    return this.plain(p, lineEnd, true);
  }

  private flowSeq(p: number, lineEnd: number): [YSeq, number] {
    const items: YItem[] = [];
    let i = this.skipSpaces(p + 1, lineEnd);
    if (this.src.charCodeAt(i) === 93 /* ] */) {
      return [{ kind: 'seq', start: p, end: i + 1, flow: true, items }, i + 1];
    }
    for (;;) {
      if (i >= lineEnd) {
        throw DECLINE;
      }
      const [node, after] = this.flowScalar(i, lineEnd);
      if (node.end === node.start) {
        throw DECLINE;
      }
      items.push({ node, dash: node.start, lineStart: node.start, lineEnd: node.end });
      i = this.skipSpaces(after, lineEnd);
      const c = this.src.charCodeAt(i);
      if (c === 93) {
        return [{ kind: 'seq', start: p, end: i + 1, flow: true, items }, i + 1];
      }
      if (c !== 44 /* , */ || i >= lineEnd) {
        throw DECLINE;
      }
      i = this.skipSpaces(i + 1, lineEnd);
      if (this.src.charCodeAt(i) === 93 || this.src.charCodeAt(i) === 44) {
        throw DECLINE; // trailing or doubled comma
      }
    }
  }

  private flowMap(p: number, lineEnd: number): [YMap, number] {
    const pairs: YPair[] = [];
    const seen = new Set<string>();
    let i = this.skipSpaces(p + 1, lineEnd);
    if (this.src.charCodeAt(i) === 125 /* } */) {
      return [{ kind: 'map', start: p, end: i + 1, flow: true, pairs }, i + 1];
    }
    for (;;) {
      KEY_RE.lastIndex = i;
      if (i >= lineEnd || !KEY_RE.test(this.src)) {
        throw DECLINE;
      }
      const colon = KEY_RE.lastIndex - 1;
      const key = this.src.substring(i, colon);
      if (NON_STRING_KEYS.has(key) || seen.has(key) || this.src.charCodeAt(colon + 1) !== 32) {
        throw DECLINE;
      }
      seen.add(key);
      const v = this.skipSpaces(colon + 1, lineEnd);
      if (v >= lineEnd) {
        throw DECLINE;
      }
      const [value, after] = this.flowScalar(v, lineEnd);
      if (value.end === value.start) {
        throw DECLINE;
      }
      pairs.push({ key, keyStart: i, keyEnd: colon, value, lineStart: i, lineEnd: value.end });
      i = this.skipSpaces(after, lineEnd);
      const c = this.src.charCodeAt(i);
      if (c === 125) {
        return [{ kind: 'map', start: p, end: i + 1, flow: true, pairs }, i + 1];
      }
      if (c !== 44 || i >= lineEnd) {
        throw DECLINE;
      }
      i = this.skipSpaces(i + 1, lineEnd);
    }
  }
}

const SIMPLE_ESCAPES: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
});
