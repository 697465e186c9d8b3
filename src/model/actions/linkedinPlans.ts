// What the rows of the action table that close the loop with linkedin.com (linkedinActions.ts) do
// to the file. Only a command runs them (lazy/onDemand.js).

import * as l10n from '@vscode/l10n';
import { describe } from '../people/person';
import type { ActionPlan } from './actionStep';
import { inPlace } from './actionStep';

export const LINKEDIN_PLANS = {
  doneOnLinkedIn: step => {
    const todo = step.person.todoOnLinkedIn;
    if (todo === undefined) {
      return { edits: [], message: l10n.t('{0} has nothing left to do on LinkedIn.', step.person.name) };
    }
    step.fields.remove('todoOnLinkedIn');
    return inPlace(step, l10n.t('{0}: {1} done on LinkedIn.', step.person.name, todo));
  },
  acknowledgeMove: step => {
    if (!step.fields.has('moved')) {
      return { edits: [], message: l10n.t('{0} has no job change to acknowledge.', step.person.name) };
    }
    step.fields.remove('moved');
    const now = describe(step.person);
    return inPlace(step, l10n.t('Noted: {0} is now {1}.', step.person.name, now || l10n.t('somewhere new')));
  },
} satisfies Record<string, ActionPlan>;
