// What the line scan finds in a network text: the top-level sections and, for the entry lists,
// the items with their offsets, each item keeping the entry parsed from its text.

import type { Entry, SectionValueKind } from './network';
import { ENTRY_LISTS } from './network';

/** The keys whose values are lists of entries. */
export const ENTRY_LIST_SET: ReadonlySet<string> = new Set(ENTRY_LISTS);

export interface RawItem {
  blockStart: number;
  start: number;
  end: number;
  /** A blank line separates this item from the one before it. */
  blankBefore: boolean;
  /** The entry parsed from exactly this item's text (set once parsed; kept when shifted). */
  entry: Entry | undefined;
  /** Whether that entry has syntax errors: saves visiting 30,000 parsed entries to find none. */
  hasErrors: boolean;
}

export interface RawSection {
  key: string;
  lineStart: number;
  keyEnd: number;
  headerEnd: number;
  inlineStart: number;
  inlineEnd: number;
  valueKind: SectionValueKind;
  bodyEnd: number;
  end: number;
  itemIndent: number;
  blankSeparated: boolean;
  /** Set for entry lists written as block sequences (or empty). */
  items?: RawItem[];
}

export interface Layout {
  readonly sections: RawSection[];
}

/** The index of the first item that starts at or after `offset` (items are in text order). */
export function firstItemFrom(items: readonly RawItem[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/** The item `d` characters later in the text, with the same entry. */
export function shiftItem(it: RawItem, d: number): RawItem {
  return {
    blockStart: it.blockStart + d,
    start: it.start + d,
    end: it.end + d,
    blankBefore: it.blankBefore,
    entry: it.entry,
    hasErrors: it.hasErrors,
  };
}
