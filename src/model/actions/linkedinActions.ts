// The rows of the action table that close the loop with linkedin.com (contract §2, version 1
// additions): a to-do done there, a job change seen by the import acknowledged here. What each
// does to the file is in linkedinPlans.ts.

import { personOf } from '../people/person';
import type { ActionSpec } from './actionSpec';

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
  },
];
