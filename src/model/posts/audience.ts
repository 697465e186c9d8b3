// Sending a draft to its blueprint's audience (contract §3, shareWithAudience): who is in the
// audience and in which order, the note each chosen person gets, and how many people a draft was
// sent to (the dashboard's coverage cell).

import * as l10n from '@vscode/l10n';
import { daysBetween, isRealDay } from '../calendar/dates';
import type { Entry, NetworkModel, Person } from '../network/network';
import type { EntryRef } from '../people/identity';
import { personOf } from '../people/person';
import { plainLabel, plainParts } from '../people/plainLabel';
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

const SENT_RE = /^Sent "(.*)"(?:[ \t]+([a-zA-Z][a-zA-Z0-9+.-]*:\S+))?[ \t]*$/;

/** What a `Sent "<title>" <url>` note names: the draft's title, and its url when the note has one. */
export function sentParts(note: string): { readonly title: string; readonly url?: string } | undefined {
  const m = SENT_RE.exec(note.trim());
  return m ? { title: m[1], url: m[2] } : undefined;
}

/** The title a `Sent "<title>" <url>` note names; undefined for any other note. */
export function sentTitle(note: string): string | undefined {
  return sentParts(note)?.title;
}

/** A draft as its `Sent` notes name it: its current title, and its `url` once it has one. */
export interface SentDraft {
  readonly title?: string;
  readonly url?: string;
}

/**
 * Whether a `Sent` note is about this draft: it carries the draft's `url` (so a draft whose
 * heading was renamed since keeps its notes), or it names the draft's current title.
 */
export function isSentNoteOf(note: string, draft: SentDraft): boolean {
  const sent = sentParts(note);
  const url = draft.url?.trim();
  return sent !== undefined && ((!!url && sent.url === url) || sent.title === draft.title);
}

/** Who got what: the identities of the people with a `Sent` note, by the title and by the url it names. */
export interface SentIndex {
  readonly byTitle: ReadonlyMap<string, ReadonlySet<string>>;
  readonly byUrl: ReadonlyMap<string, ReadonlySet<string>>;
}

/** Who got which draft, from the `Sent "<title>" <url>` notes of the contacts and archived people. */
export function sentTo(model: NetworkModel): SentIndex {
  const byTitle = new Map<string, Set<string>>();
  const byUrl = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, who: string): void => {
    let set = map.get(key);
    if (!set) {
      map.set(key, (set = new Set()));
    }
    set.add(who);
  };
  for (const list of [model.contacts, model.archive]) {
    for (const entry of list) {
      const p = personOf(entry);
      for (const n of p.notes) {
        const sent = n.text.startsWith('Sent "') ? sentParts(n.text) : undefined;
        if (sent) {
          const who = p.identity ?? norm(p.name);
          add(byTitle, sent.title, who);
          if (sent.url) {
            add(byUrl, sent.url, who);
          }
        }
      }
    }
  }
  return { byTitle, byUrl };
}

/** The people who got any of `drafts` (isSentNoteOf: by url or by current title), each once. */
export function peopleSentTo(sent: SentIndex, drafts: readonly SentDraft[]): Set<string> {
  const people = new Set<string>();
  for (const d of drafts) {
    const url = d.url?.trim();
    const got = [url ? sent.byUrl.get(url) : undefined, d.title === undefined ? undefined : sent.byTitle.get(d.title)];
    got.forEach(set => set?.forEach(who => people.add(who)));
  }
  return people;
}

/** A row of shareWithAudience's pick: the person, when they last heard from you, and whether they already got this draft. */
export interface AudienceItem {
  readonly label: string;
  readonly description: string;
  readonly detail: string;
  readonly ref: EntryRef;
}

export function audienceItem(m: AudienceMember, draft: SentDraft, today: string): AudienceItem {
  const p = m.person;
  const before = p.notes.find(n => isSentNoteOf(n.text, draft));
  const heard = lastHeardInWords(m, today);
  return {
    label: plainLabel(p.name),
    description: plainParts([p.category, p.position, p.company].map(s => s?.trim())),
    detail: before ? l10n.t('{0} · already sent this on {1}', heard, before.date ?? '?') : heard,
    ref: { name: p.name, profile: p.profile, list: 'contacts', index: m.entry.index },
  };
}
