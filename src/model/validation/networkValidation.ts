// Problems in network.yaml beyond syntax: the JSON schema (media/network.schema.json, the same
// file VS Code's YAML extension reads) and the rules a schema cannot say. Pure functions over
// the model, each problem at the exact range of the offending node, with a stable code.

import type { NetworkModel, Problem } from '../network/network';
import { documentOf } from '../network/modelDocument';
import { identityNumberBound, startIdentityNumbering } from '../people/person';
import { duplicateBlueprints, duplicatePeople } from './duplicates';
import { opportunityProblems } from './opportunityChecks';
import { topLevelProblems } from './topLevelProblems';
import { ValidationState } from './validationState';

// the codes are the providers' to read too; they keep importing them from here
export { PROBLEM_CODES } from './problemCodes';

/** Each document's validation so far (by its parser): the next model's visits only what changed. */
const STATES = new WeakMap<object, ValidationState>();

function stateOf(model: NetworkModel): ValidationState {
  const document = documentOf(model);
  if (!document) {
    return new ValidationState();
  }
  let state = STATES.get(document);
  if (!state) {
    state = new ValidationState();
    STATES.set(document, state);
  }
  return state;
}

/** Every problem of a well-formed model (syntax errors are the model's own `syntaxErrors`). */
export function validateNetwork(model: NetworkModel): Problem[] {
  if (model.syntaxErrors.length > 0) {
    return [...model.syntaxErrors];
  }
  const problems: Problem[] = topLevelProblems(model);
  // the entries that changed since the document's last validation, each checked on its own, and
  // the people counted by identity; all of them read again only when two share one
  startIdentityNumbering();
  const state = stateOf(model);
  state.update(model);
  problems.push(...state.entryProblems());
  if (state.hasDuplicates()) {
    problems.push(...duplicatePeople(model, identityNumberBound()));
  }
  problems.push(...duplicateBlueprints(model));
  problems.push(...opportunityProblems(model));
  return problems;
}
