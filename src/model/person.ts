// A typed, read-only view of a person entry (invitation, contact or archive entry).

import { identityOf } from './identity';
import type { Entry, ParsedEntry } from './network';
import { isRecord, record, text, textList } from './network';

export interface Note {
  readonly date?: string;
  readonly text: string;
}

export interface Person {
  readonly name: string;
  readonly profile?: string;
  readonly headline?: string;
  readonly company?: string;
  readonly position?: string;
  readonly category?: string;
  readonly tags: readonly string[];
  /** Absent = true (contract): false only when the file says `following: false`. */
  readonly following: boolean;
  readonly received?: string;
  readonly snoozed?: string;
  readonly message?: string;
  readonly connected?: string;
  readonly lastContact?: string;
  readonly followUp?: string;
  readonly notes: readonly Note[];
  readonly outcome?: string;
  readonly decided?: string;
  readonly reason?: string;
  readonly email?: string;
  readonly identity?: string;
}

const cache = new WeakMap<ParsedEntry, Person>();

export function personOf(entry: Entry | ParsedEntry): Person {
  const parsed = 'parsed' in entry ? entry.parsed : entry;
  let p = cache.get(parsed);
  if (!p) {
    p = toPerson(record(parsed));
    cache.set(parsed, p);
  }
  return p;
}

function toPerson(r: Record<string, unknown>): Person {
  const notes: Note[] = [];
  if (Array.isArray(r.notes)) {
    for (const n of r.notes) {
      if (isRecord(n)) {
        const t = text(n.text);
        if (t !== undefined) {
          notes.push({ date: text(n.date), text: t });
        }
      } else if (text(n) !== undefined) {
        notes.push({ text: text(n)! });
      }
    }
  }
  return {
    name: text(r.name)?.trim() || '(no name)',
    profile: text(r.profile),
    headline: text(r.headline),
    company: text(r.company),
    position: text(r.position),
    category: text(r.category),
    tags: textList(r.tags),
    following: r.following !== false,
    received: text(r.received),
    snoozed: text(r.snoozed),
    message: text(r.message),
    connected: text(r.connected),
    lastContact: text(r.lastContact),
    followUp: text(r.followUp),
    notes,
    outcome: text(r.outcome),
    decided: text(r.decided),
    reason: text(r.reason),
    email: text(r.email),
    identity: identityOf(r.profile, r.name),
  };
}

const identities = new WeakMap<ParsedEntry, string | null>();

/** The entry's identity (contract §1), without building the whole Person view. */
export function identityOfEntry(entry: Entry): string | undefined {
  let id = identities.get(entry.parsed);
  if (id === undefined) {
    const r = record(entry);
    id = identityOf(r.profile, r.name) ?? null;
    identities.set(entry.parsed, id);
  }
  return id ?? undefined;
}

/** "Head of Platform · Nordwerk GmbH", or the headline. */
export function describe(p: Person): string {
  if (p.headline) {
    return p.headline;
  }
  return [p.position, p.company].filter(Boolean).join(' · ');
}
