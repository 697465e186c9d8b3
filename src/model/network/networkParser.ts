// network.yaml text -> NetworkModel, fast at 30,000 contacts.
//
// The `yaml` package keeps comments but is slow on big files, so the file is first cut into
// top-level sections and list entries by a line scan, each entry is parsed on its own by the
// fast subset parser (or by `yaml` when it declines), and parsed entries are memoised by their
// text: after a keystroke only the touched entry is parsed again. Anything the scan does not
// understand falls back to a full `yaml` parse, which is always right, only slower.
//
// The steps, one file each: lineScan (text -> layout), incrementalScan (the lines around an edit),
// layoutReuse (what the edit left unchanged), entryParse (one entry), fullParse (the slow paths).

import type { TextChange } from '../yaml/changes';
import type { ChangeMap } from './changeMap';
import { changeMap } from './changeMap';
import type { ParsedSectionValue } from './entryParse';
import { NEEDS_FULL_PARSE, NEEDS_FULL_PARSE_SECTION, parseEntryText, parseSectionText } from './entryParse';
import { parseFull, parseUnusual } from './fullParse';
import { conflictedModel } from '../merge/conflictMarkers';
import { scanChangedOrWhole } from './incrementalScan';
import type { Layout, RawItem, RawSection } from './layout';
import { ENTRY_LIST_SET, sizedCopy } from './layout';
import { reusedEntry } from './layoutReuse';
import { ListEntry, SectionAnchor } from './listEntry';
import { recordDocument, recordKeptEntries } from './modelDocument';
import { scanLayout, Unusual } from './lineScan';
import type { Entry, EntryList, NetworkModel, Problem, Section } from './network';
import { emptyEntryLists, sourceOf } from './network';
import type { TextSource } from '../yaml/pieceText';
import { PieceText } from '../yaml/pieceText';

/** The value of each section that is not an entry list, with the text it was read from. */
type SectionValues = Map<string, { slice: string; parsed: ParsedSectionValue }>;

/**
 * Parses network texts, reusing the entries of the last well-formed parse so that an edit
 * re-parses only what it touched. One instance per document.
 */
export class NetworkParser {
  private reuse: Reuse | undefined;
  private lastText: TextSource | undefined;

  /**
   * `changes`, when known, say which ranges of the previous text were replaced (sorted, not
   * overlapping, in the previous text's offsets): they spare comparing the unchanged entries'
   * text. Without them, entries are compared in place. `input` may be a PieceText (the text in
   * blocks): an incremental parse reads the lines around the changes through it and never makes
   * it one string; a parse of the whole text reads it as one string. The model's `source` is `input`.
   */
  parse(input: TextSource, changes?: TextChange | readonly TextChange[]): NetworkModel {
    const list =
      changes === undefined
        ? undefined
        : Array.isArray(changes)
          ? (changes as readonly TextChange[])
          : [changes as TextChange];
    const sectionValues: SectionValues = new Map();
    // the change is relative to the last text parsed, which is the reused model's only if that parse was a fast one
    const reusable = this.reuse && sourceOf(this.reuse.model) === this.lastText ? this.lastText : undefined;
    const delta = list?.reduce((d, c) => d + c.delta, 0);
    const hint =
      list && reusable !== undefined && reusable.length + (delta ?? 0) === input.length ? changeMap(list) : undefined;
    // only an incremental parse reads a PieceText as it is: a whole parse reads every character, of one string
    const text = hint ? input : PieceText.flatten(input);
    this.lastText = input;
    const result = parseWithReuse(text, this.reuse && { ...this.reuse, change: hint }, sectionValues, input);
    if (result.layout) {
      this.reuse = { model: result.model, layout: result.layout, sectionValues };
    }
    recordDocument(result.model, this);
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
  readonly sectionValues: SectionValues;
  readonly change?: ChangeMap;
}

/** The model of `text`, and its layout when the fast path read it (the next parse reuses both). */
function parseWithReuse(
  text: TextSource,
  reuse: Reuse | undefined,
  sectionValues: SectionValues,
  source: TextSource = text,
): { model: NetworkModel; layout?: Layout } {
  const eol = /\r\n/.test(text.substring(0, text.indexOf('\n') + 1)) ? '\r\n' : '\n';
  let layout: Layout;
  try {
    layout = reuse?.change ? scanChangedOrWhole(text, reuse.layout, reuse.change) : scanLayout(text);
  } catch (e) {
    if (e instanceof Unusual) {
      // a conflict marker line is always unusual to the scan: only a file the scan gave up on can have one
      const flat = PieceText.flatten(text);
      return { model: conflictedModel(flat, eol) ?? parseUnusual(flat, eol, e) };
    }
    throw e;
  }
  const model = new LayoutReading(text, reuse, sectionValues).model(eol, layout, source);
  return model ? { model, layout } : { model: parseFull(PieceText.flatten(text), eol) };
}

/** Reads the sections and entries of a layout, reusing the earlier parses that still hold. */
class LayoutReading {
  private readonly syntaxErrors: Problem[] = [];
  /** Where each list section's anchor goes, applied only once the whole model is read. */
  private readonly anchorMoves: { anchor: SectionAnchor; base: number }[] = [];
  /** Per list, how many first entries are the reused model's very entries (for the validation). */
  private readonly kept: Partial<Record<EntryList, number>> = {};

  constructor(
    private readonly text: TextSource,
    private readonly reuse: Reuse | undefined,
    private readonly sectionValues: SectionValues,
  ) {}

  /** The model; undefined when only a parse of the whole file can read something in it. */
  model(eol: '\n' | '\r\n', layout: Layout, source: TextSource): NetworkModel | undefined {
    const sections: Section[] = [];
    const lists = emptyEntryLists();
    for (const raw of layout.sections) {
      let section: Section | undefined;
      if (raw.items) {
        const entries = this.entries(raw.key as EntryList, raw, raw.items);
        if (entries && ENTRY_LIST_SET.has(raw.key)) {
          lists[raw.key as EntryList] = entries;
        }
        section = entries && listSection(raw, entries);
      } else {
        section = this.valueSection(raw);
      }
      if (!section) {
        return undefined;
      }
      sections.push(section);
    }
    for (const move of this.anchorMoves) {
      move.anchor.base = move.base;
    }
    const model: NetworkModel = {
      // one string only for a reader that asks (a PieceText makes it once and keeps it)
      get text(): string {
        return source.toString();
      },
      source,
      eol,
      syntaxErrors: this.syntaxErrors,
      sections,
      ...lists,
      fast: true,
    };
    if (this.reuse) {
      recordKeptEntries(model, this.reuse.model, this.kept);
    }
    return model;
  }

  /**
   * The entries of `list`, each the one an item kept, an earlier parse of its text, or a new parse.
   * An item whose entry has the same offsets relative to the section's key line and the same index
   * keeps that very entry: the section's anchor moves (once the whole model is read), not its entries.
   */
  private entries(list: EntryList, raw: RawSection, items: readonly RawItem[]): Entry[] | undefined {
    const text = this.text;
    const old = this.reuse?.model[list];
    const anchor = anchorOf(old);
    this.anchorMoves.push({ anchor, base: raw.lineStart });
    const base = raw.lineStart;
    const n = items.length;
    // the items an incremental scan kept: the earlier model's entries, copied at once
    const kept = keptEntries(raw, items, old, this.reuse);
    this.kept[list] = kept;
    // (one copy of the right size; the loop overwrites the places after the kept ones)
    const entries: Entry[] = kept > 0 ? sizedCopy(old!, n) : new Array<Entry>(n);
    for (let i = kept; i < n; i++) {
      const item = items[i];
      const prev = item.entry;
      if (
        prev &&
        prev.anchor === anchor &&
        prev.relStart === item.relStart &&
        prev.relEnd === item.relEnd &&
        prev.relBlockStart === item.relBlockStart &&
        prev.index === i &&
        prev.list === list
      ) {
        // an item the edit did not touch or move within its section: the very same entry
        entries[i] = prev;
        if (item.hasErrors) {
          this.addErrors(prev.parsed.errors, base + item.relStart);
        }
        continue;
      }
      const start = base + item.relStart;
      const end = base + item.relEnd;
      // the old entries' offsets are still the old text's here: the anchors move after the reading
      const parsed =
        prev?.parsed ??
        reusedEntry(text, start, end, i, n, old, this.reuse?.change) ??
        parseEntryText(text.substring(start, end));
      if (parsed === NEEDS_FULL_PARSE) {
        return undefined;
      }
      if (prev ? item.hasErrors : parsed.errors.length > 0) {
        this.addErrors(parsed.errors, start);
      }
      const entry = new ListEntry(list, i, anchor, item.relStart, item.relBlockStart, item.relEnd, parsed);
      item.entry = entry;
      item.hasErrors = parsed.errors.length > 0;
      entries[i] = entry;
    }
    return entries;
  }

  /** A section that is not an entry list, its value read by `yaml` unless its text is unchanged. */
  private valueSection(raw: RawSection): Section | undefined {
    const slice = this.text.substring(raw.lineStart, raw.end);
    const before = this.reuse?.sectionValues.get(raw.key);
    const parsed = before && before.slice === slice ? before.parsed : parseSectionText(slice, raw.key);
    this.sectionValues.set(raw.key, { slice, parsed });
    if (parsed === NEEDS_FULL_PARSE_SECTION) {
      return undefined;
    }
    this.addErrors(parsed.errors, raw.lineStart);
    const value = parsed.value;
    return sectionOf(raw, [], () => value);
  }

  /** Errors with offsets relative to `start`, added at their place in the text. */
  private addErrors(errors: readonly Problem[], start: number): void {
    for (const err of errors) {
      this.syntaxErrors.push({ ...err, start: err.start + start, end: err.end + start });
    }
  }
}

/**
 * How many of the first items are the ones the earlier model read, at the same index and offsets
 * (RawSection.keptItems): their entries are that model's. None when that model had syntax errors,
 * which the loop over the items reports again.
 */
function keptEntries(
  raw: RawSection,
  items: readonly RawItem[],
  old: readonly Entry[] | undefined,
  reuse: Reuse | undefined,
): number {
  const k = Math.min(raw.keptItems ?? 0, items.length, old?.length ?? 0);
  if (k === 0 || !reuse || reuse.model.syntaxErrors.length > 0 || items[k - 1].entry !== old![k - 1]) {
    return 0;
  }
  return k;
}

/** The anchor of a list's section in the earlier model (its entries share one), or a new one. */
function anchorOf(old: readonly Entry[] | undefined): SectionAnchor {
  const first = old?.[0];
  return first instanceof ListEntry ? first.anchor : new SectionAnchor(0);
}

function listSection(raw: RawSection, entries: readonly Entry[]): Section {
  if (raw.valueKind === 'empty') {
    return sectionOf(raw, entries, () => null);
  }
  // the list as plain data, worked out only if asked for (the entries are what is read)
  let values: unknown[] | undefined;
  return sectionOf(raw, entries, () => (values ??= entries.map(e => e.parsed.value)));
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
