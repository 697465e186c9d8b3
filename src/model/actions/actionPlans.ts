// What each action of the table (actionTable.ts) does to the file, under its kind: the plans by
// domain in personPlans.ts, opportunityActionPlans.ts and linkedinPlans.ts. The type needs a plan
// for every ActionKind and no other. The rows are what the views show at activation; the plans only
// a command runs, so they are in lazy/onDemand.js with the dispatcher (networkEdits.ts).

import type { ActionKind } from './actionSpec';
import type { ActionPlan } from './actionStep';
import { LINKEDIN_PLANS } from './linkedinPlans';
import { OPPORTUNITY_PLANS } from './opportunityActionPlans';
import { PERSON_PLANS } from './personPlans';

export const PLANS: { readonly [K in ActionKind]: ActionPlan } = {
  ...PERSON_PLANS,
  ...OPPORTUNITY_PLANS,
  ...LINKEDIN_PLANS,
};
