// The availability campaign (contract §5 `availabilityLeadWeeks`): while `me.availableFrom` is
// near, who still has to hear that you are available, the people most likely to bring work first.

import * as l10n from '@vscode/l10n';
import { addDays, isRealDay } from '../calendar/dates';
import { longDay, whenFromToday } from '../calendar/spokenDates';
import type { Entry, NetworkModel } from '../network/network';
import { isRecord, record, sectionValue, text } from '../network/network';
import { personOf } from '../people/person';
import type { Opportunity } from './opportunity';
import { lastActivity, opportunitiesVia } from './pipeline';

/** How long after the day the campaign still shows ("available since …"). */
const AFTER_DAYS = 28;

export interface Availability {
  /** `me.availableFrom`, YYYY-MM-DD. */
  readonly from: string;
  /** "Available from 1 April (in 6 weeks)". */
  readonly label: string;
  /** "in 6 weeks", "today", "3 days ago". */
  readonly when: string;
}

/** `me.availableFrom` when it is a real day, whatever today is. */
export function availableFrom(model: NetworkModel): string | undefined {
  const me = sectionValue(model, 'me');
  const from = isRecord(me) ? text(me.availableFrom)?.trim() : undefined;
  return from && isRealDay(from) ? from : undefined;
}

/** The campaign, from `leadWeeks` before the day until four weeks after it; otherwise undefined. */
export function availabilityOf(model: NetworkModel, today: string, leadWeeks: number): Availability | undefined {
  const from = availableFrom(model);
  if (!from || today < addDays(from, -7 * leadWeeks) || today > addDays(from, AFTER_DAYS)) {
    return undefined;
  }
  const when = whenFromToday(from, today);
  const label =
    from >= today
      ? l10n.t('Available from {0} ({1})', longDay(from, today), when)
      : l10n.t('Available since {0} ({1})', longDay(from, today), when);
  return { from, label, when };
}

interface Candidate {
  readonly entry: Entry;
  readonly rank: number;
  readonly won: number;
  readonly latest: string;
}

const WORK_BRINGERS = new Set(['recruiter', 'agency']);
const CLIENTS = new Set(['client', 'prospect']);

/**
 * The contacts not yet told about `from`: recruiters and agencies who brought opportunities
 * (most won, then most recent), then the other recruiters and agencies, then clients and prospects.
 */
export function peopleToTell(model: NetworkModel, from: string): Entry[] {
  const out: Candidate[] = [];
  for (const entry of model.contacts) {
    const r = record(entry);
    if (text(r.availabilityTold)?.trim() === from) {
      continue;
    }
    const category = personOf(entry).category ?? '';
    const brought = WORK_BRINGERS.has(category) || CLIENTS.has(category) ? opportunitiesVia(model, entry) : [];
    const rank = WORK_BRINGERS.has(category) ? (brought.length ? 0 : 1) : CLIENTS.has(category) ? 2 : -1;
    if (rank >= 0) {
      out.push({ entry, rank, won: wonCount(brought), latest: latestOf(brought) });
    }
  }
  out.sort(
    (a, b) =>
      a.rank - b.rank ||
      b.won - a.won ||
      b.latest.localeCompare(a.latest) ||
      personOf(a.entry).name.localeCompare(personOf(b.entry).name),
  );
  return out.map(c => c.entry);
}

function wonCount(list: readonly Opportunity[]): number {
  return list.filter(o => o.stage === 'won').length;
}

function latestOf(list: readonly Opportunity[]): string {
  return list.map(lastActivity).sort().pop() ?? '';
}
