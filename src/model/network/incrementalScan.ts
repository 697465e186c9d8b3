// The incremental re-scan: after edits, the line scan reads only the lines around each change,
// from the last item or key line that begins before it to the first item or key line after it
// that the old layout also has; the rest is the old layout shifted. So a keystroke or an action
// re-scans a few lines, not megabytes.

import type { ChangeMap } from './changeMap';
import type { Layout, RawItem, RawSection } from './layout';
import { anyBlankBefore, firstItemFrom, itemBlockStart, itemStart, prefixWithRoom } from './layout';
import { OldLayoutTakeover } from './layoutReuse';
import type { ScanState } from './lineScan';
import { initialState, scanFrom, scanLayout, Unusual } from './lineScan';
import type { TextSource } from '../yaml/pieceText';
import { PieceText } from '../yaml/pieceText';

/** The layout after changes; a line the scan does not understand is reported by a whole scan. */
export function scanChangedOrWhole(text: TextSource, old: Layout, change: ChangeMap): Layout {
  try {
    return scanChanged(text, old, change);
  } catch (e) {
    if (e instanceof Unusual) {
      return scanLayout(PieceText.flatten(text)); // the whole text is read: as one string
    }
    throw e;
  }
}

/**
 * The layout of a text after edits, from the layout before them, one window of lines per change;
 * changes whose windows meet are scanned as one. Throws Unusual like scanLayout.
 */
export function scanChanged(text: TextSource, old: Layout, change: ChangeMap): Layout {
  // After the changes before c are applied, the layout is of a text that equals `text` up to
  // change c and the old text (shifted) after it: so change c's window reads `text`, as long as
  // it ends before change c + 1 starts.
  let layout = old;
  const count = change.newStart.length;
  let c = 0;
  while (c < count) {
    let last = c;
    for (;;) {
      const limit = last + 1 < count ? change.newStart[last + 1] : Infinity;
      const delta = change.shiftBefore[last + 1] - change.shiftBefore[c];
      const next = scanWindow(text, layout, change.newStart[c], change.newEnd[last], delta, limit, layout === old);
      if (next) {
        layout = next;
        break;
      }
      last++; // the window ran into the next change: one window for both
    }
    c = last + 1;
  }
  return layout;
}

/**
 * One change at [first, after) of the new text, `delta` longer than before, in `old`'s layout;
 * undefined when the window would read a line that reaches `limit`.
 */
function scanWindow(
  text: TextSource,
  old: Layout,
  first: number,
  after: number,
  delta: number,
  limit: number,
  lastRead: boolean,
): Layout | undefined {
  const resync = new OldLayoutTakeover(old, after, delta, lastRead);
  return scanFrom(text, restartState(text, old, first, lastRead), resync, limit);
}

/**
 * The state the scan of the text was in at the last item or key line that begins before `first`.
 * `lastRead`: `old` is the layout the last model was read from (not one an earlier window of the
 * same edits made), so that the items before the restart are that model's (RawSection.keptItems).
 */
export function restartState(text: TextSource, old: Layout, first: number, lastRead = true): ScanState {
  // the last section whose key line starts before the change
  let s = -1;
  for (let i = 0; i < old.sections.length && old.sections[i].lineStart < first; i++) {
    s = i;
  }
  if (s < 0) {
    return initialState(text);
  }
  const sec = old.sections[s];
  const seen = new Set(old.sections.slice(0, s).map(x => x.key));
  // the last item of that section that starts before the change
  const items = sec.items ?? [];
  const k = firstItemFrom(sec, items, first) - 1;
  if (k < 0) {
    // from the section's key line: the sections before it are complete
    return {
      pos: sec.lineStart,
      sections: old.sections.slice(0, s),
      seen,
      cur: undefined,
      item: undefined,
      pendingComments: -1,
      lastLineBlank: false,
      sawContent: true,
    };
  }
  seen.add(sec.key);
  return itemRestartState(text, old.sections.slice(0, s), sec, items, k, seen, lastRead);
}

/** From item k's first line of section `sec`, in the state the scan of the old text was in there. */
function itemRestartState(
  text: TextSource,
  before: RawSection[],
  sec: RawSection,
  items: readonly RawItem[],
  k: number,
  seen: Set<string>,
  lastRead: boolean,
): ScanState {
  const at = items[k];
  const atStart = itemStart(sec, at);
  const prev = k > 0 ? items[k - 1] : undefined;
  // the same key line as `sec` (it is before the change): the items keep their relative offsets
  const open = Math.max(0, k - 1);
  // after an earlier window of the same edits, only the items that window kept are the last model's
  const kept = lastRead ? open : Math.max(0, Math.min(open, sec.keptItems ?? 0));
  const cur: RawSection = {
    ...sec,
    items: prefixWithRoom(items, open),
    keptItems: kept,
    bodyEnd: bodyEndBefore(text, atStart, sec.headerEnd),
    end: text.length,
    // of the kept items (none has a blank line before it unless the section had one)
    blankSeparated: sec.blankSeparated && anyBlankBefore(items, 0, kept),
    ...(k === 0 ? { itemIndent: -1, valueKind: 'empty' as const } : {}),
  };
  return {
    pos: atStart,
    sections: [...before, cur],
    seen,
    cur,
    // the item before is still open: lines that now follow it may belong to it
    item: prev && {
      relBlockStart: prev.relBlockStart,
      relStart: prev.relStart,
      relEnd: prev.relEnd,
      blankBefore: prev.blankBefore,
      entry: undefined,
      hasErrors: false,
    },
    pendingComments: at.relBlockStart < at.relStart ? itemBlockStart(sec, at) : -1,
    lastLineBlank: k > 0 && at.blankBefore,
    sawContent: true,
  };
}

/** The end of the last line before `p` (and after `floor`) that the scan counts as section body. */
export function bodyEndBefore(text: TextSource, p: number, floor: number): number {
  let end = p;
  while (end > floor) {
    const ls = Math.max(floor, text.lastIndexOf('\n', end - 2) + 1);
    let lineEnd = text.charCodeAt(end - 1) === 10 ? end - 1 : end;
    if (lineEnd > ls && text.charCodeAt(lineEnd - 1) === 13) {
      lineEnd--;
    }
    let i = ls;
    while (i < lineEnd && text.charCodeAt(i) === 32) {
      i++;
    }
    if (i < lineEnd && (text.charCodeAt(i) !== 35 || i > ls)) {
      return end; // content, or a comment with some indent
    }
    end = ls;
  }
  return floor;
}
