// The entry actions of contract §2, one row each (the rows live by domain in personActions.ts,
// opportunityActions.ts and linkedinActions.ts): the list an action works on, its titles, where it
// appears (code lens, tree inline button, triage pick), whether a rule may suggest it, what it asks
// for and the LinkedIn to-do it leaves. Its pure plan is under the same kind in actionPlans.ts
// (only a command runs it, so it loads with lazy/onDemand.js; the rows load at activation).
// Commands, lenses, the triage queue, the rule checks and the tests are loops over this table.
// How to add an action: docs/architecture.md.

import type { ActionKind, ActionSpec } from './actionSpec';
import { LINKEDIN_ACTIONS } from './linkedinActions';
import { OPPORTUNITY_ACTIONS } from './opportunityActions';
import { PERSON_ACTIONS } from './personActions';

export const ACTIONS: readonly ActionSpec[] = [...PERSON_ACTIONS, ...OPPORTUNITY_ACTIONS, ...LINKEDIN_ACTIONS];

const BY_KIND = new Map(ACTIONS.map(a => [a.kind, a]));

export function actionSpec(kind: ActionKind): ActionSpec {
  const spec = BY_KIND.get(kind);
  if (!spec) {
    throw new Error(`no action ${kind}`);
  }
  return spec;
}

export function isActionKind(v: unknown): v is ActionKind {
  return typeof v === 'string' && BY_KIND.has(v as ActionKind);
}

/** What a triage rule may suggest (`suggest:`), in the table's order. */
export const SUGGESTIONS = ACTIONS.filter(a => a.suggestible).map(a => a.kind);
