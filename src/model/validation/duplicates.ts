// The same person listed twice (by identity: the normalised profile, else the name), and the
// same blueprint id used twice. Across entries, so never cached on one entry.

import * as l10n from '@vscode/l10n';
import type { Entry, NetworkModel, Problem } from '../network/network';
import { isRecord, PERSON_LISTS, text } from '../network/network';
import { DuplicateFinder } from './duplicateFinder';
import { PROBLEM_CODES } from './problemCodes';
import type { TextRange } from './problemRanges';
import { rangeAtPath, shifted } from './problemRanges';

/**
 * Every person entry whose identity an earlier one already has. `maxIdentity`: the largest
 * identity number of the model's people, numbered since `startIdentityNumbering()`.
 */
export function duplicatePeople(model: NetworkModel, maxIdentity: number): Problem[] {
  // a typed array indexed by identity number, not a Map of identity keys (30,000 entries a keystroke)
  const finder = new DuplicateFinder(model, maxIdentity + 1);
  PERSON_LISTS.forEach((list, li) => {
    model[list].forEach((entry, index) => finder.add(entry, li, index));
  });
  return finder.problems();
}

/** A blueprint id used again: drafts name their blueprint by id. */
export function duplicateBlueprints(model: NetworkModel): Problem[] {
  const out: Problem[] = [];
  const seen = new Map<string, Entry>();
  for (const entry of model.blueprints) {
    const v = entry.parsed.value;
    const id = isRecord(v) ? text(v.id) : undefined;
    if (!id) {
      continue;
    }
    const prev = seen.get(id);
    if (!prev) {
      seen.set(id, entry);
      continue;
    }
    out.push({
      code: PROBLEM_CODES.duplicateBlueprint,
      severity: 'error',
      ...idRange(entry),
      message: l10n.t('The blueprint id {0} is used twice; drafts could not tell the two apart.', id),
      related: { ...idRange(prev), message: l10n.t('first used here') },
    });
  }
  return out;
}

/** Absolute range of a blueprint's id. */
function idRange(entry: Entry): TextRange {
  return shifted(rangeAtPath(entry.parsed.node, ['id'], false), entry.start);
}
