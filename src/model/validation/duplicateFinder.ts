// The same person listed twice, found while the entries are visited once for their own problems:
// 30,000 entries visited a second time cost as much as the first visit.

import * as l10n from '@vscode/l10n';
import type { Entry, NetworkModel, Problem } from '../network/network';
import { PERSON_LISTS } from '../network/network';
import { identityNumberOfEntry, identityOfEntry, personOf } from '../people/person';
import { PROBLEM_CODES } from './problemCodes';
import type { TextRange } from './problemRanges';
import { rangeAtPath, shifted } from './problemRanges';

/** Entry indices are below this: a list's number times it, plus the index, fits an Int32 entry. */
const LIST_SHIFT = 2 ** 24;

/**
 * Collects the duplicate-person problems of a model whose person entries are added in file order
 * of the lists (invitations, contacts, archive), each entry once, after `startIdentityNumbering()`.
 */
export class DuplicateFinder {
  /** The first entry of each identity number, as list number * 2^24 + index + 1 (0: none yet). */
  private first: Int32Array;
  private readonly found: Problem[] = [];

  /** `capacity`: a guess at the largest identity number + 1 (the table grows past it as needed). */
  constructor(
    private readonly model: NetworkModel,
    capacity: number,
  ) {
    this.first = new Int32Array(Math.max(16, capacity));
  }

  /** Entry `index` of person list number `listNumber` (its place in PERSON_LISTS). */
  add(entry: Entry, listNumber: number, index: number): void {
    const n = identityNumberOfEntry(entry);
    if (n < 0) {
      return;
    }
    if (n >= this.first.length) {
      const grown = new Int32Array(Math.max(n + 1, this.first.length * 2));
      grown.set(this.first);
      this.first = grown;
    }
    const seen = this.first[n];
    if (seen === 0) {
      this.first[n] = listNumber * LIST_SHIFT + index + 1;
      return;
    }
    const prevList = PERSON_LISTS[Math.floor((seen - 1) / LIST_SHIFT)];
    const prev = this.model[prevList][(seen - 1) % LIST_SHIFT];
    this.found.push(duplicateProblem(entry, prev));
  }

  /** The problems found so far, in the order of the entries they are on. */
  problems(): Problem[] {
    return this.found;
  }
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
