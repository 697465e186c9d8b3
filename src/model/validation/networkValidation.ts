// Problems in network.yaml beyond syntax: the JSON schema (media/network.schema.json, the same
// file VS Code's YAML extension reads) and the rules a schema cannot say. Pure functions over
// the model, each problem at the exact range of the offending node, with a stable code.

import type { NetworkModel, Problem } from '../network/network';
import { ENTRY_LISTS } from '../network/network';
import { identityNumberOfEntry, startIdentityNumbering } from '../people/person';
import { duplicateBlueprints, duplicatePeople } from './duplicates';
import { entryProblems } from './entryProblems';
import { opportunityProblems } from './opportunityChecks';
import { topLevelProblems } from './topLevelProblems';

// the codes are the providers' to read too; they keep importing them from here
export { PROBLEM_CODES } from './problemCodes';

/** Every problem of a well-formed model (syntax errors are the model's own `syntaxErrors`). */
export function validateNetwork(model: NetworkModel): Problem[] {
  if (model.syntaxErrors.length > 0) {
    return [...model.syntaxErrors];
  }
  const problems: Problem[] = topLevelProblems(model);
  // one pass over the entries (30,000 of them: each visit costs): their own problems, and the
  // numbers of the people's identities for the duplicate check
  startIdentityNumbering();
  let maxIdentity = -1;
  for (const list of ENTRY_LISTS) {
    const person = list === 'invitations' || list === 'contacts' || list === 'archive';
    for (const entry of model[list]) {
      const ps = entryProblems(entry, list);
      for (let i = 0; i < ps.length; i++) {
        problems.push({ ...ps[i], start: ps[i].start + entry.start, end: ps[i].end + entry.start });
      }
      if (person) {
        maxIdentity = Math.max(maxIdentity, identityNumberOfEntry(entry));
      }
    }
  }
  problems.push(...duplicatePeople(model, maxIdentity));
  problems.push(...duplicateBlueprints(model));
  problems.push(...opportunityProblems(model));
  return problems;
}
