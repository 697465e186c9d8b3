// Turns the `yaml` package's nodes into the small syntax tree of ./syntax, with the same offset
// conventions as the fast parser, so that everything downstream works the same on either path.

import { isAlias, isMap, isScalar, isSeq, Scalar } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import type { ScalarStyle, YItem, YMap, YNode, YPair, YSeq } from './syntax';

/** Start of the line after the one holding offset `p - 1` (the end of a node ending at `p`). */
function lineEndAfter(text: string, p: number): number {
  if (p > 0 && text.charCodeAt(p - 1) === 10) {
    return p;
  }
  const nl = text.indexOf('\n', p);
  return nl < 0 ? text.length : nl + 1;
}

function lineStartOf(text: string, p: number): number {
  return text.lastIndexOf('\n', p - 1) + 1;
}

function scalarStyle(node: Scalar): ScalarStyle {
  switch (node.type) {
    case Scalar.PLAIN:
      return 'plain';
    case Scalar.QUOTE_SINGLE:
      return 'single';
    case Scalar.QUOTE_DOUBLE:
      return 'double';
    default:
      return 'other';
  }
}

/** Last offset of meaningful content of a node: its value end, without a trailing newline. */
function contentEnd(text: string, node: YNode): number {
  let e = node.end;
  while (e > node.start && (text.charCodeAt(e - 1) === 10 || text.charCodeAt(e - 1) === 13)) {
    e--;
  }
  return e;
}

export function fromYamlNode(text: string, node: YamlNode | null | undefined, fallbackAt: number): YNode {
  if (!node) {
    return { kind: 'scalar', start: fallbackAt, end: fallbackAt, value: null, style: 'plain' };
  }
  const range = node.range ?? [fallbackAt, fallbackAt, fallbackAt];
  if (isMap(node)) {
    const flow = !!node.flow;
    const pairs: YPair[] = [];
    for (const pair of node.items) {
      const k = pair.key as YamlNode | null;
      const keyRange = k?.range ?? [range[0], range[0], range[0]];
      const keyValue = isScalar(k) ? k.value : k;
      const key = keyValue === null || keyValue === undefined ? '' : String(keyValue);
      const value = fromYamlNode(text, pair.value as YamlNode | null, keyRange[1] + 1);
      const lineStart = flow ? keyRange[0] : lineStartOf(text, keyRange[0]);
      const lineEnd = flow ? value.end : lineEndAfter(text, contentEnd(text, value) || keyRange[1]);
      pairs.push({ key, keyStart: keyRange[0], keyEnd: keyRange[1], value, lineStart, lineEnd });
    }
    const end = flow ? range[1] : pairs.length ? contentEnd(text, pairs[pairs.length - 1].value) : range[1];
    return { kind: 'map', start: range[0], end, flow, pairs } satisfies YMap;
  }
  if (isSeq(node)) {
    const flow = !!node.flow;
    const items: YItem[] = [];
    for (const item of node.items) {
      const child = fromYamlNode(text, item as YamlNode | null, range[0]);
      let dash = child.start;
      if (!flow) {
        const ls = lineStartOf(text, child.start);
        const d = text.lastIndexOf('-', child.start);
        dash = d >= ls ? d : child.start;
      }
      const lineStart = flow ? child.start : lineStartOf(text, dash);
      const lineEnd = flow ? child.end : lineEndAfter(text, contentEnd(text, child));
      items.push({ node: child, dash, lineStart, lineEnd });
    }
    const end = flow ? range[1] : items.length ? contentEnd(text, items[items.length - 1].node) : range[1];
    return { kind: 'seq', start: range[0], end, flow, items } satisfies YSeq;
  }
  if (isScalar(node)) {
    return { kind: 'scalar', start: range[0], end: range[1], value: node.value, style: scalarStyle(node) };
  }
  if (isAlias(node)) {
    return { kind: 'scalar', start: range[0], end: range[1], value: undefined, style: 'other' };
  }
  return { kind: 'scalar', start: range[0], end: range[1], value: undefined, style: 'other' };
}
