// How an action names an entry (contract §4's arguments): a person by name and profile in their
// list, an opportunity by id. Kept apart from the action plans so the code lenses need only this.

import type { EntryRef } from '../people/identity';
import { personOf } from '../people/person';
import type { Entry } from '../network/network';
import { record, text } from '../network/network';

/** The reference that finds this entry again: a person by profile and name, an opportunity by id. */
export function refOf(entry: Entry): EntryRef {
  if (entry.list === 'opportunities') {
    return { opportunity: text(record(entry).id)?.trim() ?? '', list: 'opportunities', index: entry.index };
  }
  const p = personOf(entry);
  const list = entry.list === 'rules' || entry.list === 'blueprints' ? undefined : entry.list;
  return { name: p.name, profile: p.profile, list, index: entry.index };
}
