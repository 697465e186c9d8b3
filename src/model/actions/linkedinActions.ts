// The rows of the action table that close the loop with linkedin.com (contract §2, version 1
// additions): a to-do done there, a job change seen by the import acknowledged here.

import { describe, personOf } from '../people/person';
import type { ActionSpec } from './actionSpec';
import { inPlace } from './actionSpec';

export const LINKEDIN_ACTIONS: readonly ActionSpec[] = [
  {
    kind: 'doneOnLinkedIn',
    lists: ['contacts', 'archive', 'invitations'],
    titles: { palette: 'Done on LinkedIn', short: 'Done on LinkedIn', past: 'done on LinkedIn' },
    icon: 'pass',
    many: true,
    lens: 0,
    inline: true,
    offeredFor: entry => personOf(entry).todoOnLinkedIn !== undefined,
    pickOffered: true,
    plan: step => {
      const todo = step.person.todoOnLinkedIn;
      if (todo === undefined) {
        return { edits: [], message: `${step.person.name} has nothing left to do on LinkedIn.` };
      }
      step.fields.remove('todoOnLinkedIn');
      return inPlace(step, `${step.person.name}: ${todo} done on LinkedIn.`);
    },
  },
  {
    kind: 'acknowledgeMove',
    lists: ['contacts'],
    titles: { palette: 'Acknowledge Job Change', short: 'Acknowledge', past: 'acknowledged' },
    icon: 'check-all',
    many: true,
    lens: 0,
    inline: true,
    offeredFor: entry => personOf(entry).moved !== undefined,
    pickOffered: true,
    plan: step => {
      if (!step.fields.has('moved')) {
        return { edits: [], message: `${step.person.name} has no job change to acknowledge.` };
      }
      step.fields.remove('moved');
      const now = describe(step.person);
      return inPlace(step, `Noted: ${step.person.name} is now ${now || 'somewhere new'}.`);
    },
  },
];
