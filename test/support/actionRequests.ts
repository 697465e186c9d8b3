// What a property test asks of an entry for any action of the table: the reference that finds
// it and a value the action takes, and which refusals are the right answer in a random network.

import type { ActionKind, ActionValue } from '../../src/model/actions/actionSpec';
import { refOf } from '../../src/model/actions/networkEdits';
import type { Entry, NetworkModel } from '../../src/model/network/network';
import { availableFrom } from '../../src/model/opportunities/availability';
import type { EntryRef } from '../../src/model/people/identity';

export interface ActionInputs {
  readonly ref: EntryRef;
  readonly value: ActionValue;
}

/** The entry's reference (by name or id, as scripts write it) and a value the action takes, built from `text`. */
export function requestFor(kind: ActionKind, entry: Entry, text: string): ActionInputs {
  const full = refOf(entry);
  const ref = full.opportunity !== undefined ? { opportunity: full.opportunity } : { name: full.name };
  switch (kind) {
    case 'setFollowUp':
      return { ref, value: '2027-01-02' };
    case 'setStage':
      return { ref, value: 'interview' };
    case 'logOpportunity':
      return { ref, value: { role: text.trim() || 'Engineer', client: 'Vantage Bank' } };
    case 'doneOnLinkedIn':
    case 'acknowledgeMove':
      return { ref, value: '' }; // they take no value (and change nothing on someone with nothing pending)
    default:
      return { ref, value: text };
  }
}

/**
 * A refusal that is right: an empty note, category or tag; telling about an availability the file
 * does not have. (doneOnLinkedIn and acknowledgeMove are never refused: nothing pending is no change.)
 */
export function refusalAllowed(kind: ActionKind, value: ActionValue, model: NetworkModel): boolean {
  if (kind === 'tellAvailability') {
    return availableFrom(model) === undefined;
  }
  return ['addNote', 'setCategory', 'addTag'].includes(kind) && typeof value === 'string' && !value.trim();
}
