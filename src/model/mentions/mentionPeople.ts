// Who a mention names in network.yaml, and whom completion offers after `@[`. Worked out once
// per model (a 30,000-person file has new models as it is typed in, and every lookup after that
// is a map read).

import type { Entry, NetworkModel, ParsedEntry } from '../network/network';
import { record, text } from '../network/network';
import { normaliseName } from '../people/identity';
import { describe, identityOfEntry, personOf } from '../people/person';
import { plainMentionName } from '../posts/linkedinText';
import { mentionKey } from './mentionParse';

/** Contacts first, then invitations, then the archive: who a name means when several have it. */
const LOOKUP_ORDER = ['contacts', 'invitations', 'archive'] as const;

interface PeopleByKey {
  /** `profile:/in/x` and `name:priya anand` -> the first person entry with it. */
  readonly byKey: ReadonlyMap<string, Entry>;
}

const lookups = new WeakMap<NetworkModel, PeopleByKey>();

function peopleByKey(model: NetworkModel): PeopleByKey {
  let found = lookups.get(model);
  if (!found) {
    const byKey = new Map<string, Entry>();
    for (const list of LOOKUP_ORDER) {
      for (const e of model[list]) {
        for (const key of personKeys(e)) {
          if (!byKey.has(key)) {
            byKey.set(key, e);
          }
        }
      }
    }
    found = { byKey };
    lookups.set(model, found);
  }
  return found;
}

/** The keys mentions name a person by: their identity, and their name. */
export function personKeys(entry: Entry): string[] {
  const keys: string[] = [];
  const identity = identityOfEntry(entry);
  if (identity) {
    keys.push(identity);
  }
  const name = text(record(entry).name);
  const byName = name?.trim() ? `name:${normaliseName(name)}` : undefined;
  if (byName && byName !== identity) {
    keys.push(byName);
  }
  return keys;
}

/** The person a mention's key names (contacts first), if anyone. */
export function personForKey(model: NetworkModel, key: string): Entry | undefined {
  return peopleByKey(model).byKey.get(key);
}

/** The person a mention's text names. */
export function personForMention(model: NetworkModel, inner: string): Entry | undefined {
  const key = mentionKey(inner);
  return key ? personForKey(model, key) : undefined;
}

/** How Copy for LinkedIn writes a mention: the name as written, a profile as the person's name. */
export function mentionDisplayName(model: NetworkModel | undefined, inner: string, key: string): string {
  const person = key.startsWith('profile:') && model ? personForKey(model, key) : undefined;
  return person ? personOf(person).name : plainMentionName(inner, key);
}

/** Every person's name, contacts first (the candidates of "did you mean"). */
export function peopleNames(model: NetworkModel): string[] {
  return LOOKUP_ORDER.flatMap(list => model[list].map(e => personOf(e).name));
}

export interface MentionCandidate {
  readonly entry: Entry;
  readonly name: string;
  /** Headline, or position · company. */
  readonly detail: string;
}

interface SearchRow {
  readonly entry: Entry;
  /** 0 contacts, 1 invitations. */
  readonly list: number;
  readonly name: string;
  readonly nameLower: string;
  /** Name, headline, position and company, lower case. */
  readonly all: string;
}

const searches = new WeakMap<NetworkModel, SearchRow[]>();
/** A parsed entry never changes: its row is kept with it across the models of a file being typed in. */
const rowsOfEntries = new WeakMap<ParsedEntry, Omit<SearchRow, 'entry' | 'list'> | null>();

/** Contacts then invitations (the archive is not offered: those are people you decided against). */
function searchRows(model: NetworkModel): SearchRow[] {
  let rows = searches.get(model);
  if (!rows) {
    rows = [];
    for (const [list, entries] of [model.contacts, model.invitations].entries()) {
      for (const entry of entries) {
        let row = rowsOfEntries.get(entry.parsed);
        if (row === undefined) {
          row = searchRow(entry.parsed);
          rowsOfEntries.set(entry.parsed, row);
        }
        if (row) {
          rows.push({ ...row, entry, list });
        }
      }
    }
    searches.set(model, rows);
  }
  return rows;
}

function searchRow(parsed: ParsedEntry): Omit<SearchRow, 'entry' | 'list'> | null {
  // the person view is kept with the entry: opening the file already worked it out
  const p = personOf(parsed);
  const name = p.name === '(no name)' ? text(record(parsed).name)?.trim() : p.name;
  if (!name) {
    return null;
  }
  const extra = [p.headline, p.position, p.company].map(v => v ?? '').join('\u0001');
  return { name, nameLower: name.toLowerCase(), all: `${name}\u0001${extra}`.toLowerCase() };
}

/** How well a row matches: 0 the name starts with it, 1 a word of the name does, 2 anything else has it. */
function tierOf(row: SearchRow, query: string): number {
  if (row.nameLower.startsWith(query)) {
    return 0;
  }
  const at = row.nameLower.indexOf(query);
  if (at > 0 && /[\s\-'.]/.test(row.nameLower[at - 1])) {
    return 1;
  }
  if (at > 0 || row.all.includes(query, row.nameLower.length)) {
    return 2;
  }
  return -1;
}

/**
 * Up to `max` people for `query` (matched against name, headline, position and company, case
 * insensitive): the best matches first, contacts before invitations among equals, then file order.
 */
export function mentionCandidates(model: NetworkModel, query: string, max: number): MentionCandidate[] {
  const q = query.trim().toLowerCase();
  const buckets: SearchRow[][] = [[], [], [], [], [], []];
  for (const row of searchRows(model)) {
    const tier = q ? tierOf(row, q) : 0;
    if (tier >= 0) {
      const bucket = buckets[tier * 2 + row.list];
      if (bucket.length < max) {
        bucket.push(row);
      }
    }
  }
  return buckets
    .flat()
    .slice(0, max)
    .map(row => ({ entry: row.entry, name: row.name, detail: describe(personOf(row.entry)) }));
}
