// The rows of the action table that close the loop with linkedin.com (contract §2, version 1
// additions): a to-do done there, a job change seen by the import acknowledged here.

import * as l10n from '@vscode/l10n';
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
        return { edits: [], message: l10n.t('{0} has nothing left to do on LinkedIn.', step.person.name) };
      }
      step.fields.remove('todoOnLinkedIn');
      return inPlace(step, l10n.t('{0}: {1} done on LinkedIn.', step.person.name, todo));
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
        return { edits: [], message: l10n.t('{0} has no job change to acknowledge.', step.person.name) };
      }
      step.fields.remove('moved');
      const now = describe(step.person);
      return inPlace(step, l10n.t('Noted: {0} is now {1}.', step.person.name, now || l10n.t('somewhere new')));
    },
  },
];
