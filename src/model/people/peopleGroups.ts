// The people view's first level, computed from the model (pure, so it is unit-tested and benched).

import * as l10n from '@vscode/l10n';
import type { Entry, NetworkModel } from '../network/network';
import { CATEGORIES, record, text } from '../network/network';
import { availabilityOf, peopleToTell } from '../opportunities/availability';
import { dueContacts } from './followUps';
import { personOf } from './person';
import type { PeopleFilter } from './peopleFilter';

export type GroupKind = 'availability' | 'due' | 'invitations' | 'category' | 'uncategorized' | 'archive';

export interface PeopleGroup {
  readonly kind: GroupKind;
  /** The category for `category` groups. */
  readonly category?: string;
  readonly label: string;
  readonly entries: readonly Entry[];
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

export interface GroupOptions {
  /** Only people the filter matches. */
  readonly filter?: PeopleFilter;
  /** When set, a "Due" group of the contacts due on or before this day comes first. */
  readonly today?: string;
  /** With `today`: while `me.availableFrom` is this many weeks away or less, "Available from …" comes first. */
  readonly availabilityLeadWeeks?: number;
}

/**
 * Due (when asked), invitations, contacts by category (in the contract's order, then unknown
 * ones), uncategorized, archive.
 */
export function groupPeople(model: NetworkModel, options: GroupOptions = {}): PeopleGroup[] {
  const filter = options.filter;
  const keep = filter ? (e: Entry): boolean => filter.matches(personOf(e)) : undefined;
  const byCategory = new Map<string, Entry[]>();
  const uncategorized: Entry[] = [];
  for (const e of model.contacts) {
    if (keep && !keep(e)) {
      continue;
    }
    const c = text(record(e).category)?.trim();
    if (!c) {
      uncategorized.push(e);
      continue;
    }
    let list = byCategory.get(c);
    if (!list) {
      list = [];
      byCategory.set(c, list);
    }
    list.push(e);
  }
  const groups: PeopleGroup[] = [];
  const availability = availabilityGroup(model, options, keep);
  if (availability) {
    groups.push(availability);
  }
  if (options.today) {
    const due = dueContacts(model, options.today)
      .map(d => d.entry)
      .filter(e => !keep || keep(e));
    if (due.length) {
      groups.push({ kind: 'due', label: l10n.t('Due'), entries: due });
    }
  }
  groups.push({
    kind: 'invitations',
    label: l10n.t('Invitations'),
    entries: keep ? model.invitations.filter(keep) : model.invitations,
  });
  const known = CATEGORIES as readonly string[];
  for (const c of known) {
    const entries = byCategory.get(c);
    if (entries) {
      groups.push({ kind: 'category', category: c, label: categoryLabel(c), entries });
    }
  }
  for (const [c, entries] of [...byCategory]
    .filter(([c]) => !known.includes(c))
    .sort(([a], [b]) => a.localeCompare(b))) {
    groups.push({ kind: 'category', category: c, label: c, entries });
  }
  if (uncategorized.length) {
    groups.push({ kind: 'uncategorized', label: l10n.t('Uncategorized'), entries: uncategorized });
  }
  groups.push({
    kind: 'archive',
    label: l10n.t('Archive'),
    entries: keep ? model.archive.filter(keep) : model.archive,
  });
  return groups;
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
  if (group.kind === 'due' || group.kind === 'availability') {
    return entries; // most overdue first, as dueContacts orders them; likeliest to bring work first
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
