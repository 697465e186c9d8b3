// network.yaml text -> NetworkModel, fast at 30,000 contacts.
//
// The `yaml` package keeps comments but is slow on big files, so the file is first cut into
// top-level sections and list entries by a line scan, each entry is parsed on its own by the
// fast subset parser (or by `yaml` when it declines), and parsed entries are memoised by their
// text: after a keystroke only the touched entry is parsed again. Anything the scan does not
// understand falls back to a full `yaml` parse, which is always right, only slower.

import { isMap, isSeq, parseDocument } from 'yaml';
import type { Document, Node as YamlNode, YAMLError } from 'yaml';
import type { TextChange } from '../yaml/changes';
import { parseSequenceFast } from '../yaml/fastEntryParser';
import type { Entry, EntryList, NetworkModel, ParsedEntry, Problem, Section, SectionValueKind } from './network';
import { emptyMemo, ENTRY_LISTS } from './network';
import type { YItem, YNode } from '../yaml/syntax';
import { fromYamlNode } from '../yaml/yamlAdapter';

const YAML_OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: true, logLevel: 'error' } as const;
/** Bounds the work an alias bomb can cause when a document is turned into data. */
const MAX_ALIAS_COUNT = 1000;
const TOP_KEY_RE = /[A-Za-z_][A-Za-z0-9_-]*:/y;
const ENTRY_LIST_SET: ReadonlySet<string> = new Set(ENTRY_LISTS);

interface ParsedSectionValue {
  readonly value: unknown;
  readonly errors: readonly Problem[];
}

/**
 * Parses network texts, reusing the entries of the last well-formed parse so that an edit
 * re-parses only what it touched. One instance per document.
 */
export class NetworkParser {
  private reuse: Reuse | undefined;
  private lastText: string | undefined;

  /**
   * `changes`, when known, say which ranges of the previous text were replaced (sorted, not
   * overlapping, in the previous text's offsets): they spare comparing the unchanged entries'
   * text. Without them, entries are compared in place.
   */
  parse(text: string, changes?: TextChange | readonly TextChange[]): NetworkModel {
    const list =
      changes === undefined
        ? undefined
        : Array.isArray(changes)
          ? (changes as readonly TextChange[])
          : [changes as TextChange];
    const sectionValues = new Map<string, { slice: string; parsed: ParsedSectionValue }>();
    // the change is relative to the last text parsed, which is the reused model's only if that parse was a fast one
    const reusable = this.reuse?.model.text === this.lastText ? this.reuse?.model.text : undefined;
    const delta = list?.reduce((d, c) => d + c.delta, 0);
    const hint =
      list && reusable !== undefined && reusable.length + (delta ?? 0) === text.length ? changeMap(list) : undefined;
    this.lastText = text;
    const result = parseWithReuse(text, this.reuse && { ...this.reuse, change: hint }, sectionValues);
    if (result.layout) {
      this.reuse = { model: result.model, layout: result.layout, sectionValues };
    }
    return result.model;
  }
}

/** Parses without memory of an earlier text. */
export function parseNetwork(text: string): NetworkModel {
  return parseWithReuse(text, undefined, new Map()).model;
}

interface Reuse {
  readonly model: NetworkModel;
  /** The line scan of `model.text`, with each item's entry. */
  readonly layout: Layout;
  readonly sectionValues: Map<string, { slice: string; parsed: ParsedSectionValue }>;
  readonly change?: ChangeMap;
}

/** Changes in the new text's offsets, with the total shift before each. */
interface ChangeMap {
  /** [start, end) of each change in the new text. */
  readonly newStart: number[];
  readonly newEnd: number[];
  /** Shift of everything before change k (sum of the deltas of changes 0..k-1). */
  readonly shiftBefore: number[];
}

function changeMap(changes: readonly TextChange[]): ChangeMap {
  const sorted = [...changes].sort((a, b) => a.start - b.start);
  const newStart: number[] = [];
  const newEnd: number[] = [];
  const shiftBefore: number[] = [];
  let shift = 0;
  for (const c of sorted) {
    shiftBefore.push(shift);
    newStart.push(c.start + shift);
    newEnd.push(c.oldEnd + shift + c.delta);
    shift += c.delta;
  }
  shiftBefore.push(shift);
  return { newStart, newEnd, shiftBefore };
}

/**
 * The earlier parse of an entry whose text is at [start, end) now, if there is one. An edit
 * changes a few entries: the ones before it keep their index, the ones after keep their index
 * counted from the end of the list. Comparing in place avoids hashing megabytes of text.
 */
function reusedEntry(
  text: string,
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
    // the changes wholly before this entry, by binary search on their ends
    let lo = 0;
    let hi = change.newEnd.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (change.newEnd[mid] <= start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
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

/** Where the line scan stopped, and the section and item it was in. */
class Unusual {
  constructor(
    readonly at: number,
    readonly sectionStart = -1,
    readonly headerEnd = -1,
    readonly itemStart = -1,
    readonly itemIndent = -1,
  ) {}
}

function parseWithReuse(
  text: string,
  reuse: Reuse | undefined,
  sectionValues: Map<string, { slice: string; parsed: ParsedSectionValue }>,
): { model: NetworkModel; layout?: Layout } {
  const eol = /\r\n/.test(text.substring(0, text.indexOf('\n') + 1)) ? '\r\n' : '\n';
  let layout: Layout;
  try {
    layout = reuse?.change ? scanChangedOrWhole(text, reuse.layout, reuse.change) : scanLayout(text);
  } catch (e) {
    if (e instanceof Unusual) {
      return { model: parseUnusual(text, eol, e) };
    }
    throw e;
  }
  const syntaxErrors: Problem[] = [];
  const sections: Section[] = [];
  const lists: Record<EntryList, Entry[]> = {
    invitations: [],
    contacts: [],
    archive: [],
    rules: [],
    blueprints: [],
    opportunities: [],
  };
  for (const raw of layout.sections) {
    let value: unknown;
    const entries: Entry[] = [];
    if (raw.items) {
      const list = raw.key as EntryList;
      const old = reuse?.model[list];
      const n = raw.items.length;
      for (let i = 0; i < n; i++) {
        const item = raw.items[i];
        const prev = item.entry;
        if (
          prev &&
          prev.start === item.start &&
          prev.end === item.end &&
          prev.blockStart === item.blockStart &&
          prev.index === i &&
          prev.list === list
        ) {
          // an item before the edit: the very same entry
          entries.push(prev);
          if (item.hasErrors) {
            for (const err of prev.parsed.errors) {
              syntaxErrors.push(shift(err, item.start));
            }
          }
          continue;
        }
        const parsed =
          prev?.parsed ??
          reusedEntry(text, item.start, item.end, i, n, old, reuse?.change) ??
          parseEntryText(text.substring(item.start, item.end));
        if (parsed === NEEDS_FULL_PARSE) {
          return { model: parseFull(text, eol) };
        }
        if (prev ? item.hasErrors : parsed.errors.length > 0) {
          for (const err of parsed.errors) {
            syntaxErrors.push(shift(err, item.start));
          }
        }
        const entry: Entry = { list, index: i, start: item.start, blockStart: item.blockStart, end: item.end, parsed };
        item.entry = entry;
        item.hasErrors = parsed.errors.length > 0;
        entries.push(entry);
      }
      if (ENTRY_LIST_SET.has(raw.key)) {
        lists[list] = entries;
      }
      if (raw.valueKind !== 'empty') {
        // the list as plain data, worked out only if asked for (the entries are what is read)
        let values: unknown[] | undefined;
        sections.push(sectionOf(raw, entries, () => (values ??= entries.map(e => e.parsed.value))));
        continue;
      }
      value = null;
    } else {
      const slice = text.substring(raw.lineStart, raw.end);
      const before = reuse?.sectionValues.get(raw.key);
      const parsed = before && before.slice === slice ? before.parsed : parseSectionText(slice, raw.key);
      sectionValues.set(raw.key, { slice, parsed });
      if (parsed === NEEDS_FULL_PARSE_SECTION) {
        return { model: parseFull(text, eol) };
      }
      for (const err of parsed.errors) {
        syntaxErrors.push(shift(err, raw.lineStart));
      }
      value = parsed.value;
    }
    const known = value;
    sections.push(sectionOf(raw, entries, () => known));
  }
  return { model: { text, eol, syntaxErrors, sections, ...lists, fast: true }, layout };
}

function sectionOf(raw: RawSection, entries: readonly Entry[], value: () => unknown): Section {
  return {
    key: raw.key,
    lineStart: raw.lineStart,
    keyEnd: raw.keyEnd,
    headerEnd: raw.headerEnd,
    inlineStart: raw.inlineStart,
    inlineEnd: raw.inlineEnd,
    valueKind: raw.valueKind,
    bodyEnd: raw.bodyEnd,
    end: raw.end,
    itemIndent: raw.itemIndent,
    blankSeparated: raw.blankSeparated,
    entries,
    get value(): unknown {
      return value();
    },
  };
}

function shift(p: Problem, delta: number): Problem {
  return { ...p, start: p.start + delta, end: p.end + delta };
}

// ---------------------------------------------------------------------------------------------
// The line scan

interface RawItem {
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

interface RawSection {
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

interface Layout {
  readonly sections: RawSection[];
}

/** Where a scan starts and what it has seen before that point. */
interface ScanState {
  pos: number;
  sections: RawSection[];
  seen: Set<string>;
  cur: RawSection | undefined;
  item: RawItem | undefined;
  /** Start of a run of comment lines at the item indent directly above the next item. */
  pendingComments: number;
  /** A blank line since the last content line: entries are separated by blank lines. */
  lastLineBlank: boolean;
  sawContent: boolean;
}

/** Lets a scan that started before an edit stop where the text is the old text again. */
interface Resync {
  /** Only lines that start at or after this offset (the end of the last change) qualify. */
  readonly after: number;
  /** New offset minus old offset, after the last change. */
  readonly delta: number;
  readonly old: Layout;
  readonly oldIndex: ReadonlyMap<string, number>;
}

/**
 * The layout of a text after edits, from the layout before them: for each change, the scan
 * starts at the last item or key line that begins before it and stops at the first item or key
 * line after it that the old layout also has; the rest is the old layout shifted. So a keystroke
 * or an action re-scans a few lines, not megabytes. Changes whose windows meet are scanned as
 * one. Throws Unusual like scanLayout.
 */
function scanChanged(text: string, old: Layout, change: ChangeMap): Layout {
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
      const next = scanWindow(text, layout, change.newStart[c], change.newEnd[last], delta, limit);
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

/** The layout after changes; a line the scan does not understand is reported by a whole scan. */
function scanChangedOrWhole(text: string, old: Layout, change: ChangeMap): Layout {
  try {
    return scanChanged(text, old, change);
  } catch (e) {
    if (e instanceof Unusual) {
      return scanLayout(text);
    }
    throw e;
  }
}

/** One change at [first, after) of the new text, `delta` longer than before, in `old`'s layout. */
function scanWindow(
  text: string,
  old: Layout,
  first: number,
  after: number,
  delta: number,
  limit: number,
): Layout | undefined {
  const oldIndex = new Map(old.sections.map((x, i) => [x.key, i]));
  const resync: Resync = { after, delta, old, oldIndex };
  // the last section whose key line starts before the change
  let s = -1;
  for (let i = 0; i < old.sections.length && old.sections[i].lineStart < first; i++) {
    s = i;
  }
  if (s < 0) {
    return scanFrom(text, initialState(text), resync, limit);
  }
  const sec = old.sections[s];
  const seen = new Set(old.sections.slice(0, s).map(x => x.key));
  // the last item of that section that starts before the change
  const items = sec.items ?? [];
  const k = firstItemFrom(items, first) - 1;
  if (k < 0) {
    // from the section's key line: the sections before it are complete
    return scanFrom(
      text,
      {
        pos: sec.lineStart,
        sections: old.sections.slice(0, s),
        seen,
        cur: undefined,
        item: undefined,
        pendingComments: -1,
        lastLineBlank: false,
        sawContent: true,
      },
      resync,
      limit,
    );
  }
  // from item k's first line, in the state the scan of the old text was in there
  seen.add(sec.key);
  const at = items[k];
  const prev = k > 0 ? items[k - 1] : undefined;
  const cur: RawSection = {
    ...sec,
    items: items.slice(0, Math.max(0, k - 1)),
    bodyEnd: bodyEndBefore(text, at.start, sec.headerEnd),
    end: text.length,
    blankSeparated: false,
    ...(k === 0 ? { itemIndent: -1, valueKind: 'empty' as const } : {}),
  };
  return scanFrom(
    text,
    {
      pos: at.start,
      sections: [...old.sections.slice(0, s), cur],
      seen,
      cur,
      // the item before is still open: lines that now follow it may belong to it
      item: prev && {
        blockStart: prev.blockStart,
        start: prev.start,
        end: prev.end,
        blankBefore: prev.blankBefore,
        entry: undefined,
        hasErrors: false,
      },
      pendingComments: at.blockStart < at.start ? at.blockStart : -1,
      lastLineBlank: k > 0 && at.blankBefore,
      sawContent: true,
    },
    resync,
    limit,
  );
}

function initialState(text: string): ScanState {
  return {
    pos: text.charCodeAt(0) === 0xfeff ? 1 : 0,
    sections: [],
    seen: new Set(),
    cur: undefined,
    item: undefined,
    pendingComments: -1,
    lastLineBlank: false,
    sawContent: false,
  };
}

/** The end of the last line before `p` (and after `floor`) that the scan counts as section body. */
function bodyEndBefore(text: string, p: number, floor: number): number {
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

/**
 * Cuts the text into top-level sections and, for the entry lists, into entries. Throws Unusual
 * at the first line it does not understand; the caller then asks the `yaml` package.
 */
function scanLayout(text: string): Layout {
  const layout = scanFrom(text, initialState(text), undefined, Infinity);
  if (!layout) {
    throw new Error('a scan without a limit always ends');
  }
  return layout;
}

/**
 * The line scan from a state. With a resync, it stops where the old layout takes over; with a
 * limit, it gives up (undefined) rather than read a line that reaches that offset.
 */
function scanFrom(text: string, from: ScanState, resync: Resync | undefined, limit: number): Layout | undefined {
  const n = text.length;
  let pos = from.pos;
  const sections = from.sections;
  const seen = from.seen;
  let cur = from.cur;
  let item = from.item;
  let pendingComments = from.pendingComments;
  let lastLineBlank = from.lastLineBlank;
  let sawContent = from.sawContent;

  const unusual = (at: number): Unusual =>
    new Unusual(at, cur?.lineStart ?? -1, cur?.headerEnd ?? -1, item?.start ?? -1, cur?.itemIndent ?? -1);
  const closeItem = (): void => {
    if (item && cur?.items) {
      cur.items.push(item);
    }
    item = undefined;
  };
  const finish = (): Layout => {
    for (const sec of sections) {
      sec.blankSeparated = sec.items?.some(it => it.blankBefore) ?? false;
    }
    return { sections };
  };
  /** At a line start after the last change: the old layout's rest, if it takes over here. */
  const takeOver = (r: Resync): Layout | undefined => {
    const oldPos = pos - r.delta;
    const d = r.delta;
    const shiftSection = (x: RawSection): RawSection => ({
      ...x,
      lineStart: x.lineStart + d,
      keyEnd: x.keyEnd + d,
      headerEnd: x.headerEnd + d,
      inlineStart: x.inlineStart + d,
      inlineEnd: x.inlineEnd + d,
      bodyEnd: x.bodyEnd + d,
      end: x.end + d,
      items: x.items?.map(it => shiftItem(it, d)),
    });
    /** Whether a key of the old sections from `t` on was used again by the edit (a full scan reports it). */
    const keyReused = (t: number): boolean => {
      for (let u = t; u < r.old.sections.length; u++) {
        if (seen.has(r.old.sections[u].key)) {
          return true;
        }
      }
      return false;
    };
    const appendFrom = (t: number): void => {
      for (let u = t; u < r.old.sections.length; u++) {
        sections.push(d === 0 ? r.old.sections[u] : shiftSection(r.old.sections[u]));
      }
    };
    // an old key line
    const t = r.old.sections.findIndex(x => x.lineStart === oldPos);
    if (t >= 0) {
      if (keyReused(t)) {
        return undefined;
      }
      closeItem();
      if (cur) {
        cur.end = pos;
      }
      appendFrom(t);
      return finish();
    }
    // an old item of the section being scanned, at the same indent
    const u = cur ? r.oldIndex.get(cur.key) : undefined;
    if (u === undefined) {
      return undefined;
    }
    const oldSec = r.old.sections[u];
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
    const lo = firstItemFrom(oldItems, oldPos);
    if (lo >= oldItems.length || oldItems[lo].start !== oldPos) {
      return undefined;
    }
    if (keyReused(u + 1)) {
      return undefined;
    }
    // this line is that item's first: what the scan would do with it, then the old items after it
    closeItem();
    const j = oldItems[lo];
    cur.items.push({
      blockStart: pendingComments >= 0 ? pendingComments : pos,
      start: pos,
      end: j.end + d,
      blankBefore: cur.items.length > 0 && lastLineBlank,
      entry: j.entry,
      hasErrors: j.hasErrors,
    });
    for (let x = lo + 1; x < oldItems.length; x++) {
      cur.items.push(shiftItem(oldItems[x], d));
    }
    cur.bodyEnd = oldSec.bodyEnd + d;
    cur.end = oldSec.end + d;
    appendFrom(u + 1);
    return finish();
  };

  while (pos < n) {
    if (resync && pos >= resync.after) {
      const done = takeOver(resync);
      if (done) {
        return done;
      }
    }
    let nl = text.indexOf('\n', pos);
    const next = nl < 0 ? n : nl + 1;
    if (next > limit) {
      return undefined;
    }
    if (nl < 0) {
      nl = n;
    }
    // only a \r before a \n ends a line here; a lone \r is content (yaml reads it so too)
    const end = nl > pos && nl < n && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    let i = pos;
    while (i < end && text.charCodeAt(i) === 32) {
      i++;
    }
    const indent = i - pos;
    const c = i < end ? text.charCodeAt(i) : -1;
    if (c === 9) {
      throw unusual(i); // tabs in indentation
    }
    if (c === -1) {
      lastLineBlank = true;
      pendingComments = -1;
      pos = next;
      continue;
    }
    if (c === 35 /* # */) {
      if (cur && indent > 0) {
        cur.bodyEnd = next;
        if (cur.items && item && indent > cur.itemIndent) {
          item.end = next;
        } else if (cur.items && indent === cur.itemIndent && pendingComments < 0) {
          pendingComments = pos;
        }
      } else if (cur?.items && cur.itemIndent === 0 && pendingComments < 0) {
        pendingComments = pos;
      }
      pos = next;
      continue;
    }
    if (indent === 0) {
      const isDash = c === 45 && (i + 1 === end || text.charCodeAt(i + 1) === 32);
      if (isDash && cur?.items && (cur.itemIndent === 0 || (cur.itemIndent < 0 && cur.valueKind === 'empty'))) {
        // an item of a list written at column 0
        if (cur.itemIndent < 0) {
          cur.itemIndent = 0;
          cur.valueKind = 'block-seq';
        }
        closeItem();
        item = {
          blockStart: pendingComments >= 0 ? pendingComments : pos,
          start: pos,
          end: next,
          blankBefore: cur.items.length > 0 && lastLineBlank,
          entry: undefined,
          hasErrors: false,
        };
        cur.bodyEnd = next;
        pendingComments = -1;
        lastLineBlank = false;
        pos = next;
        continue;
      }
      if (!sawContent && text.startsWith('---', i) && (end === i + 3 || text.charCodeAt(i + 3) === 32)) {
        const rest = text.substring(i + 3, end).trim();
        if (rest === '' || rest.startsWith('#')) {
          sawContent = true;
          pos = next;
          continue;
        }
      }
      TOP_KEY_RE.lastIndex = i;
      if (!TOP_KEY_RE.test(text)) {
        throw unusual(i);
      }
      const colon = TOP_KEY_RE.lastIndex - 1;
      if (colon + 1 < end && text.charCodeAt(colon + 1) !== 32) {
        throw unusual(i);
      }
      const key = text.substring(i, colon);
      if (seen.has(key)) {
        throw unusual(i);
      }
      seen.add(key);
      closeItem();
      if (cur) {
        cur.end = pos;
      }
      // the value on the key line, without its comment
      let v = colon + 1;
      while (v < end && text.charCodeAt(v) === 32) {
        v++;
      }
      let inlineEnd = v;
      if (v < end && text.charCodeAt(v) !== 35) {
        inlineEnd = inlineValueEnd(text, v, end);
      }
      const isList = ENTRY_LIST_SET.has(key);
      const inline = text.substring(v, inlineEnd);
      // from here on, a problem is this section's
      cur = undefined;
      item = undefined;
      let valueKind: SectionValueKind = inline === '' ? 'empty' : 'inline';
      if (isList && inline !== '') {
        if (/^\[ *\]$/.test(inline)) {
          valueKind = 'flow-seq';
        } else if (inline === '~' || inline === 'null') {
          valueKind = 'empty'; // `key: null` reads as an empty list; an insert replaces the `null`
        } else {
          throw new Unusual(v, pos, next); // a list written inline with items: let the full parse read it
        }
      }
      cur = {
        key,
        lineStart: pos,
        keyEnd: colon,
        headerEnd: next,
        inlineStart: v,
        inlineEnd,
        valueKind,
        bodyEnd: next,
        end: n,
        itemIndent: -1,
        blankSeparated: false,
        items: isList ? [] : undefined,
      };
      sections.push(cur);
      sawContent = true;
      pendingComments = -1;
      lastLineBlank = false;
      pos = next;
      continue;
    }
    // an indented content line
    if (!cur) {
      throw unusual(i);
    }
    sawContent = true;
    if (cur.items) {
      if (cur.valueKind === 'flow-seq' || cur.inlineEnd > cur.inlineStart) {
        throw unusual(i);
      }
      const isDash = c === 45 && (i + 1 === end || text.charCodeAt(i + 1) === 32);
      if (cur.itemIndent < 0) {
        if (!isDash) {
          throw unusual(i); // a list key whose value is not a sequence
        }
        cur.itemIndent = indent;
        cur.valueKind = 'block-seq';
      }
      if (indent === cur.itemIndent && isDash) {
        closeItem();
        item = {
          blockStart: pendingComments >= 0 ? pendingComments : pos,
          start: pos,
          end: next,
          blankBefore: cur.items.length > 0 && lastLineBlank,
          entry: undefined,
          hasErrors: false,
        };
      } else if (indent > cur.itemIndent && item) {
        item.end = next;
      } else {
        throw unusual(i);
      }
    } else if (cur.valueKind === 'empty') {
      cur.valueKind = 'block-map';
    }
    cur.bodyEnd = next;
    pendingComments = -1;
    lastLineBlank = false;
    pos = next;
  }
  closeItem();
  return finish();
}

/** The index of the first item that starts at or after `offset` (items are in text order). */
function firstItemFrom(items: readonly RawItem[], offset: number): number {
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

function shiftItem(it: RawItem, d: number): RawItem {
  return {
    blockStart: it.blockStart + d,
    start: it.start + d,
    end: it.end + d,
    blankBefore: it.blankBefore,
    entry: it.entry,
    hasErrors: it.hasErrors,
  };
}

/** End of an inline value on a key line: before a ` #` comment (outside quotes) and trailing spaces. */
function inlineValueEnd(text: string, v: number, end: number): number {
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

// ---------------------------------------------------------------------------------------------
// Entries and sections

const NEEDS_FULL_PARSE: ParsedEntry = Object.freeze({
  text: '',
  indent: -1,
  node: { kind: 'scalar', start: 0, end: 0, value: null, style: 'plain' },
  value: null,
  errors: [],
  memo: emptyMemo(),
}) as ParsedEntry;
const NEEDS_FULL_PARSE_SECTION: ParsedSectionValue = Object.freeze({ value: null, errors: [] });

function indentOf(text: string): number {
  let i = 0;
  while (text.charCodeAt(i) === 32) {
    i++;
  }
  return i;
}

/** Parses one entry's text (a one-item block sequence). */
export function parseEntryText(slice: string): ParsedEntry {
  const fast = parseSequenceFast(slice);
  if (fast && fast.items.length === 1) {
    const node = fast.items[0].node;
    return { text: slice, indent: indentOf(slice), node, value: toValue(node), errors: [], memo: emptyMemo() };
  }
  const doc = parseDocument(slice, YAML_OPTIONS);
  const errors = doc.errors.map(e => yamlProblem(e, slice));
  const contents = doc.contents as YamlNode | null;
  if (errors.length === 0 && (!isSeq(contents) || contents.items.length !== 1)) {
    // the scan and the parser disagree about where this entry ends: let the full parse decide
    return NEEDS_FULL_PARSE;
  }
  let node: YNode = { kind: 'scalar', start: 0, end: 0, value: null, style: 'plain' };
  let value: unknown = null;
  if (isSeq(contents) && contents.items.length >= 1) {
    const item = contents.items[0] as YamlNode | null;
    node = fromYamlNode(slice, item, indentOf(slice) + 1);
    if (errors.length === 0) {
      const converted = safeToJS(doc, item);
      if (converted.aliasMissing) {
        return NEEDS_FULL_PARSE; // an alias of an anchor defined elsewhere in the file
      }
      if (converted.error) {
        errors.push(converted.error);
      }
      value = converted.value;
    }
  }
  return { text: slice, indent: indentOf(slice), node, value, errors, memo: emptyMemo() };
}

function parseSectionText(slice: string, key: string): ParsedSectionValue {
  const doc = parseDocument(slice, YAML_OPTIONS);
  const errors = doc.errors.map(e => yamlProblem(e, slice));
  if (errors.length > 0) {
    return { value: undefined, errors };
  }
  const contents = doc.contents as YamlNode | null;
  if (!isMap(contents) || contents.items.length !== 1) {
    return NEEDS_FULL_PARSE_SECTION;
  }
  const converted = safeToJS(doc, contents);
  if (converted.aliasMissing) {
    return NEEDS_FULL_PARSE_SECTION;
  }
  if (converted.error) {
    return { value: undefined, errors: [converted.error] };
  }
  const obj = converted.value as Record<string, unknown>;
  return { value: obj?.[key], errors: [] };
}

function safeToJS(doc: Document, node: unknown): { value?: unknown; error?: Problem; aliasMissing?: boolean } {
  try {
    const value =
      node && typeof (node as { toJS?: unknown }).toJS === 'function'
        ? (node as YamlNode).toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT })
        : null;
    return { value };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/Unresolved alias/.test(message)) {
      return { aliasMissing: true };
    }
    const range = (node as YamlNode | null)?.range ?? [0, 0, 0];
    return {
      error: {
        code: 'yaml-resource',
        severity: 'error',
        start: range[0],
        end: range[1],
        message: /resource exhaustion/.test(message)
          ? 'Too many aliases: this looks like an alias bomb, so the file is not read. Remove the repeated aliases.'
          : `The YAML could not be read: ${message}`,
      },
    };
  }
}

function yamlProblem(e: YAMLError, text: string): Problem {
  const length = text.length;
  let start = Math.min(e.pos[0], length);
  let end = Math.max(start, Math.min(e.pos[1], length));
  let message = `YAML syntax: ${e.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '')}`;
  const quote = /^Missing closing (["'])quote/.exec(e.message);
  if (quote) {
    // yaml reports the end of the text; the useful place is where the quote opens
    const open = unclosedQuote(text, quote[1], start);
    if (open) {
      [start, end] = open;
      message = `This quoted value is never closed: add the closing ${quote[1]} at the end of the value.`;
    }
  }
  return { code: 'yaml-syntax', severity: 'error', start, end, message };
}

/** The first value before `before` that opens a `quote` and does not close it on its line. */
function unclosedQuote(text: string, quote: string, before: number): [number, number] | undefined {
  const re = quote === '"' ? /(^|[:\-,[{]\s*)"((?:[^"\\\n]|\\.)*)$/gm : /(^|[:\-,[{]\s*)'((?:[^'\n]|'')*)$/gm;
  for (let m = re.exec(text); m && m.index < before; m = re.exec(text)) {
    const at = m.index + m[1].length;
    const lineEnd = text.indexOf('\n', at);
    return [at, lineEnd < 0 ? text.length : lineEnd > at && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd];
  }
  return undefined;
}

/** Plain data from a fast-parsed node (the same shapes `yaml`'s toJS gives). */
function toValue(node: YNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(i => toValue(i.node));
    case 'map': {
      const obj: Record<string, unknown> = {};
      for (const p of node.pairs) {
        if (p.key === '__proto__') {
          Object.defineProperty(obj, p.key, {
            value: toValue(p.value),
            enumerable: true,
            writable: true,
            configurable: true,
          });
        } else {
          obj[p.key] = toValue(p.value);
        }
      }
      return obj;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The slow paths

/**
 * The line scan stopped at `at`. Parse a small window around it first: if that already shows a
 * syntax error there is no need to parse the whole (possibly huge) file to report it.
 */
function parseUnusual(text: string, eol: '\n' | '\r\n', u: Unusual): NetworkModel {
  // the window: from the item (or section) the scan was in to the next item of that list or the
  // next top-level key; an item is read under its section's key line so that it reads as an item
  const inItem = u.itemStart >= 0;
  const wStart = inItem ? u.itemStart : Math.max(0, u.sectionStart);
  const head = inItem ? text.substring(u.sectionStart, u.headerEnd) : '';
  let wEnd = text.length;
  for (let nl = text.indexOf('\n', u.at); nl >= 0 && nl + 1 < text.length; nl = text.indexOf('\n', nl + 1)) {
    const ls = nl + 1;
    const ind = indentOf(text.substring(ls, Math.min(ls + 256, text.length)));
    const ch = text.charCodeAt(ls + ind);
    const dash = ch === 45 && [32, 10, 13].includes(text.charCodeAt(ls + ind + 1));
    TOP_KEY_RE.lastIndex = ls;
    const key =
      ind === 0 && TOP_KEY_RE.test(text) && [32, 10, 13].includes(text.charCodeAt(TOP_KEY_RE.lastIndex) || 10);
    if (key || (inItem && dash && ind === u.itemIndent)) {
      wEnd = ls;
      break;
    }
  }
  if (wStart > 0 || wEnd < text.length) {
    const slice = head + text.substring(wStart, wEnd);
    const doc = parseDocument(slice, YAML_OPTIONS);
    const syntax = doc.errors.filter(e => e.code !== 'BAD_ALIAS');
    if (syntax.length > 0) {
      const map = (o: number): number => (o < head.length ? u.sectionStart + o : o - head.length + wStart);
      return brokenModel(
        text,
        eol,
        syntax.map(e => {
          const p = yamlProblem(e, slice);
          return { ...p, start: map(p.start), end: Math.max(map(p.start), map(p.end)) };
        }),
      );
    }
  }
  return parseFull(text, eol);
}

function brokenModel(text: string, eol: '\n' | '\r\n', syntaxErrors: Problem[]): NetworkModel {
  return {
    text,
    eol,
    syntaxErrors,
    sections: [],
    invitations: [],
    contacts: [],
    archive: [],
    rules: [],
    blueprints: [],
    opportunities: [],
    fast: false,
  };
}

/** The whole file through `yaml`: for layouts the scan does not handle and for cross-entry aliases. */
function parseFull(text: string, eol: '\n' | '\r\n'): NetworkModel {
  const doc = parseDocument(text, YAML_OPTIONS);
  if (doc.errors.length > 0) {
    return brokenModel(
      text,
      eol,
      doc.errors.map(e => yamlProblem(e, text)),
    );
  }
  const contents = doc.contents as YamlNode | null;
  const whole = safeToJS(doc, contents);
  if (whole.error || whole.aliasMissing) {
    return brokenModel(text, eol, [
      whole.error ?? {
        code: 'yaml-syntax',
        severity: 'error',
        start: 0,
        end: 0,
        message: 'YAML syntax: an alias refers to an anchor that is not defined.',
      },
    ]);
  }
  const lists: Record<EntryList, Entry[]> = {
    invitations: [],
    contacts: [],
    archive: [],
    rules: [],
    blueprints: [],
    opportunities: [],
  };
  const sections: Section[] = [];
  if (isMap(contents)) {
    const root = fromYamlNode(text, contents, 0);
    if (root.kind === 'map') {
      root.pairs.forEach((pair, pi) => {
        const next = root.pairs[pi + 1];
        const lineStart = pair.lineStart;
        const headerEnd = lineEndOf(text, pair.keyEnd);
        const v = pair.value;
        const isList = ENTRY_LIST_SET.has(pair.key);
        let valueKind: SectionValueKind = 'other';
        const entries: Entry[] = [];
        if (v.kind === 'seq') {
          valueKind = v.flow ? 'flow-seq' : 'block-seq';
          if (isList) {
            const yamlSeq = contents.items[pi].value as YamlNode;
            v.items.forEach((it, idx) => {
              entries.push(
                fullEntry(
                  text,
                  doc,
                  pair.key as EntryList,
                  idx,
                  it,
                  (yamlSeq as { items: YamlNode[] }).items[idx],
                  v.flow,
                ),
              );
            });
            lists[pair.key as EntryList] = entries;
          }
        } else if (v.kind === 'scalar' && v.start === v.end) {
          valueKind = 'empty';
        } else if (v.kind === 'map' && !v.flow) {
          valueKind = 'block-map';
        } else {
          valueKind = 'inline';
        }
        const bodyEnd = Math.max(headerEnd, pair.lineEnd);
        const blockSeq = v.kind === 'seq' && !v.flow && v.items.length > 0;
        sections.push({
          key: pair.key,
          lineStart,
          keyEnd: pair.keyEnd,
          headerEnd,
          inlineStart: v.start < headerEnd ? v.start : pair.keyEnd + 1,
          inlineEnd: v.start < headerEnd ? Math.min(v.end, headerEnd) : pair.keyEnd + 1,
          valueKind,
          bodyEnd,
          end: next ? next.lineStart : text.length,
          itemIndent: blockSeq ? v.items[0].dash - lineStartOfOffset(text, v.items[0].dash) : -1,
          blankSeparated: false,
          entries,
          value: safeToJS(doc, contents.items[pi].value).value,
        });
      });
    }
  }
  return { text, eol, syntaxErrors: [], sections, ...lists, fast: false };
}

function lineEndOf(text: string, p: number): number {
  const nl = text.indexOf('\n', p);
  return nl < 0 ? text.length : nl + 1;
}

function lineStartOfOffset(text: string, p: number): number {
  return text.lastIndexOf('\n', p - 1) + 1;
}

function fullEntry(
  text: string,
  doc: Document,
  list: EntryList,
  index: number,
  item: YItem,
  yamlNode: YamlNode,
  flow: boolean,
): Entry {
  const start = flow ? item.lineStart : item.lineStart;
  const end = item.lineEnd;
  const slice = text.substring(start, end);
  const converted = safeToJS(doc, yamlNode);
  const parsed: ParsedEntry = {
    text: slice,
    indent: flow ? -1 : item.dash - start,
    node: shiftNode(item.node, -start),
    value: converted.value ?? null,
    errors: [],
    memo: emptyMemo(),
  };
  return { list, index, start, blockStart: start, end, parsed };
}

function shiftNode(node: YNode, d: number): YNode {
  switch (node.kind) {
    case 'scalar':
      return { ...node, start: node.start + d, end: node.end + d };
    case 'map':
      return {
        ...node,
        start: node.start + d,
        end: node.end + d,
        pairs: node.pairs.map(p => ({
          ...p,
          keyStart: p.keyStart + d,
          keyEnd: p.keyEnd + d,
          lineStart: p.lineStart + d,
          lineEnd: p.lineEnd + d,
          value: shiftNode(p.value, d),
        })),
      };
    case 'seq':
      return {
        ...node,
        start: node.start + d,
        end: node.end + d,
        items: node.items.map(i => ({
          ...i,
          dash: i.dash + d,
          lineStart: i.lineStart + d,
          lineEnd: i.lineEnd + d,
          node: shiftNode(i.node, d),
        })),
      };
  }
}
