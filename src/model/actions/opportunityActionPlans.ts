// What the business rows of the action table (opportunityActions.ts) do to the file: log an
// opportunity a person brings, move it along the pipeline, tell people when you are available.
// Only a command runs them (lazy/onDemand.js).

import * as l10n from '@vscode/l10n';
import { availableFrom } from '../opportunities/availability';
import { OPPORTUNITY_IR35, opportunityOf, opportunityTitle } from '../opportunities/opportunity';
import { newOpportunityId } from '../opportunities/opportunityId';
import type { OpportunityFields } from '../opportunities/opportunityPlans';
import { checkedStage, OPPORTUNITY_FIELDS, opportunityBlock, setStageFields } from '../opportunities/opportunityPlans';
import { EntryEditError } from '../yaml/entryFields';
import { formatFlowString } from '../yaml/scalar';
import { normalizeEdits } from '../yaml/textEdits';
import type { ActionPlan, ActionStep, PlannedChange } from './actionStep';
import { inPlace, required } from './actionStep';
import { appendToList } from './listEdits';

const AGENCY_CATEGORIES = new Set<string>(['recruiter', 'agency']);

/** The fields of logOpportunity, checked: role and client are needed, stage and IR35 must be known values. */
function opportunityFields(step: ActionStep): OpportunityFields {
  const given = step.given;
  if (typeof given !== 'object' || given === null) {
    throw new EntryEditError(
      l10n.t('an opportunity needs its role and client, e.g. { "role": "Kafka Engineer", "client": "Vantage Bank" }'),
    );
  }
  const fields: Record<string, string> = {};
  for (const k of OPPORTUNITY_FIELDS) {
    const v = given[k];
    if (typeof v === 'string' && v.trim()) {
      fields[k] = v.trim();
    }
  }
  if (!fields.role || !fields.client) {
    throw new EntryEditError(l10n.t('an opportunity needs a role and a client'));
  }
  if (fields.stage) {
    fields.stage = checkedStage(fields.stage);
  }
  if (fields.ir35 && !(OPPORTUNITY_IR35 as readonly string[]).includes(fields.ir35)) {
    throw new EntryEditError(l10n.t('"{0}" is not an IR35 status; use {1}', fields.ir35, OPPORTUNITY_IR35.join(', ')));
  }
  return fields;
}

function logOpportunity(step: ActionStep): PlannedChange {
  const fields = opportunityFields(step);
  const person = step.person;
  const agency = fields.agency ?? (AGENCY_CATEGORIES.has(person.category ?? '') ? person.company : undefined);
  const id = newOpportunityId(fields.client!, fields.role!, step.model);
  const block = opportunityBlock(id, { ...fields, agency }, person.profile ?? person.name, step.model.eol);
  step.fields.set('lastContact', step.ctx.today);
  const personEdits = inPlace(step, '').edits;
  const listEdits = appendToList(step.model, 'opportunities', block, 0, Math.max(step.entry.parsed.indent, 0));
  return {
    edits: normalizeEdits([...personEdits, ...listEdits]),
    message: l10n.t('Logged {0} at {1}, via {2} ({3}).', fields.role!, fields.client!, person.name, id),
    made: id,
  };
}

export const OPPORTUNITY_PLANS = {
  logOpportunity,
  setStage: step => {
    const stage = checkedStage(required(step, l10n.t('a stage is needed')));
    setStageFields(step.fields, step.entry, stage, step.ctx.today);
    return inPlace(step, l10n.t('{0}: now {1}.', opportunityTitle(opportunityOf(step.entry)), stage));
  },
  tellAvailability: step => {
    const from = availableFrom(step.model);
    if (!from) {
      throw new EntryEditError(
        l10n.t('there is no `availableFrom` under `me:` to tell about (the day your contract ends)'),
      );
    }
    step.fields.set('availabilityTold', from);
    step.fields.appendMap('notes', [
      ['date', step.ctx.today],
      ['text', formatFlowString(`Told: available from ${from}`)],
    ]);
    step.fields.set('lastContact', step.ctx.today);
    return inPlace(step, l10n.t('Told {0}: available from {1}.', step.person.name, from));
  },
} satisfies Record<string, ActionPlan>;
