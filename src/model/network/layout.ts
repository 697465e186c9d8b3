// What the line scan finds in a network text: the top-level sections and, for the entry lists,
// the items with their offsets, each item keeping the entry parsed from its text. An item's
// offsets are relative to its section's key line: an edit before a section moves the section
// (a few numbers), not its thousands of items.

import type { ListEntry } from './listEntry';
import type { SectionValueKind } from './network';
import { ENTRY_LISTS } from './network';

/** The keys whose values are lists of entries. */
export const ENTRY_LIST_SET: ReadonlySet<string> = new Set(ENTRY_LISTS);

/** One list item; its offsets are relative to its section's `lineStart` (see itemStart). */
export interface RawItem {
  relBlockStart: number;
  relStart: number;
  relEnd: number;
  /** A blank line separates this item from the one before it. */
  blankBefore: boolean;
  /** The entry parsed from exactly this item's text (set once parsed; kept when shifted). */
  entry: ListEntry | undefined;
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
  /**
   * After an incremental scan: how many of the first items are the very items of the layout
   * before the edit (same objects, same index, same offsets from the same key line), so that their
   * entries are the earlier model's without a look at each. While the scan runs, `blankSeparated`
   * says whether one of those has a blank line before it.
   */
  keptItems?: number;
}

export interface Layout {
  readonly sections: RawSection[];
}

/** The offset in the text of an item of `sec`. */
export function itemStart(sec: RawSection, it: RawItem): number {
  return sec.lineStart + it.relStart;
}

export function itemEnd(sec: RawSection, it: RawItem): number {
  return sec.lineStart + it.relEnd;
}

export function itemBlockStart(sec: RawSection, it: RawItem): number {
  return sec.lineStart + it.relBlockStart;
}

/** The index of the first item of `sec` that starts at or after `offset` of the text (items are in text order). */
export function firstItemFrom(sec: RawSection, items: readonly RawItem[], offset: number): number {
  const rel = offset - sec.lineStart;
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].relStart < rel) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/** Whether one of items [from, to) has a blank line before it. */
export function anyBlankBefore(items: readonly RawItem[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    if (items[i].blankBefore) {
      return true;
    }
  }
  return false;
}

/**
 * A copy of the first `count` items with room for `room` more: the scan pushes the items it reads
 * after them, and a push beyond an array's capacity copies the whole array again (at 30,000
 * contacts, an accept re-scans the last contact and pushes it and the new one).
 */
export function prefixWithRoom(items: readonly RawItem[], count: number, room = 64): RawItem[] {
  const out = sizedCopy(items, count + room);
  out.length = count; // the places after it stay allocated (the engine trims only an array less than half full)
  return out;
}

/**
 * `n` places, the first ones `xs`'s (those beyond `xs` empty): one copy of the right size. A copy
 * that then grows item by item is copied again at its first growth, which at 30,000 contacts cost
 * as much as the rest of the parse of an accept.
 */
export function sizedCopy<T>(xs: readonly T[], n: number): T[] {
  return xs.length >= n ? xs.slice(0, n) : xs.concat(new Array<T>(n - xs.length));
}

/** The item `d` characters later in its section, with the same entry. */
export function shiftItem(it: RawItem, d: number): RawItem {
  return {
    relBlockStart: it.relBlockStart + d,
    relStart: it.relStart + d,
    relEnd: it.relEnd + d,
    blankBefore: it.blankBefore,
    entry: it.entry,
    hasErrors: it.hasErrors,
  };
}
