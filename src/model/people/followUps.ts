// Keep in touch: when each contact is next due, from the per-category cadence and followUp.
//
// A contact's next due day is its `followUp` when that is later than the last contact (a plan
// made after talking); otherwise the last contact (or, never contacted, the day you connected)
// plus the cadence of its category. Logging a note sets lastContact, which resets the clock.

import * as l10n from '@vscode/l10n';
import { addDays, dayNumber, isRealDay } from '../calendar/dates';
import type { DueBasis, Entry, NetworkModel } from '../network/network';
import { isRecord, record, sectionValue, text } from '../network/network';

export interface DueInfo {
  readonly entry: Entry;
  /** YYYY-MM-DD */
  readonly due: string;
  /** Days past due (0 = due today, negative = not yet due). */
  readonly overdueDays: number;
  readonly reason: 'followUp' | 'cadence';
}

export function cadenceOf(model: NetworkModel): ReadonlyMap<string, number> {
  const v = sectionValue(model, 'cadence');
  const out = new Map<string, number>();
  if (isRecord(v)) {
    for (const [k, days] of Object.entries(v)) {
      if (typeof days === 'number' && Number.isInteger(days) && days >= 1) {
        out.set(k, days);
      }
    }
  }
  return out;
}

/** When a contact is next due; undefined when nothing makes it due (no follow-up, no cadence). */
export function nextDue(entry: Entry, cadence: ReadonlyMap<string, number>, today: string): DueInfo | undefined {
  const basis = dueBasis(entry, cadence);
  return basis.due === undefined
    ? undefined
    : { entry, due: basis.due, overdueDays: dayNumber(today) - basis.day, reason: basis.reason };
}

/** The entry's next due day, worked out once per entry and cadence (kept in the entry's memo). */
function dueBasis(entry: Entry, cadence: ReadonlyMap<string, number>): DueBasis {
  // the fields read as the person card reads them, without building 30,000 cards
  const r = record(entry);
  const category = text(r.category)?.trim();
  const days = category ? cadence.get(category) : undefined;
  const memo = entry.parsed.memo;
  if (memo.due && memo.due.cadenceDays === days) {
    return memo.due;
  }
  const lastContact = text(r.lastContact);
  const followUp = text(r.followUp);
  const connected = text(r.connected);
  const last = lastContact && isRealDay(lastContact) ? lastContact : undefined;
  let basis: DueBasis;
  if (followUp && isRealDay(followUp) && (!last || followUp > last)) {
    basis = { cadenceDays: days, due: followUp, day: dayNumber(followUp), reason: 'followUp' };
  } else {
    const from = last ?? (connected && isRealDay(connected) ? connected : undefined);
    const due = days === undefined || !from ? undefined : addDays(from, days);
    basis = { cadenceDays: days, due, day: due === undefined ? NaN : dayNumber(due), reason: 'cadence' };
  }
  memo.due = basis;
  return basis;
}

const dueCache = new WeakMap<NetworkModel, { readonly today: string; readonly due: readonly DueInfo[] }>();

/**
 * The contacts due today or earlier, most overdue first. Worked out once per model and day: the
 * status bar, the tree's Due group and the dashboard all ask after each change.
 */
export function dueContacts(model: NetworkModel, today: string): readonly DueInfo[] {
  const cached = dueCache.get(model);
  if (cached?.today === today) {
    return cached.due;
  }
  const due = computeDue(model, today);
  dueCache.set(model, { today, due });
  return due;
}

function computeDue(model: NetworkModel, today: string): DueInfo[] {
  const cadence = cadenceOf(model);
  const todayNumber = dayNumber(today);
  const out: DueInfo[] = [];
  for (const entry of model.contacts) {
    const basis = dueBasis(entry, cadence);
    const overdueDays = todayNumber - basis.day;
    if (basis.due !== undefined && overdueDays >= 0) {
      out.push({ entry, due: basis.due, overdueDays, reason: basis.reason });
    }
  }
  return out.sort((a, b) => b.overdueDays - a.overdueDays || a.entry.index - b.entry.index);
}

/** "due today", "1 day overdue", "12 days overdue", "3 months overdue", "due in 3 days". */
export function describeDue(d: DueInfo): string {
  if (d.overdueDays === 0) {
    return l10n.t('due today');
  }
  const span = spanOfDays(Math.abs(d.overdueDays));
  return d.overdueDays > 0 ? l10n.t('{0} overdue', span) : l10n.t('due in {0}', span);
}

/** Days as people say them: days up to two months, then months, then years. */
function spanOfDays(n: number): string {
  if (n < 60) {
    return n === 1 ? l10n.t('1 day') : l10n.t('{0} days', n);
  }
  if (n < 730) {
    return l10n.t('{0} months', Math.floor(n / 30.44));
  }
  return l10n.t('{0} years', Math.floor(n / 365.25));
}
