// Two versions of network.yaml merged into the first ("ours") as minimal edits of its text: people
// by identity, opportunities and blueprints by id, rules by what they say, the other sections as a
// whole; nobody, no note, no decision and no comment of either side is lost.

import { appendToList, ListEditError, removeEntries } from '../actions/listEdits';
import type { Entry, EntryList, NetworkModel, Section } from '../network/network';
import { ENTRY_LISTS, PERSON_LISTS, section } from '../network/network';
import { EntryEditError, reindent } from '../yaml/entryFields';
import type { TextEdit } from '../yaml/textEdits';
import { normalizeEdits } from '../yaml/textEdits';
import type { EntryGroup, EntryMerge, MergedKind, PairContext } from './entryMerge';
import { mergeEntry } from './entryMerge';
import type { AncestorVersion, KeyGroup, PairKind } from './entryPairs';
import { keyGroups, pairedLists } from './entryPairs';
import { sameValue } from './fieldMerge';
import { commentLines } from './mergeComments';
import { looseComments, sectionEdits } from './sectionMerge';
import type { MergeSummary } from './mergeSummary';
import { emptySummary } from './mergeSummary';

/** Throws ListEditError when a list is written in a way the edit engine does not rewrite. */
export function mergeNetworks(
  ours: NetworkModel,
  theirs: NetworkModel,
  ancestor: AncestorVersion | undefined,
  ctx: Omit<PairContext, 'ours' | 'theirs'>,
): { edits: TextEdit[]; summary: MergeSummary } {
  const base = ancestor?.model;
  const pairCtx: PairContext = { ...ctx, ours, theirs };
  const run = new MergeRun(pairCtx);
  for (const { kind, lists } of pairedLists()) {
    for (const g of keyGroups(ours, theirs, ancestor, kind, lists)) {
      run.group(kind, g);
    }
  }
  run.misplaced();
  const edits = [...run.entryEdits, ...run.listEdits()];
  edits.push(...sectionEdits(ours, theirs, base, ctx.theirsLabel, run.summary, run.appendedTo()));
  return { edits: normalizeEdits(edits), summary: run.summary };
}

/** The merge of the entries: edits in place, entries taken out of a list, blocks to append to a list. */
class MergeRun {
  readonly summary = emptySummary();
  readonly entryEdits: TextEdit[] = [];
  /** Ours' entries a merge has taken care of. */
  private readonly touched = new Set<Entry>();
  private readonly removals = new Map<EntryList, Entry[]>();
  private readonly appends = new Map<EntryList, string[]>();

  constructor(private readonly ctx: PairContext) {}

  /**
   * One key's entries: those alike on both sides stay; the others pair up (same list first), and
   * what is left over joins an entry of ours for the same key (the line merge of git may have put a
   * moved entry's two versions in two places); theirs' entries of a key ours lacks are added.
   */
  group(kind: PairKind, g: KeyGroup): void {
    if (g.ours.length === 0) {
      for (const t of g.theirs) {
        this.add(kind, t);
      }
      return;
    }
    const agreed = new Set<Entry>();
    const restT = g.theirs.filter(t => {
      const o = g.ours.find(x => !agreed.has(x) && this.same(x, t, kind));
      if (o) {
        agreed.add(o);
      }
      return !o;
    });
    const restO = g.ours.filter(o => !agreed.has(o));
    const canJoin = kind !== 'rule' && !g.key.startsWith('text:');
    if (canJoin && g.ours.length > 1 && g.joinable) {
      // one person twice in ours: git's merge took a moved entry's two versions at their two places
      // (removed here and noted there, accepted here and ignored there); one entry per person
      const [survivor, ...others] = g.ours;
      this.merge(kind, { survivor, others: [...others, ...restT], base: g.base });
      return;
    }
    if (kind === 'rule' || (restT.length === 0 && restO.length === 0)) {
      restT.forEach(t => this.add(kind, t));
      return;
    }
    const listOf = this.ctx.listOf;
    const groups = new Map<Entry, Entry[]>();
    const leftT: Entry[] = [];
    for (const t of restT) {
      const o = restO.find(x => listOf(x) === listOf(t) && !groups.has(x)) ?? restO.find(x => !groups.has(x));
      if (o) {
        groups.set(o, [t]);
      } else {
        leftT.push(t);
      }
    }
    const home = [...groups.keys()][0] ?? [...agreed][0];
    for (const x of [...restO.filter(o => !groups.has(o)), ...leftT]) {
      if (canJoin && home && x !== home) {
        groups.set(home, [...(groups.get(home) ?? []), x]);
      } else if (leftT.includes(x)) {
        this.add(kind, x);
      }
    }
    for (const [survivor, others] of groups) {
      this.merge(kind, { survivor, others, base: g.base });
    }
  }

  /** Ours' entries the merge did not touch but git's line merge put under another list's key: moved back. */
  misplaced(): void {
    for (const list of PERSON_LISTS) {
      for (const e of this.ctx.ours[list]) {
        if (!this.touched.has(e) && this.ctx.listOf(e) !== e.list) {
          this.merge('person', { survivor: e, others: [] });
        }
      }
    }
  }

  /** An entry only theirs has: appended to its list. */
  private add(kind: PairKind, t: Entry): void {
    this.append(this.ctx.listOf(t), this.blockOf(t));
    this.count(kind, 'added');
  }

  private merge(kind: PairKind, group: EntryGroup): void {
    this.touched.add(group.survivor);
    group.others.forEach(o => this.touched.add(o));
    let merged: EntryMerge;
    try {
      merged = mergeEntry(group, kind as MergedKind, this.ctx);
    } catch (e) {
      if (!(e instanceof EntryEditError || e instanceof ListEditError)) {
        throw e;
      }
      // the versions stay side by side: a duplicate to merge by hand beats a lost one
      for (const other of group.others.filter(o => !this.isOurs(o))) {
        this.append(this.ctx.listOf(other), this.blockOf(other));
      }
      this.summary.keptTwice.push(describeEntry(group.survivor));
      return;
    }
    this.entryEdits.push(...merged.edits);
    for (const other of group.others.filter(o => this.isOurs(o))) {
      this.remove(other); // a second version in ours: joined into the survivor
    }
    if (merged.move) {
      this.remove(group.survivor);
      this.append(merged.move.target, merged.move.block);
    }
    if (merged.decided) {
      this.summary.decisionsTaken++;
    }
    if (group.others.length === 0) {
      this.summary.movedBack++;
      return;
    }
    this.count(kind, 'merged');
    this.summary.notesAdded += merged.notes;
    this.summary.tagsAdded += merged.tags;
    this.summary.valuesKeptInNotes += merged.lost;
    this.summary.commentsKept += merged.comments;
  }

  private isOurs(e: Entry): boolean {
    return this.ctx.ours[e.list].includes(e);
  }

  private same(ours: Entry, theirs: Entry, kind: PairKind): boolean {
    if (kind === 'rule') {
      return sameValue(ours.parsed.value, theirs.parsed.value);
    }
    const lead = (m: NetworkModel, e: Entry): string => m.text.slice(e.blockStart, e.start);
    return (
      this.ctx.listOf(ours) === this.ctx.listOf(theirs) &&
      ours.list === theirs.list &&
      ours.parsed.text === theirs.parsed.text &&
      lead(this.ctx.ours, ours) === lead(this.ctx.theirs, theirs)
    );
  }

  private count(kind: PairKind, what: 'added' | 'merged'): void {
    const s = this.summary;
    if (kind === 'person') {
      s[what === 'added' ? 'peopleAdded' : 'peopleMerged']++;
    } else if (kind === 'opportunity') {
      s[what === 'added' ? 'opportunitiesAdded' : 'opportunitiesMerged']++;
    } else {
      s.otherEntries++;
    }
  }

  /** Theirs' entry as a block at column 0, with the comments above it, in ours' line endings. */
  private blockOf(e: Entry): string {
    const eol = this.ctx.ours.eol;
    if (e.parsed.indent < 0) {
      return `- ${e.parsed.text.trim()}${eol}`; // an item of a `[...]` list, written as a block item
    }
    const raw = this.ctx.theirs.text.slice(e.blockStart, e.end).replace(/\r?\n/g, eol);
    return reindent(raw.endsWith('\n') ? raw : raw + eol, -e.parsed.indent);
  }

  private remove(e: Entry): void {
    this.removals.set(e.list, [...(this.removals.get(e.list) ?? []), e]);
  }

  private append(list: EntryList, block: string): void {
    this.appends.set(list, [...(this.appends.get(list) ?? []), block]);
  }

  appendedTo(): ReadonlySet<EntryList> {
    return new Set(this.appends.keys());
  }

  /** The removals and appends, one edit per list (a list created once, emptied lists that get entries kept open). */
  listEdits(): TextEdit[] {
    const ours = this.ctx.ours;
    const edits: TextEdit[] = [];
    for (const [list, entries] of this.removals) {
      const sec = section(ours, list)!;
      const removed = removeEntries(ours, sec, entries);
      edits.push(...(this.appends.has(list) ? removed.filter(e => !isEmptiedListMark(sec, e)) : removed));
    }
    for (const list of ENTRY_LISTS) {
      const blocks = this.appends.get(list);
      if (!blocks) {
        continue;
      }
      const sec = section(ours, list);
      const sep = sec?.blankSeparated ? ours.eol : '';
      const leading = sec ? '' : sectionComments(this.ctx.theirs, list, ours.eol);
      edits.push(...appendToList(ours, list, leading + blocks.join(sep), 0, indentFor(this.ctx, list)));
    }
    return edits;
  }
}

/** The `key: []` that removeEntries writes when it empties a list. */
function isEmptiedListMark(sec: Section, e: TextEdit): boolean {
  return e.start === sec.keyEnd + 1 && e.end === e.start && e.text === ' []';
}

/** The column of a list's dashes when ours has no such list: theirs', else ours' contacts', else 2. */
function indentFor(ctx: PairContext, list: EntryList): number {
  const t = section(ctx.theirs, list)?.itemIndent ?? -1;
  if (t >= 0) {
    return t;
  }
  const c = section(ctx.ours, 'contacts')?.itemIndent ?? -1;
  return c >= 0 ? c : 2;
}

/** The comments of theirs' list outside its entries (its key line's too), as lines at column 0. */
function sectionComments(theirs: NetworkModel, list: EntryList, eol: string): string {
  const sec = section(theirs, list);
  return sec
    ? commentLines(
        looseComments(theirs, sec).map(c => ({ text: c.text })),
        0,
        eol,
      )
    : '';
}

/** How a message names an entry. */
function describeEntry(e: Entry): string {
  const v = e.parsed.value as Record<string, unknown> | null;
  const name = v && typeof v === 'object' ? (v.name ?? v.id ?? v.role) : undefined;
  return typeof name === 'string' ? name : `an entry of ${e.list}`;
}
