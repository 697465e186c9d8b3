// Two ways git's line merge leaves a version rebuilt from the markers unreadable, though each
// branch read well: a list one side emptied (`contacts: []`) followed by the other side's entries,
// and a list's key written twice in a row (both sides appended after it). What to take out of
// the text so that it reads; anything else is left for the person to resolve.

import { ENTRY_LISTS } from '../network/network';
import type { Span } from './conflictMarkers';

const LISTS = new Set<string>(ENTRY_LISTS);
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(.*)$/;
const EMPTIED = /^(\s*)\[\]\s*(#.*)?$/;
const ITEM = /^\s*-(\s|$)/;

interface Line {
  readonly start: number;
  readonly next: number;
  readonly content: string;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  for (let pos = 0; pos < text.length;) {
    const nl = text.indexOf('\n', pos);
    const next = nl < 0 ? text.length : nl + 1;
    out.push({ start: pos, next, content: text.slice(pos, nl < 0 ? text.length : nl).replace(/\r$/, '') });
    pos = next;
  }
  return out;
}

/** Whether the first line after `i` with content is a list item. */
function itemFollows(lines: readonly Line[], i: number): boolean {
  for (let j = i + 1; j < lines.length; j++) {
    const c = lines[j].content.trim();
    if (c !== '' && !c.startsWith('#')) {
      return ITEM.test(lines[j].content);
    }
  }
  return false;
}

/** The stretches to take out of a rebuilt version (sorted): the `[]` of emptied lists that get entries, repeated list keys. */
export function repairSpans(text: string): Span[] {
  const spans: Span[] = [];
  const lines = linesOf(text);
  let previousKey: string | undefined;
  lines.forEach((line, i) => {
    const m = KEY_LINE.exec(line.content);
    if (!m) {
      return;
    }
    const [, key, rest] = m;
    if (LISTS.has(key)) {
      const emptied = EMPTIED.exec(rest);
      if (key === previousKey && (rest.trim() === '' || rest.trim().startsWith('#') || emptied)) {
        spans.push({ start: line.start, end: line.next }); // the list goes on under its first key
      } else if (emptied && itemFollows(lines, i)) {
        const at = line.start + key.length + 1 + emptied[1].length;
        spans.push({ start: at, end: at + 2 });
      }
    }
    previousKey = key;
  });
  return spans;
}
