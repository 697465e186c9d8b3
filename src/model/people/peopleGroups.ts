// The people view's first level, computed from the model (pure, so it is unit-tested and benched).

import * as l10n from '@vscode/l10n';
import type { Entry, NetworkModel } from '../network/network';
import { CATEGORIES } from '../network/network';
import { availabilityOf, peopleToTell } from '../opportunities/availability';
import { companyGroups } from './companyGroups';
import type { DueInfo } from './followUps';
import { personOf } from './person';
import type { PeopleFilter } from './peopleFilter';
import type { PeopleSweep } from './peopleSweep';
import { peopleSweep } from './peopleSweep';

export type GroupKind =
  | 'todo'
  | 'moved'
  | 'availability'
  | 'due'
  | 'invitations'
  | 'category'
  | 'uncategorized'
  | 'company'
  | 'noCompany'
  | 'archive';

export interface PeopleGroup {
  readonly kind: GroupKind;
  /** The category for `category` groups. */
  readonly category?: string;
  /** The company for `company` groups. */
  readonly company?: string;
  readonly label: string;
  /** What the group's row says beside its label (a company's closest relationship). */
  readonly description?: string;
  readonly entries: readonly Entry[];
  /** The Due group's: when each of its entries is due, in the same order (worked out by the sweep). */
  readonly due?: readonly DueInfo[];
}

export function categoryLabel(category: string): string {
  switch (category) {
    case 'client':
      return l10n.t('Clients');
    case 'prospect':
      return l10n.t('Prospects');
    case 'recruiter':
      return l10n.t('Recruiters');
    case 'agency':
      return l10n.t('Agencies');
    case 'partner':
      return l10n.t('Partners');
    case 'peer':
      return l10n.t('Peers');
    case 'other':
      return l10n.t('Other');
    default:
      return category;
  }
}

/** Invitations still waiting: not snoozed past today. */
export function isPending(entry: Entry, today: string): boolean {
  const snoozed = personOf(entry).snoozed;
  return !snoozed || snoozed <= today;
}

export function pendingInvitations(model: NetworkModel, today: string): Entry[] {
  return model.invitations.filter(e => isPending(e, today));
}

export type GroupPeopleBy = 'category' | 'company';

export interface GroupOptions {
  /** Only people the filter matches. */
  readonly filter?: PeopleFilter;
  /** When set, a "Due" group of the contacts due on or before this day comes first. */
  readonly today?: string;
  /** With `today`: while `me.availableFrom` is this many weeks away or less, "Available from …" comes first. */
  readonly availabilityLeadWeeks?: number;
  /** Contacts by category (the default) or by company (setting `contractorNetwork.groupPeopleBy`). */
  readonly groupBy?: GroupPeopleBy;
}

/**
 * "To do on LinkedIn" and "Moved" while they have members, "Available from …" and "Due" (when
 * asked), invitations, contacts by category (in the contract's order, then unknown ones, then
 * uncategorized) or by company, archive.
 */
export function groupPeople(model: NetworkModel, options: GroupOptions = {}): PeopleGroup[] {
  const filter = options.filter;
  const scope = { model, today: options.today };
  const keep = filter ? (e: Entry): boolean => filter.matches(e, scope) : undefined;
  const kept = (entries: readonly Entry[]): readonly Entry[] => (keep ? entries.filter(keep) : entries);
  const byCompany = options.groupBy === 'company';
  const sweep = peopleSweep(model, options.today, !byCompany);
  const groups: PeopleGroup[] = [];
  const todo = kept(sweep.todo);
  if (todo.length) {
    groups.push({ kind: 'todo', label: l10n.t('To do on LinkedIn'), entries: todo });
  }
  const moved = kept(sweep.moved);
  if (moved.length) {
    groups.push({ kind: 'moved', label: l10n.t('Moved'), entries: moved });
  }
  const availability = availabilityGroup(model, options, keep);
  if (availability) {
    groups.push(availability);
  }
  if (sweep.due) {
    const due = keep ? sweep.due.filter(d => keep(d.entry)) : sweep.due;
    if (due.length) {
      groups.push({ kind: 'due', label: l10n.t('Due'), entries: due.map(d => d.entry), due });
    }
  }
  groups.push({ kind: 'invitations', label: l10n.t('Invitations'), entries: kept(model.invitations) });
  groups.push(...(byCompany ? companyGroupsOf(kept(model.contacts)) : categoryGroups(sweep, kept)));
  groups.push({ kind: 'archive', label: l10n.t('Archive'), entries: kept(model.archive) });
  return groups;
}

/** Contacts by category: the contract's order, then unknown ones A to Z, then uncategorized (empty ones left out). */
function categoryGroups(sweep: PeopleSweep, kept: (entries: readonly Entry[]) => readonly Entry[]): PeopleGroup[] {
  const groups: PeopleGroup[] = [];
  const known = CATEGORIES as readonly string[];
  const add = (c: string, label: string): void => {
    const entries = kept(sweep.byCategory.get(c) ?? []);
    if (entries.length) {
      groups.push({ kind: 'category', category: c, label, entries });
    }
  };
  known.forEach(c => add(c, categoryLabel(c)));
  [...sweep.byCategory.keys()]
    .filter(c => !known.includes(c))
    .sort((a, b) => a.localeCompare(b))
    .forEach(c => add(c, c));
  const uncategorized = kept(sweep.uncategorized);
  if (uncategorized.length) {
    groups.push({ kind: 'uncategorized', label: l10n.t('Uncategorized'), entries: uncategorized });
  }
  return groups;
}

/** Contacts by company, each with its closest relationship ("client"); those without a company last. */
function companyGroupsOf(contacts: readonly Entry[]): PeopleGroup[] {
  return companyGroups(contacts).map(g =>
    g.company === undefined
      ? { kind: 'noCompany', label: l10n.t('No company'), entries: g.entries }
      : { kind: 'company', company: g.company, label: g.company, description: g.relationship, entries: g.entries },
  );
}

/** "Available from 1 April (in 6 weeks)": the people still to tell, those likeliest to bring work first. */
function availabilityGroup(
  model: NetworkModel,
  options: GroupOptions,
  keep: ((e: Entry) => boolean) | undefined,
): PeopleGroup | undefined {
  if (!options.today || options.availabilityLeadWeeks === undefined) {
    return undefined;
  }
  const availability = availabilityOf(model, options.today, options.availabilityLeadWeeks);
  const entries = availability ? peopleToTell(model, availability.from).filter(e => !keep || keep(e)) : [];
  return availability && entries.length ? { kind: 'availability', label: availability.label, entries } : undefined;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Contacts by name; invitations oldest first (the triage order); archive most recent first. */
export function sortedEntries(group: PeopleGroup): Entry[] {
  const entries = [...group.entries];
  if (group.kind === 'due' || group.kind === 'availability' || group.kind === 'todo' || group.kind === 'moved') {
    // most overdue first; likeliest to bring work first; the invitation manager's to-dos first; the latest move first
    return entries;
  }
  if (group.kind === 'invitations') {
    return entries.sort(
      (a, b) => (personOf(a).received ?? '9999').localeCompare(personOf(b).received ?? '9999') || a.index - b.index,
    );
  }
  if (group.kind === 'archive') {
    return entries.sort(
      (a, b) => (personOf(b).decided ?? '').localeCompare(personOf(a).decided ?? '') || a.index - b.index,
    );
  }
  const keyed = entries.map(e => ({ e, k: personOf(e).name }));
  keyed.sort((a, b) => collator.compare(a.k, b.k) || a.e.index - b.e.index);
  return keyed.map(x => x.e);
}

/**
 * The ids of a group's rows: `<group id>/<identity>` (`#<index>` for an entry without one), then
 * `#1`, `#2` … for the same identity again, so that every row keeps its id across refreshes.
 */
export function rowIds(groupId: string): (entry: Entry) => string {
  // counted by the part after the group's id (an identity never starts with `#`): shorter keys
  const used = new Map<string, number>();
  return entry => {
    const key = personOf(entry).identity ?? `#${entry.index}`;
    const base = `${groupId}/${key}`;
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    return n === 0 ? base : `${base}#${n}`;
  };
}
