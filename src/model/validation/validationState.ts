// What the validation of a document's last model found, kept so that the next model's validation
// visits only the entries that changed: the entries are compared with the last ones by identity
// (the parser shares the unchanged ones; those it kept before the edit are not even compared), each
// list's problem entries are kept by index, and the people are counted by identity so that a
// duplicate is known without visiting them all.

import { keptEntryCount } from '../network/modelDocument';
import type { Entry, EntryList, NetworkModel, Problem } from '../network/network';
import { ENTRY_LISTS, PERSON_LISTS } from '../network/network';
import { identityNumberBound, identityNumberOfEntry, identityNumbering } from '../people/person';
import { entryProblems } from './entryProblems';

type Lists = Readonly<Record<EntryList, readonly Entry[]>>;

const PERSON_LIST_SET: ReadonlySet<EntryList> = new Set(PERSON_LISTS);
const NO_ENTRIES: readonly Entry[] = [];
const NO_LISTS: Lists = {
  invitations: NO_ENTRIES,
  contacts: NO_ENTRIES,
  archive: NO_ENTRIES,
  rules: NO_ENTRIES,
  blueprints: NO_ENTRIES,
  opportunities: NO_ENTRIES,
};

/** The validation of one document's models, one after the other. */
export class ValidationState {
  private lists: Lists = NO_LISTS;
  /** Per list, the indices of its entries that have problems of their own, ascending. */
  private problemIndices: Record<EntryList, number[]> = {
    invitations: [],
    contacts: [],
    archive: [],
    rules: [],
    blueprints: [],
    opportunities: [],
  };
  /** How many people have each identity number (of numbering `numbering`). */
  private counts = new Int32Array(16);
  /** The identity numbers that more than one person has. */
  private readonly shared = new Set<number>();
  private numbering = -1;

  /** Brings the state to `lists`, visiting only the entries that differ from the last ones. */
  update(lists: Lists | NetworkModel): void {
    if (this.numbering !== identityNumbering()) {
      this.restart();
    }
    this.grow(identityNumberBound());
    for (const list of ENTRY_LISTS) {
      const before = this.lists[list];
      // the first entries the parse kept are the very same: the window starts after them
      const kept = 'sections' in lists ? keptEntryCount(lists, list, before) : 0;
      this.updateList(list, lists[list], kept);
    }
    this.lists = {
      invitations: lists.invitations,
      contacts: lists.contacts,
      archive: lists.archive,
      rules: lists.rules,
      blueprints: lists.blueprints,
      opportunities: lists.opportunities,
    };
  }

  /** Each entry's own problems, in the file's offsets, list by list in the order of the entries. */
  entryProblems(): Problem[] {
    const out: Problem[] = [];
    for (const list of ENTRY_LISTS) {
      const entries = this.lists[list];
      for (const i of this.problemIndices[list]) {
        const entry = entries[i];
        const start = entry.start;
        for (const p of entryProblems(entry, list)) {
          out.push({ ...p, start: p.start + start, end: p.end + start });
        }
      }
    }
    return out;
  }

  /** Whether two or more people share an identity (only then is there a duplicate to report). */
  hasDuplicates(): boolean {
    return this.shared.size > 0;
  }

  /** Starts over: nothing seen (the identity numbering started afresh). */
  private restart(): void {
    for (const list of ENTRY_LISTS) {
      this.problemIndices[list] = [];
    }
    this.lists = NO_LISTS;
    this.counts = new Int32Array(16);
    this.shared.clear();
    this.numbering = identityNumbering();
  }

  private grow(bound: number): void {
    if (bound > this.counts.length) {
      const grown = new Int32Array(Math.max(bound, this.counts.length * 2));
      grown.set(this.counts);
      this.counts = grown;
    }
  }

  /** The entries of `list` now: what changed is the window between the common start and end. */
  private updateList(list: EntryList, now: readonly Entry[], kept: number): void {
    const before = this.lists[list];
    if (before === now) {
      return;
    }
    const [lo, beforeEnd, nowEnd] = changedWindow(before, now, kept);
    if (PERSON_LIST_SET.has(list)) {
      for (let i = lo; i < beforeEnd; i++) {
        this.count(before[i], -1);
      }
      for (let i = lo; i < nowEnd; i++) {
        this.count(now[i], 1);
      }
    }
    const old = this.problemIndices[list];
    const indices: number[] = [];
    let k = 0;
    while (k < old.length && old[k] < lo) {
      indices.push(old[k++]);
    }
    for (let i = lo; i < nowEnd; i++) {
      if (entryProblems(now[i], list).length > 0) {
        indices.push(i);
      }
    }
    while (k < old.length && old[k] < beforeEnd) {
      k++;
    }
    for (; k < old.length; k++) {
      indices.push(old[k] - beforeEnd + nowEnd);
    }
    this.problemIndices[list] = indices;
  }

  private count(entry: Entry, by: 1 | -1): void {
    const n = identityNumberOfEntry(entry);
    if (n < 0) {
      return;
    }
    this.grow(n + 1);
    const c = (this.counts[n] += by);
    if (c >= 2) {
      this.shared.add(n);
    } else {
      this.shared.delete(n);
    }
  }
}

/**
 * The entries of `now` that are not those of `before`: [lo, nowEnd) replaced [lo, beforeEnd). The
 * same entry, or one with the same parse (an entry after an edit in its list), counts as unchanged.
 * The first `same` entries are known to be the very same (the ones the parse kept), not compared.
 */
export function changedWindow(before: readonly Entry[], now: readonly Entry[], same = 0): [number, number, number] {
  const max = Math.min(before.length, now.length);
  let lo = Math.min(same, max);
  while (lo < max && (before[lo] === now[lo] || before[lo].parsed === now[lo].parsed)) {
    lo++;
  }
  let b = before.length;
  let n = now.length;
  while (b > lo && n > lo && (before[b - 1] === now[n - 1] || before[b - 1].parsed === now[n - 1].parsed)) {
    b--;
    n--;
  }
  return [lo, b, n];
}
