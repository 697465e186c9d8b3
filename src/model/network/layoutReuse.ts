// Reuse of what an edit left unchanged: after the re-scanned lines the old layout takes over,
// shifted by the edit, and an entry whose text did not change keeps its earlier parse.

import type { ChangeMap } from './changeMap';
import { changesBefore } from './changeMap';
import type { Layout, RawSection } from './layout';
import { firstItemFrom, itemStart, shiftItem } from './layout';
import type { LineScan, Resync } from './lineScan';
import type { Entry, ParsedEntry } from './network';
import type { TextSource } from '../yaml/pieceText';

/** Ends a scan that started before an edit at the first line that the old layout also has. */
export class OldLayoutTakeover implements Resync {
  private readonly oldIndex: ReadonlyMap<string, number>;

  /**
   * `after`: only lines that start at or after it (the end of the last change) qualify; `delta`:
   * new offset minus old offset after the last change.
   */
  constructor(
    private readonly old: Layout,
    readonly after: number,
    private readonly delta: number,
    /** `old` is the layout the last model was read from: the sections it hands over keep all their items. */
    private readonly lastRead = false,
  ) {
    this.oldIndex = new Map(old.sections.map((x, i) => [x.key, i]));
  }

  /** At a line start after the last change: the old layout's rest, if it takes over here. */
  takeOver(scan: LineScan): Layout | undefined {
    const oldPos = scan.pos - this.delta;
    // an old key line
    const t = this.old.sections.findIndex(x => x.lineStart === oldPos);
    if (t >= 0) {
      return this.fromKeyLine(scan, t);
    }
    // an old item of the section being scanned, at the same indent
    return this.fromItem(scan, oldPos);
  }

  /** The scan is at the key line of old section `t`: that section and the ones after it follow. */
  private fromKeyLine(scan: LineScan, t: number): Layout | undefined {
    if (this.keyReused(scan, t)) {
      return undefined;
    }
    scan.closeItem();
    if (scan.cur) {
      scan.cur.end = scan.pos;
    }
    const scanned = scan.sections.length;
    this.appendFrom(scan, t);
    return scan.finish(scanned);
  }

  /** The scan may be at the first line of an old item of its section: that item and the rest follow. */
  private fromItem(scan: LineScan, oldPos: number): Layout | undefined {
    const cur = scan.cur;
    const u = cur ? this.oldIndex.get(cur.key) : undefined;
    if (u === undefined) {
      return undefined;
    }
    const oldSec = this.old.sections[u];
    if (
      !cur?.items ||
      !oldSec.items ||
      oldSec.itemIndent !== cur.itemIndent ||
      cur.itemIndent < 0 ||
      oldSec.valueKind !== cur.valueKind
    ) {
      return undefined;
    }
    const oldItems = oldSec.items;
    const lo = firstItemFrom(oldSec, oldItems, oldPos);
    if (lo >= oldItems.length || itemStart(oldSec, oldItems[lo]) !== oldPos || this.keyReused(scan, u + 1)) {
      return undefined;
    }
    // this line is that item's first: what the scan would do with it, then the old items after it
    const d = this.delta;
    scan.closeItem();
    const j = oldItems[lo];
    const base = cur.lineStart;
    // the old items after it move by this much relative to the key line (the edit is between them)
    const move = oldSec.lineStart + d - base;
    cur.items.push({
      relBlockStart: (scan.pendingComments >= 0 ? scan.pendingComments : scan.pos) - base,
      relStart: scan.pos - base,
      relEnd: j.relEnd + move,
      blankBefore: cur.items.length > 0 && scan.lastLineBlank,
      entry: j.entry,
      hasErrors: j.hasErrors,
    });
    for (let x = lo + 1; x < oldItems.length; x++) {
      cur.items.push(move === 0 ? oldItems[x] : shiftItem(oldItems[x], move));
    }
    cur.bodyEnd = oldSec.bodyEnd + d;
    cur.end = oldSec.end + d;
    const scanned = scan.sections.length;
    this.appendFrom(scan, u + 1);
    return scan.finish(scanned);
  }

  /** Whether a key of the old sections from `t` on was used again by the edit (a full scan reports it). */
  private keyReused(scan: LineScan, t: number): boolean {
    const sections = this.old.sections;
    for (let u = t; u < sections.length; u++) {
      if (scan.seen.has(sections[u].key)) {
        return true;
      }
    }
    return false;
  }

  private appendFrom(scan: LineScan, t: number): void {
    const sections = this.old.sections;
    const d = this.delta;
    for (let u = t; u < sections.length; u++) {
      const sec = d === 0 ? sections[u] : shiftSection(sections[u], d);
      // every item of a section the last model was read from is that model's (RawSection.keptItems)
      scan.sections.push(this.lastRead ? { ...sec, keptItems: sec.items?.length ?? 0 } : sec);
    }
  }
}

/** The section `d` characters later; its items, relative to its key line, are the same objects. */
function shiftSection(x: RawSection, d: number): RawSection {
  return {
    ...x,
    lineStart: x.lineStart + d,
    keyEnd: x.keyEnd + d,
    headerEnd: x.headerEnd + d,
    inlineStart: x.inlineStart + d,
    inlineEnd: x.inlineEnd + d,
    bodyEnd: x.bodyEnd + d,
    end: x.end + d,
  };
}

/**
 * The earlier parse of entry `i` of `n`, whose text is at [start, end) now, if there is one. An
 * edit changes a few entries: the ones before it keep their index, the ones after keep their
 * index counted from the end of the list. Comparing in place avoids hashing megabytes of text.
 */
export function reusedEntry(
  text: TextSource,
  start: number,
  end: number,
  i: number,
  n: number,
  old: readonly Entry[] | undefined,
  change: ChangeMap | undefined,
): ParsedEntry | undefined {
  if (!old) {
    return undefined;
  }
  if (change) {
    return entryBeforeChanges(start, end, old, change);
  }
  const len = end - start;
  const front = old[i];
  if (front && front.parsed.text.length === len && text.startsWith(front.parsed.text, start)) {
    return front.parsed;
  }
  const back = old[old.length - (n - i)];
  if (back && back.parsed.text.length === len && text.startsWith(back.parsed.text, start)) {
    return back.parsed;
  }
  return undefined;
}

/** With the changes known: the old entry at the same text, shifted, unless a change falls inside. */
function entryBeforeChanges(
  start: number,
  end: number,
  old: readonly Entry[],
  change: ChangeMap,
): ParsedEntry | undefined {
  const lo = changesBefore(change, start);
  if (lo < change.newStart.length && change.newStart[lo] < end) {
    return undefined; // a change falls inside this entry
  }
  const oldStart = start - change.shiftBefore[lo];
  const oldEnd = end - change.shiftBefore[lo];
  // the old entry at that offset (old entries are in text order)
  let a = 0;
  let b = old.length - 1;
  while (a <= b) {
    const mid = (a + b) >> 1;
    const e = old[mid];
    if (e.start < oldStart) {
      a = mid + 1;
    } else if (e.start > oldStart) {
      b = mid - 1;
    } else {
      return e.end === oldEnd ? e.parsed : undefined;
    }
  }
  return undefined;
}
