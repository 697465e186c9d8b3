// A node of the fast subset parser as plain data: the same shapes as `yaml`'s toJS.

import type { YNode } from './syntax';

/** Plain data from a fast-parsed node (the same shapes `yaml`'s toJS gives). */
export function nodeValue(node: YNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(i => nodeValue(i.node));
    case 'map': {
      const obj: Record<string, unknown> = {};
      for (const p of node.pairs) {
        if (p.key === '__proto__') {
          Object.defineProperty(obj, p.key, {
            value: nodeValue(p.value),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        } else {
          obj[p.key] = nodeValue(p.value);
        }
      }
      return obj;
    }
  }
}
