// Where a problem is shown: the exact node it is about, found by its path in the entry's syntax
// tree, or in a top-level section for the sections that are not lists.

import type { NetworkModel, Section } from '../network/network';
import type { YNode } from '../yaml/syntax';
import { nodeAtPath } from '../yaml/syntax';

/** A range of the text, as offsets. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/**
 * The range of the node at `path` under `root` (offsets relative to the entry's text). A missing
 * key points at the closest existing node's start; with `wholeIfMissing` (a "needs a field"
 * problem), at the first line of that node instead, so the squiggle is visible.
 */
export function rangeAtPath(root: YNode, path: readonly (string | number)[], wholeIfMissing: boolean): TextRange {
  const { node, keyOf, depth } = nodeAtPath(root, path);
  if (wholeIfMissing && depth === path.length && node.kind === 'map' && node.pairs.length) {
    return { start: node.pairs[0].keyStart, end: node.pairs[0].keyEnd }; // "needs a field": point at the entry's first key
  }
  if (depth === path.length) {
    if (node.start === node.end && keyOf) {
      return { start: keyOf.keyStart, end: keyOf.keyEnd };
    }
    return { start: node.start, end: node.end };
  }
  if (wholeIfMissing || node.kind !== 'map') {
    const firstLineEnd = node.kind === 'map' && node.pairs.length ? node.pairs[0].keyEnd : node.end;
    return { start: node.start, end: Math.max(node.start, Math.min(node.end, firstLineEnd)) };
  }
  return { start: node.start, end: node.start };
}

/** The range of a path inside a non-list section: re-parsed on demand (sections are small). */
export function sectionRange(model: NetworkModel, sec: Section, path: readonly string[]): TextRange {
  if (path.length > 0) {
    const key = path[path.length - 1];
    const idx = model.text.indexOf(`${key}:`, sec.headerEnd);
    if (idx >= 0 && idx < sec.end) {
      return { start: idx, end: idx + key.length };
    }
  } else if (sec.inlineEnd > sec.inlineStart) {
    return { start: sec.inlineStart, end: sec.inlineEnd };
  }
  return { start: sec.lineStart, end: sec.keyEnd };
}

/** `range`, relative to an entry's text, made absolute: the entry's text starts at `offset`. */
export function shifted(range: TextRange, offset: number): TextRange {
  return { start: range.start + offset, end: range.end + offset };
}
