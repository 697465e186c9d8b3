// Which side of a merge wins, and the field values of one entry merged from two versions (and
// their common ancestor, when git showed it). Pure data: entryMerge.ts writes the result.

import type { Entry, EntryList, PersonList } from '../network/network';
import { isRecord, record, text } from '../network/network';
import { notesOf } from '../opportunities/opportunity';

/**
 * Fields actions take away (follow, doneOnLinkedIn, acknowledgeMove, reopening...): when the ancestor
 * shows both sides changed one and the winner took it away, that is the decision and the other
 * value goes to the note. Without the ancestor an addition cannot be told from a removal, so a
 * value only one side has is kept: a to-do done twice is better than a decision lost.
 */
const TAKEN_AWAY_BY_ACTIONS = new Set([
  'following',
  'snoozed',
  'todoOnLinkedIn',
  'moved',
  'outcome',
  'decided',
  'reason',
  'closed',
]);
/** Fields that only make sense in one list (a snooze is pending; an outcome is archived). */
const ONLY_IN: Record<string, PersonList> = {
  snoozed: 'invitations',
  outcome: 'archive',
  decided: 'archive',
  reason: 'archive',
};
/** Dropped with their list without a word: a snooze is superseded by any decision. */
const DROPPED_SILENTLY = new Set(['snoozed']);

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The latest day among the fields (YYYY-MM-DD sorts as text); '' when none. */
export function latestDay(values: readonly unknown[]): string {
  let latest = '';
  for (const v of values) {
    const s = text(v)?.trim();
    if (s && DAY.test(s) && s > latest) {
      latest = s;
    }
  }
  return latest;
}

/** One version of an entry in a merge: its list and its fields. */
export interface Version {
  readonly list: EntryList;
  readonly record: Record<string, unknown>;
}

export function versionOf(entry: Entry, list: EntryList = entry.list): Version {
  return { list, record: record(entry) };
}

/**
 * The list a person's own fields say they belong in: an outcome is archived, a connection without
 * one is a contact, an archive entry with neither is pending. For entries git's line merge may have
 * put under another list's key (see resolveConflict); any other entry stays where it is.
 */
export function stateList(entry: Entry): EntryList {
  const r = record(entry);
  const has = (k: string): boolean => !!text(r[k])?.trim();
  switch (entry.list) {
    case 'invitations':
      return has('outcome') ? 'archive' : has('connected') ? 'contacts' : 'invitations';
    case 'contacts':
      return has('outcome') ? 'archive' : 'contacts';
    case 'archive':
      return has('outcome') ? 'archive' : has('connected') ? 'contacts' : 'invitations';
    default:
      return entry.list;
  }
}

/** A person's last word: the later of `lastContact`, `decided` and `connected`. */
export function personStamp(r: Record<string, unknown>): string {
  return latestDay([r.lastContact, r.decided, r.connected]);
}

/** An opportunity's last word: the later of `closed`, `submitted` and its notes' days. */
export function opportunityStamp(r: Record<string, unknown>): string {
  return latestDay([r.closed, r.submitted, ...notesOf(r.notes).map(n => n.date)]);
}

/** Where a person ends up and which side's values win where both changed. */
export interface PersonOutcome {
  readonly target: PersonList;
  readonly theirsWins: boolean;
}

/**
 * The list: the same on both sides; else the side that moved it (the ancestor says which); else a
 * decision (contacts, archive) over pending; else the later decision, and on the same day the archive
 * (the later step: people are archived after being connected, never before).
 */
export function personOutcome(ours: Version, theirs: Version, baseList: EntryList | undefined): PersonOutcome {
  const lo = ours.list as PersonList;
  const lt = theirs.list as PersonList;
  const later = personStamp(theirs.record) > personStamp(ours.record);
  if (lo === lt) {
    return { target: lo, theirsWins: later };
  }
  if (baseList === lo) {
    return { target: lt, theirsWins: true };
  }
  if (baseList === lt) {
    return { target: lo, theirsWins: false };
  }
  if (lo === 'invitations') {
    return { target: lt, theirsWins: true };
  }
  if (lt === 'invitations') {
    return { target: lo, theirsWins: false };
  }
  const earlier = personStamp(ours.record) > personStamp(theirs.record);
  const theirsWins = later || (!earlier && lt === 'archive');
  return { target: theirsWins ? lt : lo, theirsWins };
}

export interface FieldPlan {
  /** Values to write on ours' entry (different from what it has). */
  readonly set: ReadonlyMap<string, unknown>;
  /** Keys to take off ours' entry. */
  readonly remove: readonly string[];
  /** `key: value` of the values that lost: kept in a dated note. */
  readonly lost: readonly string[];
}

export interface FieldRules {
  /** Keys merged elsewhere (notes, tags). */
  readonly skip: ReadonlySet<string>;
  /** The list the entry ends in (people): fields of other lists are dropped. */
  readonly target?: PersonList;
  /** Keys whose later day is kept, without a note (`lastContact`). */
  readonly latest: ReadonlySet<string>;
}

/** `company: Acme`, a value as the note says it. */
export function showValue(key: string, v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return `${key}: ${s}`;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Every field of the two versions merged: the same on both, kept; changed on one side only (the
 * ancestor says which), the change; else the winner's value, the other kept in the note. A field
 * only one side has is carried over, unless actions take it away (then the winner decides).
 */
export function mergeFields(
  ours: Record<string, unknown>,
  theirs: Record<string, unknown>,
  base: Record<string, unknown> | undefined,
  theirsWins: boolean,
  rules: FieldRules,
): FieldPlan {
  const set = new Map<string, unknown>();
  const remove: string[] = [];
  const lost: string[] = [];
  const keys = [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].filter(k => !rules.skip.has(k));
  for (const key of keys) {
    const vo = ours[key];
    const vt = theirs[key];
    let value = mergedValue(key, vo, vt, base, theirsWins, rules, lost);
    const onlyIn = ONLY_IN[key];
    if (rules.target && onlyIn && onlyIn !== rules.target && value !== undefined) {
      if (!DROPPED_SILENTLY.has(key)) {
        lost.push(showValue(key, value));
      }
      value = undefined;
    }
    if (sameValue(value, vo)) {
      continue;
    }
    if (value === undefined) {
      remove.push(key);
    } else {
      set.set(key, value);
    }
  }
  return { set, remove, lost };
}

function mergedValue(
  key: string,
  vo: unknown,
  vt: unknown,
  base: Record<string, unknown> | undefined,
  theirsWins: boolean,
  rules: FieldRules,
  lost: string[],
): unknown {
  if (sameValue(vo, vt)) {
    return vo;
  }
  if (base) {
    const vb = base[key];
    if (sameValue(vo, vb)) {
      return vt; // only theirs changed it
    }
    if (sameValue(vt, vb)) {
      return vo; // only ours changed it
    }
  }
  if (rules.latest.has(key)) {
    const later = latestDay([vo, vt]);
    if (later) {
      return later === text(vo)?.trim() ? vo : vt;
    }
  }
  const [winner, loser] = theirsWins ? [vt, vo] : [vo, vt];
  if (winner === undefined) {
    if (TAKEN_AWAY_BY_ACTIONS.has(key) && base) {
      lost.push(showValue(key, loser));
      return undefined;
    }
    return loser;
  }
  if (loser !== undefined && !(isRecord(loser) && Object.keys(loser).length === 0)) {
    lost.push(showValue(key, loser));
  }
  return winner;
}

/** The record with a plan applied (what the merged entry says so far). */
export function applyPlan(r: Record<string, unknown>, plan: FieldPlan): Record<string, unknown> {
  const out: Record<string, unknown> = { ...r };
  for (const key of plan.remove) {
    delete out[key];
  }
  for (const [key, value] of plan.set) {
    // defined, not assigned: a `__proto__` key is a field like any other
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
