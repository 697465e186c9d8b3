// Job changes the import saw (`moved`, contract §1 and §2, version 1): who moved, from where to
// where, and which client companies are left with nobody you know there.

import * as l10n from '@vscode/l10n';
import type { Entry, NetworkModel, Person } from '../network/network';
import { record, text } from '../network/network';
import { opportunitiesOf } from '../opportunities/opportunity';
import { personOf } from './person';

/** A job: position and company, either may be missing. */
export interface Job {
  readonly position?: string;
  readonly company?: string;
}

/** "Head of Platform, Nordwerk GmbH"; `plain` applied to each part (a tree row isolates them). */
export function jobText(job: Job, plain: (part: string) => string = part => part): string {
  return [job.position, job.company]
    .filter((p): p is string => !!p)
    .map(plain)
    .join(', ');
}

/** The note the import writes on a job change: `was Head of Platform at Nordwerk GmbH (LinkedIn export)`. */
export function jobChangeNote(was: Job): string {
  return `was ${[was.position, was.company].filter(Boolean).join(' at ')} (LinkedIn export)`;
}

const NOTE = /^was (.+) \(LinkedIn export\)$/;

/**
 * The job before the move: `previousPosition` / `previousCompany`, which the import writes beside
 * `moved`; for a `moved` written otherwise, the latest job-change note (split at its last " at ").
 */
export function previousJob(p: Person): Job | undefined {
  if (p.previousCompany !== undefined || p.previousPosition !== undefined) {
    return { position: p.previousPosition, company: p.previousCompany };
  }
  const notes = p.notes.filter(n => NOTE.test(n.text.trim()));
  const latest = notes.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0];
  if (!latest) {
    return undefined;
  }
  const was = NOTE.exec(latest.text.trim())![1];
  const at = was.lastIndexOf(' at ');
  return at < 0 ? { position: was } : { position: was.slice(0, at), company: was.slice(at + 4) };
}

/**
 * "Head of Platform, Nordwerk GmbH → CTO, Fjord Analytics" (the old side left out when unknown);
 * `plain` applied to each position and company.
 */
export function describeMove(p: Person, plain: (part: string) => string = part => part): string {
  const before = previousJob(p);
  const now = jobText(p, plain) || l10n.t('somewhere new');
  return before && jobText(before) ? `${jobText(before, plain)} → ${now}` : `→ ${now}`;
}

/** A contact with `moved`, and the day it says. */
export interface Move {
  readonly entry: Entry;
  readonly moved: string;
}

/** The contact's move, when it has `moved` (read as the person view reads it, without building that view). */
export function moveOf(entry: Entry): Move | undefined {
  const moved = text(record(entry).moved);
  return moved === undefined ? undefined : { entry, moved };
}

/** The contacts of these moves, the latest move first. */
export function latestMoveFirst(moves: Move[]): Entry[] {
  return moves.sort((a, b) => b.moved.localeCompare(a.moved) || a.entry.index - b.entry.index).map(m => m.entry);
}

/** Contacts with `moved`, the latest move first (the tree asks this of every contact). */
export function movedContacts(model: NetworkModel): Entry[] {
  const moves: Move[] = [];
  for (const entry of model.contacts) {
    const move = moveOf(entry);
    if (move) {
      moves.push(move);
    }
  }
  return latestMoveFirst(moves);
}

const companyKey = (c: string | undefined): string => (c ?? '').trim().toLowerCase();

/** How many contacts, other than `except`, work at `company` now. */
export function contactsAt(model: NetworkModel, company: string, except?: Entry): number {
  const key = companyKey(company);
  return key ? model.contacts.filter(e => e !== except && companyKey(personOf(e).company) === key).length : 0;
}

/** A client company where you know nobody any more, and why it counts as a client. */
export interface LostClient {
  readonly company: string;
  /** "Tobias Ferreira moved to Fjord Analytics", "won: Kafka Migration", "Gary Blunt is archived". */
  readonly why: string;
}

/**
 * Client companies without a current contact: the old company of a client who moved, the client
 * of an opportunity won, the company of an archived client; none of your contacts works there now.
 */
export function clientCompaniesWithoutContact(model: NetworkModel): LostClient[] {
  const current = new Set(model.contacts.map(e => companyKey(personOf(e).company)).filter(Boolean));
  const found = new Map<string, LostClient>();
  const add = (company: string | undefined, why: string): void => {
    const key = companyKey(company);
    if (key && !current.has(key) && !found.has(key)) {
      found.set(key, { company: company!.trim(), why });
    }
  };
  for (const e of model.contacts) {
    const p = personOf(e);
    if (p.category === 'client' && p.moved !== undefined) {
      add(
        previousJob(p)?.company,
        p.company ? l10n.t('{0} moved to {1}', p.name, p.company) : l10n.t('{0} moved', p.name),
      );
    }
  }
  for (const o of opportunitiesOf(model)) {
    if (o.stage === 'won') {
      add(o.client, l10n.t('won: {0}', o.role ?? o.id ?? l10n.t('an opportunity')));
    }
  }
  for (const e of model.archive) {
    const p = personOf(e);
    if (p.category === 'client') {
      add(p.company, l10n.t('{0} is archived', p.name));
    }
  }
  return [...found.values()].sort((a, b) => a.company.localeCompare(b.company));
}
