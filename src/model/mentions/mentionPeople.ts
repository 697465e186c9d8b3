// Who a mention names in network.yaml, and whom completion offers after `@[`. Worked out once
// per model (a 30,000-person file has new models as it is typed in, and every lookup after that
// is a map read).

import type { Entry, NetworkModel } from '../network/network';
import { record, text } from '../network/network';
import { normaliseName } from '../people/identity';
import { describe, identityOfEntry, personOf } from '../people/person';
import { plainMentionName } from '../posts/linkedinText';
import { mentionKey } from './mentionParse';
import { PeopleSearch } from './peopleSearch';

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

/**
 * Up to `max` people for `query` (matched against name, headline, position and company, case
 * insensitive): the best matches first, contacts before invitations among equals, then file order.
 */
export function mentionCandidates(model: NetworkModel, query: string, max: number): MentionCandidate[] {
  return PeopleSearch.of(model)
    .find(query, max)
    .map(({ entry, name }) => ({ entry, name, detail: describe(personOf(entry)) }));
}
