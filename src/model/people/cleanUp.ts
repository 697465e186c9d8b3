// Clean-up candidates (contract §5, `contractorNetwork.cleanupMonths`): contacts accepted long ago
// and never heard of since, the ones "accept most, remove later" is about.

import { addMonths, isRealDay } from '../calendar/dates';
import type { Entry, NetworkModel, Note, Person } from '../network/network';
import { personOf } from './person';

/** Relationships that are never cleaned up, however quiet. */
const KEPT = new Set(['client', 'prospect']);

/** A note the import wrote (a job change), not one of yours: it does not make a contact "noted". */
function byTheImport(n: Note): boolean {
  return /\(LinkedIn export\)\s*$/.test(n.text);
}

/**
 * Whether a contact is a clean-up candidate: connected before `months` months ago, no note of
 * yours, never contacted, not a client or prospect.
 */
export function isCleanUpCandidate(p: Person, cutoff: string): boolean {
  const connected = p.connected?.trim();
  return (
    !!connected &&
    isRealDay(connected) &&
    connected < cutoff &&
    !p.lastContact?.trim() &&
    p.notes.every(byTheImport) &&
    !KEPT.has(p.category?.trim() ?? '')
  );
}

/** The candidates, oldest connection first. */
export function cleanUpCandidates(model: NetworkModel, today: string, months: number): Entry[] {
  const cutoff = addMonths(today, -months);
  return model.contacts
    .filter(e => isCleanUpCandidate(personOf(e), cutoff))
    .sort((a, b) => personOf(a).connected!.localeCompare(personOf(b).connected!) || a.index - b.index);
}

/** The latest note, for the pick's detail line. */
export function lastNote(p: Person): Note | undefined {
  return [...p.notes].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))[0];
}
