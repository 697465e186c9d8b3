// The same person listed twice (by identity: the normalised profile, else the name), and the
// same blueprint id used twice. Across entries, so never cached on one entry.

import * as l10n from '@vscode/l10n';
import type { Entry, NetworkModel, Problem } from '../network/network';
import { isRecord, PERSON_LISTS, text } from '../network/network';
import { identityNumberOfEntry, identityOfEntry, personOf } from '../people/person';
import { PROBLEM_CODES } from './problemCodes';
import type { TextRange } from './problemRanges';
import { rangeAtPath, shifted } from './problemRanges';

/** Entry indices are below this: a list's number times it, plus the index, fits a float exactly. */
const LIST_SHIFT = 2 ** 24;

/**
 * Every person entry whose identity an earlier one already has. `maxIdentity`: the largest
 * identity number of the model's people, numbered since `startIdentityNumbering()`.
 */
export function duplicatePeople(model: NetworkModel, maxIdentity: number): Problem[] {
  const out: Problem[] = [];
  // the first entry of each identity, as list number * 2^24 + index + 1 (0: not seen yet): a
  // typed array indexed by identity number, not a Map of identity keys (30,000 entries a keystroke)
  const first = new Float64Array(maxIdentity + 1);
  PERSON_LISTS.forEach((list, li) => {
    model[list].forEach((entry, index) => {
      const n = identityNumberOfEntry(entry);
      if (n < 0) {
        return;
      }
      const seen = first[n];
      if (seen === 0) {
        first[n] = li * LIST_SHIFT + index + 1;
        return;
      }
      const prevList = PERSON_LISTS[Math.floor((seen - 1) / LIST_SHIFT)];
      const prev = model[prevList][(seen - 1) % LIST_SHIFT];
      out.push(duplicateProblem(entry, prev));
    });
  });
  return out;
}

/** `entry` repeats `prev`, listed before it. */
function duplicateProblem(entry: Entry, prev: Entry): Problem {
  const id = identityOfEntry(entry) ?? '';
  const invitationOfContact =
    (entry.list === 'invitations' && prev.list === 'contacts') ||
    (entry.list === 'contacts' && prev.list === 'invitations');
  // the invitation is what needs a decision: the problem sits on it
  const [at, other] = invitationOfContact && entry.list === 'contacts' ? [prev, entry] : [entry, prev];
  const name = personOf(at).name;
  return {
    code: invitationOfContact ? PROBLEM_CODES.invitationIsContact : PROBLEM_CODES.duplicatePerson,
    severity: 'warning',
    ...nameRange(at),
    message: invitationOfContact
      ? l10n.t(
          '{0} is already a contact ({1}): accept or ignore this invitation, or merge the two.',
          name,
          personOf(other).name,
        )
      : id.startsWith('profile:')
        ? l10n.t('{0} is listed twice: also in {1} (same profile).', name, other.list)
        : l10n.t('{0} is listed twice: also in {1} (same name).', name, other.list),
    related: { ...nameRange(other), message: l10n.t('also listed here, in {0}', other.list) },
  };
}

/** Absolute range of the entry's name. */
function nameRange(entry: Entry): TextRange {
  return shifted(rangeAtPath(entry.parsed.node, ['name'], false), entry.start);
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
