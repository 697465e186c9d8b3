// The single-line values of the fast entry parser's subset: plain and quoted scalars and flow
// collections of scalars, read from an offset to the end of their line. Anything else declines
// (throws DECLINE), and the caller then asks the `yaml` package.

import { DECLINE, KEY_RE, NON_STRING_KEYS } from './fastSubset';
import { nodeValue } from './nodeValue';
import { resolvePlain } from './scalar';
import type { YItem, YMap, YNode, YPair, YScalar, YSeq } from './syntax';

/** A single-line scalar or flow collection starting at `p`; the rest of the line may be a comment. */
export function inlineValue(src: string, p: number, lineEnd: number): YNode {
  const c = src.charCodeAt(p);
  let node: YNode;
  let after: number;
  if (c === 91 /* [ */) {
    [node, after] = flowSeq(src, p, lineEnd);
  } else if (c === 123 /* { */) {
    [node, after] = flowMap(src, p, lineEnd);
  } else if (c === 39 /* ' */ || c === 34 /* " */) {
    [node, after] = quoted(src, p, lineEnd);
  } else {
    return plain(src, p, lineEnd, false)[0];
  }
  expectLineRest(src, after, lineEnd);
  return node;
}

/** After a closed node, only spaces and a comment may follow on the line. */
function expectLineRest(src: string, p: number, lineEnd: number): void {
  const start = p;
  while (p < lineEnd && src.charCodeAt(p) === 32) {
    p++;
  }
  if (p < lineEnd && !(src.charCodeAt(p) === 35 && p > start)) {
    throw DECLINE;
  }
}

/**
 * The value of a single-line value at `p` as `inlineValue` and `nodeValue` read it, without the
 * node for a plain scalar (the People view's quick read reads a few of every entry's).
 */
export function inlineData(src: string, p: number, lineEnd: number): unknown {
  const c = src.charCodeAt(p);
  if (c === 91 /* [ */ || c === 123 /* { */ || c === 39 /* ' */ || c === 34 /* " */) {
    return nodeValue(inlineValue(src, p, lineEnd));
  }
  return resolvePlain(src.substring(p, plainEnd(src, p, lineEnd, false)));
}

/** A plain scalar from `p`; in flow context it also ends at `,`, `]` or `}`. Returns [node, end]. */
function plain(src: string, p: number, lineEnd: number, inFlow: boolean): [YScalar, number] {
  const lastNonSpace = plainEnd(src, p, lineEnd, inFlow);
  const text = src.substring(p, lastNonSpace);
  return [{ kind: 'scalar', start: p, end: lastNonSpace, value: resolvePlain(text), style: 'plain' }, lastNonSpace];
}

/** Where the plain scalar from `p` ends (after its last non-space); DECLINE when it is not one. */
function plainEnd(src: string, p: number, lineEnd: number, inFlow: boolean): number {
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
  return lastNonSpace;
}

/** A single- or double-quoted scalar that closes on its line. Returns [node, end]. */
function quoted(src: string, p: number, lineEnd: number): [YScalar, number] {
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
      const [s, len] = escape(src, i, lineEnd);
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
function escape(src: string, i: number, lineEnd: number): [string, number] {
  if (i + 1 >= lineEnd) {
    throw DECLINE; // line continuation
  }
  const e = src[i + 1];
  const simple = SIMPLE_ESCAPES[e];
  if (simple !== undefined) {
    return [simple, 2];
  }
  const width = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
  if (width === 0) {
    throw DECLINE;
  }
  const hex = src.substr(i + 2, width);
  if (hex.length !== width || !/^[0-9a-fA-F]+$/.test(hex) || i + 2 + width > lineEnd) {
    throw DECLINE;
  }
  const cp = parseInt(hex, 16);
  if (cp > 0x10ffff) {
    throw DECLINE;
  }
  return [String.fromCodePoint(cp), 2 + width];
}

function skipSpaces(src: string, p: number, lineEnd: number): number {
  while (p < lineEnd && src.charCodeAt(p) === 32) {
    p++;
  }
  return p;
}

/** A flow scalar item inside `[...]` or a flow map value. */
function flowScalar(src: string, p: number, lineEnd: number): [YScalar, number] {
  const c = src.charCodeAt(p);
  if (c === 39 || c === 34) {
    return quoted(src, p, lineEnd);
  }
  return plain(src, p, lineEnd, true);
}

/** `[a, b]` of scalars, on one line. Returns [node, end]. */
function flowSeq(src: string, p: number, lineEnd: number): [YSeq, number] {
  const items: YItem[] = [];
  let i = skipSpaces(src, p + 1, lineEnd);
  if (src.charCodeAt(i) === 93 /* ] */) {
    return [{ kind: 'seq', start: p, end: i + 1, flow: true, items }, i + 1];
  }
  for (;;) {
    if (i >= lineEnd) {
      throw DECLINE;
    }
    const [node, after] = flowScalar(src, i, lineEnd);
    if (node.end === node.start) {
      throw DECLINE;
    }
    items.push({ node, dash: node.start, lineStart: node.start, lineEnd: node.end });
    i = skipSpaces(src, after, lineEnd);
    const c = src.charCodeAt(i);
    if (c === 93) {
      return [{ kind: 'seq', start: p, end: i + 1, flow: true, items }, i + 1];
    }
    if (c !== 44 /* , */ || i >= lineEnd) {
      throw DECLINE;
    }
    i = skipSpaces(src, i + 1, lineEnd);
    if (src.charCodeAt(i) === 93 || src.charCodeAt(i) === 44) {
      throw DECLINE; // trailing or doubled comma
    }
  }
}

/** `{k: v, ...}` of plain keys and scalar values, on one line. Returns [node, end]. */
function flowMap(src: string, p: number, lineEnd: number): [YMap, number] {
  const pairs: YPair[] = [];
  const seen = new Set<string>();
  let i = skipSpaces(src, p + 1, lineEnd);
  if (src.charCodeAt(i) === 125 /* } */) {
    return [{ kind: 'map', start: p, end: i + 1, flow: true, pairs }, i + 1];
  }
  for (;;) {
    KEY_RE.lastIndex = i;
    if (i >= lineEnd || !KEY_RE.test(src)) {
      throw DECLINE;
    }
    const colon = KEY_RE.lastIndex - 1;
    const key = src.substring(i, colon);
    if (NON_STRING_KEYS.has(key) || seen.has(key) || src.charCodeAt(colon + 1) !== 32) {
      throw DECLINE;
    }
    seen.add(key);
    const v = skipSpaces(src, colon + 1, lineEnd);
    if (v >= lineEnd) {
      throw DECLINE;
    }
    const [value, after] = flowScalar(src, v, lineEnd);
    if (value.end === value.start) {
      throw DECLINE;
    }
    pairs.push({ key, keyStart: i, keyEnd: colon, value, lineStart: i, lineEnd: value.end });
    i = skipSpaces(src, after, lineEnd);
    const c = src.charCodeAt(i);
    if (c === 125) {
      return [{ kind: 'map', start: p, end: i + 1, flow: true, pairs }, i + 1];
    }
    if (c !== 44 || i >= lineEnd) {
      throw DECLINE;
    }
    i = skipSpaces(src, i + 1, lineEnd);
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
