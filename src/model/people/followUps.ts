// Keep in touch: when each contact is next due, from the per-category cadence and followUp.
//
// A contact's next due day is its `followUp` when that is later than the last contact (a plan
// made after talking); otherwise the last contact (or, never contacted, the day you connected)
// plus the cadence of its category. Logging a note sets lastContact, which resets the clock.

import * as l10n from '@vscode/l10n';
import { dayNumber, fromDayNumber } from '../calendar/dates';
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
  return Number.isNaN(basis.dueDay)
    ? undefined
    : { entry, due: fromDayNumber(basis.dueDay), overdueDays: dayNumber(today) - basis.day, reason: basis.reason };
}

/** The last day written `YYYY-MM-DD`: a due day after it has no day number (as it had no date). */
const LAST_DAY = dayNumber('9999-12-31');

/**
 * The entry's next due day, worked out once per entry and cadence (kept in the entry's memo). Each
 * date is read once, as a day number; the due day is written out only for the contacts shown.
 */
function dueBasis(entry: Entry, cadence: ReadonlyMap<string, number>): DueBasis {
  // the fields read as the person card reads them, without building 30,000 cards
  const r = record(entry);
  const category = text(r.category)?.trim();
  const days = category ? cadence.get(category) : undefined;
  const memo = entry.parsed.memo;
  if (memo.due && memo.due.cadenceDays === days) {
    return memo.due;
  }
  const last = dayOf(r.lastContact);
  const followUp = dayOf(r.followUp);
  let basis: DueBasis;
  // real days compare as their numbers do (as their YYYY-MM-DD texts do)
  if (!Number.isNaN(followUp) && (Number.isNaN(last) || followUp > last)) {
    basis = { cadenceDays: days, dueDay: followUp, day: followUp, reason: 'followUp' };
  } else {
    const from = Number.isNaN(last) ? dayOf(r.connected) : last;
    const due = days === undefined ? NaN : from + days;
    basis = { cadenceDays: days, dueDay: due, day: due <= LAST_DAY ? due : NaN, reason: 'cadence' };
  }
  memo.due = basis;
  return basis;
}

/** A field's day number; NaN when it is not a real day written `YYYY-MM-DD`. */
function dayOf(v: unknown): number {
  const s = text(v);
  return s ? dayNumber(s) : NaN;
}

const dueCache = new WeakMap<NetworkModel, { readonly today: string; readonly due: readonly DueInfo[] }>();

/**
 * The contacts due today or earlier, most overdue first. Worked out once per model and day: the
 * status bar, the tree's Due group and the dashboard all ask after each change.
 */
export function dueContacts(model: NetworkModel, today: string): readonly DueInfo[] {
  return knownDueContacts(model, today) ?? computeDue(model, today);
}

/** dueContacts when already worked out for this model and day, else undefined. */
export function knownDueContacts(model: NetworkModel, today: string): readonly DueInfo[] | undefined {
  const cached = dueCache.get(model);
  return cached?.today === today ? cached.due : undefined;
}

function computeDue(model: NetworkModel, today: string): readonly DueInfo[] {
  const due = new DueCollector(model, today);
  for (const entry of model.contacts) {
    due.add(entry);
  }
  return due.done();
}

/**
 * The contacts due by a day, gathered one at a time: for a pass over the contacts that reads each
 * of them once for all it needs (the People view's first level).
 */
export class DueCollector {
  private readonly cadence: ReadonlyMap<string, number>;
  private readonly todayNumber: number;
  private readonly due: DueInfo[] = [];
  /** Thousands of contacts share a few hundred due days: each written out once. */
  private readonly written = new Map<number, string>();
  /** Whether the contacts came in file order (as the passes over the contacts take them). */
  private inFileOrder = true;
  private lastIndex = -1;

  constructor(
    private readonly model: NetworkModel,
    private readonly today: string,
  ) {
    this.cadence = cadenceOf(model);
    this.todayNumber = dayNumber(today);
  }

  /** Takes a contact in when it is due today or earlier. */
  add(entry: Entry): void {
    const basis = dueBasis(entry, this.cadence);
    const overdueDays = this.todayNumber - basis.day;
    this.inFileOrder &&= entry.index > this.lastIndex;
    this.lastIndex = entry.index;
    if (overdueDays >= 0) {
      let due = this.written.get(basis.day);
      if (due === undefined) {
        due = fromDayNumber(basis.day);
        this.written.set(basis.day, due);
      }
      this.due.push({ entry, due, overdueDays, reason: basis.reason });
    }
  }

  /** The contacts taken in, most overdue first; dueContacts answers with them for this model and day. */
  done(): readonly DueInfo[] {
    // the sort is stable: taken in file order, equal delays stay in it without reading each entry
    const due = this.inFileOrder
      ? this.due.sort((a, b) => b.overdueDays - a.overdueDays)
      : this.due.sort((a, b) => b.overdueDays - a.overdueDays || a.entry.index - b.entry.index);
    dueCache.set(this.model, { today: this.today, due });
    return due;
  }
}

/** "due today", "1 day overdue", "12 days overdue", "3 months overdue", "due in 3 days". */
export function describeDue(d: DueInfo): string {
  if (d.overdueDays === 0) {
    return l10n.t('due today');
  }
  const span = spanOfDays(Math.abs(d.overdueDays));
  return d.overdueDays > 0 ? l10n.t('{0} overdue', span) : l10n.t('due in {0}', span);
}

/**
 * describeDue for a group's rows at once: each saying worked out once (thousands of due contacts
 * share a few dozen sayings — "3 months overdue" covers a month of delays — and each is a
 * translated message formatted).
 */
export function dueDescriber(): (d: DueInfo) => string {
  const said = new Map<number, string>();
  return d => {
    const key = sayingOf(d.overdueDays);
    let s = said.get(key);
    if (s === undefined) {
      s = describeDue(d);
      said.set(key, s);
    }
    return s;
  };
}

/** What describeDue says of a delay, as a number: equal for delays said alike (see spanKey). */
function sayingOf(overdueDays: number): number {
  const k = spanKey(Math.abs(overdueDays));
  return overdueDays < 0 ? -k : k;
}

/**
 * A span of days as people say it, as one number: days below 60 as such (0 to 59), then
 * 100 + months (101 to 123), then 1000 + years.
 */
function spanKey(n: number): number {
  return n < 60 ? n : n < 730 ? 100 + Math.floor(n / 30.44) : 1000 + Math.floor(n / 365.25);
}

/** Days as people say them: days up to two months, then months, then years. */
function spanOfDays(n: number): string {
  const k = spanKey(n);
  if (k < 100) {
    return k === 1 ? l10n.t('1 day') : l10n.t('{0} days', k);
  }
  if (k < 1000) {
    return l10n.t('{0} months', k - 100);
  }
  return l10n.t('{0} years', k - 1000);
}
