// The rows of the action table for the business the network is for (contract §2, version 1
// additions): logging an opportunity a person brings, moving it along the pipeline, telling
// people when you are available. What each does to the file is in opportunityActionPlans.ts.

import { personOf } from '../people/person';
import type { ActionSpec } from './actionSpec';

/** People who bring work: their contacts get a "Log opportunity" lens. */
const BRINGS_WORK = new Set<string>(['recruiter', 'agency', 'client', 'prospect']);

export const OPPORTUNITY_ACTIONS: readonly ActionSpec[] = [
  {
    kind: 'logOpportunity',
    lists: ['contacts', 'invitations'],
    titles: { palette: 'Log Opportunity', short: 'Log opportunity', past: 'logged' },
    icon: 'briefcase',
    many: false,
    lens: 6,
    input: 'opportunity',
    offeredFor: entry => entry.list === 'contacts' && BRINGS_WORK.has(personOf(entry).category ?? ''),
  },
  {
    kind: 'setStage',
    lists: ['opportunities'],
    titles: { palette: 'Set Opportunity Stage', short: 'Advance', past: 'moved along' },
    icon: 'arrow-circle-right',
    many: false,
    lens: 1,
    inline: true,
    input: 'stage',
  },
  {
    kind: 'tellAvailability',
    lists: ['contacts'],
    titles: { palette: 'Tell about Availability', short: 'Tell', past: 'told' },
    icon: 'megaphone',
    many: true,
    inline: true,
  },
];
