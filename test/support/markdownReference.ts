// Markdown read the long way, for property tests of the fast readers in src/model/mentions: where
// a text is code (its fences, else its paragraph's code spans) and which `@[…]` are mentions.

import { codeSpans, fencedBlocks } from '../../src/model/mentions/codeRanges';
import { MAX_MENTION_LENGTH, mentionKey } from '../../src/model/mentions/mentionParse';

/** Whether `offset` is code, worked out the long way: its fence, else its paragraph's code spans. */
export function referenceIsCode(text: string, offset: number): boolean {
  const fences = fencedBlocks(text);
  if (fences.some(([s, e]) => s <= offset && offset < e)) {
    return true;
  }
  let start = Math.max(0, ...fences.filter(f => f[1] <= offset).map(f => f[1]));
  let end = Math.min(text.length, ...fences.filter(f => f[0] > offset).map(f => f[0]));
  // paragraphs end at blank lines (spaces, tabs and a carriage return at most)
  for (let ls = 0; ls <= text.length;) {
    const nl = text.indexOf('\n', ls);
    const le = nl < 0 ? text.length : nl;
    if (/^[ \t\r]*$/.test(text.slice(ls, le)) && ls > 0) {
      if (le < offset) {
        start = Math.max(start, le + 1);
      } else if (ls > offset) {
        end = Math.min(end, ls);
      }
    }
    if (nl < 0) {
      break;
    }
    ls = nl + 1;
  }
  return codeSpans(text, start, end).some(([a, b]) => a <= offset && offset < b);
}

/** A mention as the long reading finds it: offsets, line, column, text and key. */
export interface ReferenceMention {
  start: number;
  end: number;
  line: number;
  character: number;
  text: string;
  key: string;
}

/**
 * The mentions of a text, character by character: an `@[` not right after a letter, digit, `.`,
 * `_`, `%`, `+`, `-`, `\\` or a letter beyond ASCII; its `]` the one that balances the brackets on
 * the same line within MAX_MENTION_LENGTH + 2 characters; not empty once trimmed; not code.
 */
export function referenceMentions(text: string): ReferenceMention[] {
  const out: ReferenceMention[] = [];
  for (let at = 0; at + 1 < text.length; at++) {
    if (
      text[at] !== '@' ||
      text[at + 1] !== '[' ||
      (at > 0 && (/[A-Za-z0-9._%+\\-]/.test(text[at - 1]) || text[at - 1] >= '\u00c0'))
    ) {
      continue;
    }
    let depth = 0;
    let close = -1;
    for (let i = at + 1; i < Math.min(text.length, at + 1 + MAX_MENTION_LENGTH + 2); i++) {
      const c = text[i];
      if (c === '\n' || c === '\r') {
        break;
      }
      depth += c === '[' ? 1 : c === ']' ? -1 : 0;
      if (depth === 0) {
        close = i;
        break;
      }
    }
    const key = close < 0 ? undefined : mentionKey(text.slice(at + 2, close));
    if (!key || referenceIsCode(text, at)) {
      continue;
    }
    const before = text.slice(0, at).split('\n');
    out.push({
      start: at,
      end: close + 1,
      line: before.length - 1,
      character: before[before.length - 1].length,
      text: text.slice(at + 2, close),
      key,
    });
    at = close;
  }
  return out;
}
