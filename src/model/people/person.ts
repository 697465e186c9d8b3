// A typed, read-only view of a person entry (invitation, contact or archive entry).

import { identityOf } from './identity';
import type { Entry, Note, ParsedEntry, Person } from '../network/network';
import { isRecord, record, text, textList } from '../network/network';
import { plainRow } from './plainLabel';

export function personOf(entry: Entry | ParsedEntry): Person {
  const parsed = 'parsed' in entry ? entry.parsed : entry;
  return (parsed.memo.person ??= toPerson(record(parsed), parsed));
}

function toPerson(r: Record<string, unknown>, parsed: ParsedEntry): Person {
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
    todoOnLinkedIn: todoField(r),
    moved: text(r.moved),
    previousCompany: text(r.previousCompany),
    previousPosition: text(r.previousPosition),
    identity: identityOfParsed(parsed),
  };
}

/**
 * The entry's `todoOnLinkedIn` as every reader takes it: its text (see text()), trimmed; absent when
 * missing, empty or not a scalar. Whether it is one of the contract's values is the reader's question.
 */
export function todoField(r: Readonly<Record<string, unknown>>): string | undefined {
  return text(r.todoOnLinkedIn)?.trim() || undefined;
}

/** The entry's identity (contract §1), without building the whole Person view. */
export function identityOfEntry(entry: Entry): string | undefined {
  return identityOfParsed(entry.parsed);
}

/** The identity, worked out once per parsed entry (the person card and the duplicate check share it). */
function identityOfParsed(parsed: ParsedEntry): string | undefined {
  const memo = parsed.memo;
  if (memo.identity === undefined) {
    const r = record(parsed);
    memo.identity = identityOf(r.profile, r.name) ?? null;
  }
  return memo.identity ?? undefined;
}

let numbers = new Map<string, number>();
let generation = 0;
/** Far more identities than any one file has: typing names makes new ones, so start afresh. */
const MAX_NUMBERS = 1 << 18;

/** Call before numbering a whole model: keeps the numbering table bounded. */
export function startIdentityNumbering(): void {
  if (numbers.size > MAX_NUMBERS) {
    numbers = new Map();
    generation++;
  }
}

/** Changes when the numbering starts afresh: numbers given before are not comparable with later ones. */
export function identityNumbering(): number {
  return generation;
}

/** Above every identity number given so far (a size for a table indexed by them). */
export function identityNumberBound(): number {
  return numbers.size;
}

/**
 * The entry's identity as a small number (equal identities, equal numbers; -1 for none), so that
 * 30,000 entries are checked for duplicates with an array instead of hashing their keys.
 */
export function identityNumberOfEntry(entry: Entry): number {
  const memo = entry.parsed.memo;
  if (memo.identityGeneration !== generation) {
    const id = identityOfEntry(entry);
    let n = -1;
    if (id !== undefined) {
      n = numbers.get(id) ?? numbers.size;
      if (n === numbers.size) {
        numbers.set(id, n);
      }
    }
    memo.identityNumber = n;
    memo.identityGeneration = generation;
  }
  return memo.identityNumber;
}

/** "Head of Platform · Nordwerk GmbH", or the headline. */
export function describe(p: Person): string {
  return describeParts(p).filter(Boolean).join(' · ');
}

/** A contact's row in the People view: "12 days overdue · unfollowed · Head of Platform · Nordwerk GmbH". */
export function contactDescription(p: Person, extra?: string): string {
  return plainRow([extra, p.following ? undefined : 'unfollowed', ...describeParts(p)]);
}

/** What `describe` joins: the headline, else the position and the company. */
export function describeParts(p: Person): readonly (string | undefined)[] {
  return p.headline ? [p.headline] : [p.position, p.company];
}
