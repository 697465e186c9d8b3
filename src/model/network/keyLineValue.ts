// What a top-level key line holds after its colon: where the value written on the line ends,
// and what kind of value that makes the section.

import type { SectionValueKind } from './network';
import type { TextSource } from '../yaml/pieceText';

/** End of an inline value on a key line: before a ` #` comment (outside quotes) and trailing spaces. */
export function inlineValueEnd(text: TextSource, v: number, end: number): number {
  const q = text.charCodeAt(v);
  let i = v;
  if (q === 34 || q === 39) {
    // skip the quoted scalar, if it closes on this line
    i++;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (q === 34 && c === 92) {
        i += 2;
        continue;
      }
      if (c === q) {
        if (q === 39 && text.charCodeAt(i + 1) === 39) {
          i += 2;
          continue;
        }
        i++;
        break;
      }
      i++;
    }
  }
  while (i < end) {
    if (text.charCodeAt(i) === 35 && text.charCodeAt(i - 1) === 32) {
      break;
    }
    i++;
  }
  while (i > v && text.charCodeAt(i - 1) === 32) {
    i--;
  }
  return i;
}

/**
 * The kind of a section's value from the value written on its key line (`inline`, comment and
 * trailing spaces cut); undefined for an entry list written inline with items, which the line
 * scan leaves to the `yaml` package.
 */
export function keyLineValueKind(isList: boolean, inline: string): SectionValueKind | undefined {
  if (inline === '') {
    return 'empty';
  }
  if (!isList) {
    return 'inline';
  }
  if (/^\[ *\]$/.test(inline)) {
    return 'flow-seq';
  }
  if (inline === '~' || inline === 'null') {
    return 'empty'; // `key: null` reads as an empty list; an insert replaces the `null`
  }
  return undefined;
}
