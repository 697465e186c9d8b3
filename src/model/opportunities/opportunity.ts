// Opportunities (contract §1, version 1): the contracts on offer, as the view, the checks, the
// dashboard and the actions read them. Stages in pipeline order; the closed ones last.

import * as l10n from '@vscode/l10n';
import type { Entry, NetworkModel, Note } from '../network/network';
import { isRecord, record, text } from '../network/network';
import type { EntryRef } from '../people/identity';

export const OPEN_STAGES = ['lead', 'applied', 'submitted', 'interview', 'offer'] as const;
export const CLOSED_STAGES = ['won', 'lost', 'withdrawn'] as const;
export const STAGES = [...OPEN_STAGES, ...CLOSED_STAGES] as const;
export type Stage = (typeof STAGES)[number];
export const OPPORTUNITY_IR35 = ['outside', 'inside', 'undetermined'] as const;
export const ME_IR35 = ['outside', 'inside', 'any'] as const;

export interface Opportunity {
  readonly entry: Entry;
  readonly id?: string;
  readonly role?: string;
  readonly client?: string;
  readonly agency?: string;
  /** Who brought it: a profile URL or a name. */
  readonly via?: string;
  /** As written (may be unknown: the checks say so). */
  readonly stage?: string;
  readonly rate?: string;
  readonly ir35?: string;
  readonly start?: string;
  readonly length?: string;
  readonly location?: string;
  readonly submitted?: string;
  readonly closed?: string;
  readonly notes: readonly Note[];
}

export function opportunityOf(entry: Entry): Opportunity {
  const r = record(entry);
  const field = (k: string): string | undefined => text(r[k])?.trim() || undefined;
  return {
    entry,
    id: field('id'),
    role: field('role'),
    client: field('client'),
    agency: field('agency'),
    via: field('via'),
    stage: field('stage'),
    rate: field('rate'),
    ir35: field('ir35'),
    start: field('start'),
    length: field('length'),
    location: field('location'),
    submitted: field('submitted'),
    closed: field('closed'),
    notes: notesOf(r.notes),
  };
}

export function notesOf(v: unknown): Note[] {
  const notes: Note[] = [];
  if (Array.isArray(v)) {
    for (const n of v) {
      if (isRecord(n)) {
        const t = text(n.text);
        if (t !== undefined) {
          notes.push({ date: text(n.date), text: t });
        }
      } else if (text(n) !== undefined) {
        notes.push({ text: text(n)! });
      }
    }
  }
  return notes;
}

const byModel = new WeakMap<NetworkModel, Opportunity[]>();

/** The opportunities of a model, read once per model (the view, the checks and the lenses share them). */
export function opportunitiesOf(model: NetworkModel): Opportunity[] {
  let list = byModel.get(model);
  if (!list) {
    list = model.opportunities.map(opportunityOf);
    byModel.set(model, list);
  }
  return list;
}

/** "Submitted": how a stage reads in the views and the dashboard ('unknown': the group of unknown stages). */
export function stageLabel(stage: string): string {
  switch (stage) {
    case 'lead':
      return l10n.t('Lead');
    case 'applied':
      return l10n.t('Applied');
    case 'submitted':
      return l10n.t('Submitted');
    case 'interview':
      return l10n.t('Interview');
    case 'offer':
      return l10n.t('Offer');
    case 'won':
      return l10n.t('Won');
    case 'lost':
      return l10n.t('Lost');
    case 'withdrawn':
      return l10n.t('Withdrawn');
    case 'unknown':
      return l10n.t('Unknown stage');
    default:
      return stage;
  }
}

export function isStage(v: string | undefined): v is Stage {
  return v !== undefined && (STAGES as readonly string[]).includes(v);
}

/** Open: a known stage before the closed ones (an unknown stage is neither open nor closed). */
export function isOpen(o: Opportunity): boolean {
  return (OPEN_STAGES as readonly string[]).includes(o.stage ?? 'lead');
}

export function isClosedStage(stage: string): boolean {
  return (CLOSED_STAGES as readonly string[]).includes(stage);
}

/** The stage an opportunity without `stage` is in. */
export function stageOf(o: Opportunity): string {
  return o.stage ?? 'lead';
}

/** The person `via` names, as an entry reference: a profile URL, or a name (contract §1). */
export function viaRef(via: string | undefined): EntryRef | undefined {
  if (!via) {
    return undefined;
  }
  return /^https?:\/\//i.test(via) || /^(www\.)?linkedin\.com\//i.test(via) ? { profile: via } : { name: via };
}

/** A client's key for comparisons: trimmed, case-insensitive (contract §7). */
export function clientKey(client: string | undefined): string | undefined {
  const k = client?.trim().toLowerCase();
  return k ? k : undefined;
}

/** "Senior Kafka Engineer · Vantage Bank"; `plain` applied to each part (a tree row isolates them). */
export function opportunityTitle(o: Opportunity, plain: (part: string) => string = part => part): string {
  return [o.role ?? o.id ?? '(no role)', o.client]
    .filter((p): p is string => !!p)
    .map(plain)
    .join(' · ');
}
