// The rows of the action table for the business the network is for (contract §2, version 1
// additions): logging an opportunity a person brings, moving it along the pipeline, telling
// people when you are available.

import * as l10n from '@vscode/l10n';
import { availableFrom } from '../opportunities/availability';
import { OPPORTUNITY_IR35, opportunityOf, opportunityTitle } from '../opportunities/opportunity';
import type { OpportunityFields } from '../opportunities/opportunityPlans';
import {
  checkedStage,
  newOpportunityId,
  OPPORTUNITY_FIELDS,
  opportunityBlock,
  setStageFields,
} from '../opportunities/opportunityPlans';
import { personOf } from '../people/person';
import { EntryEditError } from '../yaml/entryFields';
import { formatFlowString } from '../yaml/scalar';
import { normalizeEdits } from '../yaml/textEdits';
import type { ActionSpec, ActionStep, PlannedChange } from './actionSpec';
import { inPlace, required } from './actionSpec';
import { appendToList } from './listEdits';

/** People who bring work: their contacts get a "Log opportunity" lens. */
const BRINGS_WORK = new Set<string>(['recruiter', 'agency', 'client', 'prospect']);
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
    plan: logOpportunity,
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
    plan: step => {
      const stage = checkedStage(required(step, l10n.t('a stage is needed')));
      setStageFields(step.fields, step.entry, stage, step.ctx.today);
      return inPlace(step, l10n.t('{0}: now {1}.', opportunityTitle(opportunityOf(step.entry)), stage));
    },
  },
  {
    kind: 'tellAvailability',
    lists: ['contacts'],
    titles: { palette: 'Tell about Availability', short: 'Tell', past: 'told' },
    icon: 'megaphone',
    many: true,
    inline: true,
    plan: step => {
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
  },
];
