// What logOpportunity and setStage write (contract §2, version 1 additions): a new opportunity
// entry (its id from opportunityId.ts), and the stage with its `submitted` / `closed` days.

import * as l10n from '@vscode/l10n';
import type { Entry } from '../network/network';
import { record, text } from '../network/network';
import type { EntryFields } from '../yaml/entryFields';
import { EntryEditError } from '../yaml/entryFields';
import { formatString } from '../yaml/scalar';
import { didYouMean } from '../validation/suggestions';
import { isClosedStage, OPEN_STAGES, STAGES } from './opportunity';

/** The fields logOpportunity takes besides the person (contract §3). */
export const OPPORTUNITY_FIELDS = [
  'role',
  'client',
  'agency',
  'stage',
  'rate',
  'ir35',
  'start',
  'length',
  'location',
] as const;
export type OpportunityFields = Partial<Record<(typeof OPPORTUNITY_FIELDS)[number], string>>;

/** Stages from which the CV has gone to the client: reaching one sets `submitted` (lost and withdrawn do not). */
const SUBMITTED_OR_LATER = new Set<string>([...OPEN_STAGES.slice(OPEN_STAGES.indexOf('submitted')), 'won']);

/** The lines of a new opportunity entry, at column 0 (`- id: …`), in the contract's key order. */
export function opportunityBlock(id: string, fields: OpportunityFields, via: string | undefined, eol: string): string {
  const pairs: [string, string | undefined][] = [
    ['id', id],
    ['role', fields.role],
    ['client', fields.client],
    ['agency', fields.agency],
    ['via', via],
    ['stage', fields.stage ?? 'lead'],
    ['rate', fields.rate],
    ['ir35', fields.ir35],
    ['start', fields.start],
    ['length', fields.length],
    ['location', fields.location],
  ];
  const lines = pairs
    .filter((p): p is [string, string] => !!p[1]?.trim())
    .map(([k, v], i) => `${i === 0 ? '- ' : '  '}${k}: ${formatString(v.trim())}`);
  return lines.join(eol) + eol;
}

/** Refuses a stage that is not one of the contract's, suggesting the closest. */
export function checkedStage(stage: string): string {
  const s = stage.trim();
  if (!(STAGES as readonly string[]).includes(s)) {
    const close = didYouMean(s, STAGES);
    throw new EntryEditError(
      close
        ? l10n.t('"{0}" is not a stage (did you mean {1}?); stages are {2}', s, close, STAGES.join(', '))
        : l10n.t('"{0}" is not a stage; stages are {1}', s, STAGES.join(', ')),
    );
  }
  return s;
}

/**
 * The stage and the days that go with it: `submitted: today` the first time it reaches a stage
 * where the CV is with the client, `closed: today` for won, lost and withdrawn, no `closed` when reopened.
 */
export function setStageFields(fields: EntryFields, entry: Entry, stage: string, today: string): void {
  fields.set('stage', stage);
  const r = record(entry);
  if (SUBMITTED_OR_LATER.has(stage) && !text(r.submitted)?.trim()) {
    fields.set('submitted', today);
  }
  if (isClosedStage(stage)) {
    fields.set('closed', today);
  } else {
    fields.remove('closed');
  }
}
