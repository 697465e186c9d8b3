// Sending a draft to its blueprint's audience (contract §3, shareWithAudience): who is in the
// audience and in which order, the note each chosen person gets, and how many people a draft was
// sent to (the dashboard's coverage cell).

import * as l10n from '@vscode/l10n';
import { daysBetween, isRealDay } from '../calendar/dates';
import type { Entry, NetworkModel, Person } from '../network/network';
import { personOf } from '../people/person';
import type { Blueprint } from './blueprints';

export interface AudienceMember {
  readonly entry: Entry;
  readonly person: Person;
  /** The day they last heard from you: `lastContact`, else `connected`; undefined: never. */
  readonly since?: string;
  readonly sinceKind: 'lastContact' | 'connected' | 'never';
}

const norm = (s: string | undefined): string => (s ?? '').trim().toLowerCase();

/** The day a person last heard from you, and what that day is. */
function heard(p: Person): Pick<AudienceMember, 'since' | 'sinceKind'> {
  const last = p.lastContact?.trim();
  if (last && isRealDay(last)) {
    return { since: last, sinceKind: 'lastContact' };
  }
  const connected = p.connected?.trim();
  if (connected && isRealDay(connected)) {
    return { since: connected, sinceKind: 'connected' };
  }
  return { sinceKind: 'never' };
}

/**
 * The contacts (archived people are not contacts) whose category is one of the blueprint's
 * `audience` categories (trimmed, any case), those who heard from you longest ago first: never
 * first, then by `lastContact`, else `connected`, oldest first; the file's order among equals.
 */
export function audienceOf(model: NetworkModel, blueprint: Blueprint): AudienceMember[] {
  const wanted = new Set(blueprint.audience.map(norm).filter(Boolean));
  const out: AudienceMember[] = [];
  if (wanted.size === 0) {
    return out;
  }
  for (const entry of model.contacts) {
    const person = personOf(entry);
    if (wanted.has(norm(person.category))) {
      out.push({ entry, person, ...heard(person) });
    }
  }
  // a stable sort: '' (never) before every day, days as text sort as days
  return out.sort((a, b) => (a.since ?? '').localeCompare(b.since ?? ''));
}

/** "today", "yesterday", "5 days ago", "3 weeks ago", "7 months ago", "2 years ago". */
export function agoInWords(day: string, today: string): string {
  const n = daysBetween(day, today);
  if (n <= 0) {
    return l10n.t('today');
  }
  if (n === 1) {
    return l10n.t('yesterday');
  }
  if (n < 14) {
    return l10n.t('{0} days ago', n);
  }
  if (n < 61) {
    return l10n.t('{0} weeks ago', Math.round(n / 7));
  }
  if (n < 730) {
    return l10n.t('{0} months ago', Math.round(n / 30.44));
  }
  return l10n.t('{0} years ago', Math.round(n / 365.25));
}

/** When the member last heard from you, in words: "last contact 7 months ago", "never contacted". */
export function lastHeardInWords(m: Pick<AudienceMember, 'since' | 'sinceKind'>, today: string): string {
  if (m.sinceKind === 'lastContact' && m.since) {
    return l10n.t('last contact {0}', agoInWords(m.since, today));
  }
  if (m.sinceKind === 'connected' && m.since) {
    return l10n.t('connected {0}, never contacted', agoInWords(m.since, today));
  }
  return l10n.t('never contacted');
}

/**
 * The note each chosen person gets (written into the file: data, not UI): `Sent "<title>" <url>`,
 * or `Sent "<title>"` for a draft without `url` (not published yet, or published by hand).
 */
export function sentNote(title: string, url: string | undefined): string {
  const link = url?.trim();
  return link ? `Sent "${title}" ${link}` : `Sent "${title}"`;
}

const SENT_RE = /^Sent "(.*)"(?:[ \t]+[a-zA-Z][a-zA-Z0-9+.-]*:\S+)?[ \t]*$/;

/** The title a `Sent "<title>" <url>` note names; undefined for any other note. */
export function sentTitle(note: string): string | undefined {
  return SENT_RE.exec(note.trim())?.[1];
}

/**
 * Who got which draft: for every title named by a `Sent "<title>"` note of a contact or an
 * archived person, the identities of the people who got it (each person once).
 */
export function sentTo(model: NetworkModel): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const list of [model.contacts, model.archive]) {
    for (const entry of list) {
      const p = personOf(entry);
      for (const n of p.notes) {
        const title = n.text.startsWith('Sent "') ? sentTitle(n.text) : undefined;
        if (title !== undefined) {
          const who = p.identity ?? norm(p.name);
          let set = out.get(title);
          if (!set) {
            out.set(title, (set = new Set()));
          }
          set.add(who);
        }
      }
    }
  }
  return out;
}
