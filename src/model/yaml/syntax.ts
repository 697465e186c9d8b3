// A small syntax tree with offsets, produced either by the fast entry parser or from the `yaml`
// package's nodes. Offsets are relative to the text the node was parsed from, so a parsed entry
// can be reused unchanged when only its position in the file moves.

export type ScalarStyle = 'plain' | 'single' | 'double' | 'other';

export interface YScalar {
  readonly kind: 'scalar';
  readonly start: number;
  readonly end: number;
  readonly value: unknown;
  readonly style: ScalarStyle;
}

export interface YPair {
  readonly key: string;
  readonly keyStart: number;
  readonly keyEnd: number;
  /** The value node; an empty value (`key:`) is a null scalar with start === end. */
  readonly value: YNode;
  /** Start of the line the key is on (block style) or the key's start (flow style). */
  readonly lineStart: number;
  /** After the newline of the pair's last line (block style) or the value's end (flow style). */
  readonly lineEnd: number;
}

export interface YMap {
  readonly kind: 'map';
  readonly start: number;
  readonly end: number;
  readonly flow: boolean;
  readonly pairs: readonly YPair[];
}

export interface YItem {
  readonly node: YNode;
  /** Offset of the `-` indicator (block) or of the item (flow). */
  readonly dash: number;
  readonly lineStart: number;
  readonly lineEnd: number;
}

export interface YSeq {
  readonly kind: 'seq';
  readonly start: number;
  readonly end: number;
  readonly flow: boolean;
  readonly items: readonly YItem[];
}

export type YNode = YScalar | YMap | YSeq;

export function findPair(map: YMap, key: string): YPair | undefined {
  for (const p of map.pairs) {
    if (p.key === key) {
      return p;
    }
  }
  return undefined;
}

/** Follows a path of keys and indices; returns the deepest node reached and how far it got. */
export function nodeAtPath(
  root: YNode,
  path: readonly (string | number)[],
): { node: YNode; keyOf?: YPair; depth: number } {
  let node: YNode = root;
  let keyOf: YPair | undefined;
  let depth = 0;
  for (const step of path) {
    if (node.kind === 'map' && typeof step === 'string') {
      const pair = findPair(node, step);
      if (!pair) {
        break;
      }
      keyOf = pair;
      node = pair.value;
    } else if (node.kind === 'seq' && typeof step === 'number' && step < node.items.length) {
      keyOf = undefined;
      node = node.items[step].node;
    } else {
      break;
    }
    depth++;
  }
  return { node, keyOf, depth };
}
