// Problems in network.yaml beyond syntax: the JSON schema (media/network.schema.json, the same
// file VS Code's YAML extension reads) and the rules a schema cannot say. Pure functions over
// the model, each problem at the exact range of the offending node, with a stable code.

import type { EntryList, NetworkModel, Problem } from '../network/network';
import { ENTRY_LISTS, PERSON_LISTS } from '../network/network';
import { identityNumberBound, startIdentityNumbering } from '../people/person';
import { DuplicateFinder } from './duplicateFinder';
import { duplicateBlueprints } from './duplicates';
import { entryProblems } from './entryProblems';
import { opportunityProblems } from './opportunityChecks';
import { topLevelProblems } from './topLevelProblems';

/** Each list's place in PERSON_LISTS (the duplicate check's numbering), -1 for the other lists. */
const PERSON_LIST_NUMBER: Readonly<Record<EntryList, number>> = {
  invitations: PERSON_LISTS.indexOf('invitations'),
  contacts: PERSON_LISTS.indexOf('contacts'),
  archive: PERSON_LISTS.indexOf('archive'),
  rules: -1,
  blueprints: -1,
  opportunities: -1,
};

// the codes are the providers' to read too; they keep importing them from here
export { PROBLEM_CODES } from './problemCodes';

/** Every problem of a well-formed model (syntax errors are the model's own `syntaxErrors`). */
export function validateNetwork(model: NetworkModel): Problem[] {
  if (model.syntaxErrors.length > 0) {
    return [...model.syntaxErrors];
  }
  const problems: Problem[] = topLevelProblems(model);
  // one pass over the entries (30,000 of them: each visit costs): their own problems, and the
  // people's identities checked for duplicates as they come
  startIdentityNumbering();
  const duplicates = new DuplicateFinder(model, identityNumberBound());
  for (const list of ENTRY_LISTS) {
    const listNumber = PERSON_LIST_NUMBER[list];
    const entries = model[list];
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index];
      const ps = entryProblems(entry, list);
      for (let i = 0; i < ps.length; i++) {
        problems.push({ ...ps[i], start: ps[i].start + entry.start, end: ps[i].end + entry.start });
      }
      if (listNumber >= 0) {
        duplicates.add(entry, listNumber, index);
      }
    }
  }
  problems.push(...duplicates.problems());
  problems.push(...duplicateBlueprints(model));
  problems.push(...opportunityProblems(model));
  return problems;
}
