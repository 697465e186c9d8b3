// Rates are free text ("650/day", "£85 per hour", "90k a year", "550-600/day"): the number and the
// unit are read, and converted to a day rate at 8 hours a day, 5 days a week, 21 days a month and
// 230 days a year (the contractor's working year, contract issue on the dashboard).

export const RATE_UNITS = ['hour', 'day', 'week', 'month', 'year'] as const;
export type RateUnit = (typeof RATE_UNITS)[number];

export interface Rate {
  /** The amount as written (the midpoint of a range such as 550-600). */
  readonly amount: number;
  readonly unit: RateUnit;
  /** The currency sign or code written with it, if any (£, $, €, EUR...). */
  readonly currency?: string;
}

const DAYS_PER: Record<RateUnit, number> = { hour: 1 / 8, day: 1, week: 5, month: 21, year: 230 };

const UNIT_WORDS: Record<string, RateUnit> = {
  h: 'hour',
  hr: 'hour',
  hrs: 'hour',
  hour: 'hour',
  hours: 'hour',
  hourly: 'hour',
  d: 'day',
  day: 'day',
  days: 'day',
  daily: 'day',
  pd: 'day',
  w: 'week',
  wk: 'week',
  week: 'week',
  weeks: 'week',
  weekly: 'week',
  m: 'month',
  mo: 'month',
  month: 'month',
  months: 'month',
  monthly: 'month',
  y: 'year',
  yr: 'year',
  year: 'year',
  years: 'year',
  annum: 'year',
  annual: 'year',
  annually: 'year',
  pa: 'year',
};

// a number (with thousands separators, decimals, k), perhaps a range, then "/", "per", "a" or
// "an" and a unit word; a currency sign or code may come before the number or after it
const RATE =
  /^(?<cur1>[£$€]|[A-Z]{3})?\s*(?<low>\d[\d,]*(?:\.\d+)?)(?<k1>k)?\s*(?:[-–]\s*(?:[£$€])?\s*(?<high>\d[\d,]*(?:\.\d+)?)(?<k2>k)?)?\s*(?<cur2>[A-Z]{3})?\s*(?:\/|per\b|an?\b|p\.?)\s*(?<unit>[a-z]+)\.?/i;

/** The rate written in `text`, or undefined when it gives no number with a unit this reads. */
export function parseRate(text: string | undefined): Rate | undefined {
  if (!text) {
    return undefined;
  }
  const m = RATE.exec(text.trim());
  const g = m?.groups;
  const unit = g ? UNIT_WORDS[g.unit.toLowerCase()] : undefined;
  if (!g || !unit) {
    return undefined;
  }
  const low = number(g.low, g.k1);
  const high = g.high !== undefined ? number(g.high, g.k2 ?? g.k1) : low;
  if (!Number.isFinite(low) || !Number.isFinite(high)) {
    return undefined;
  }
  const currency = g.cur1 ?? g.cur2;
  return { amount: (low + high) / 2, unit, ...(currency ? { currency } : {}) };
}

function number(digits: string, k: string | undefined): number {
  const n = Number(digits.replace(/,/g, ''));
  return k ? n * 1000 : n;
}

/** The rate as a day rate (8 h, 5 days, 21 days and 230 days to the hour, week, month and year). */
export function dayRate(rate: Rate): number {
  return rate.amount / DAYS_PER[rate.unit];
}

/** "650/day", "85/hour": how the rate reads back, rounded to a whole number. */
export function formatRate(amount: number, unit: RateUnit, currency?: string): string {
  return `${currency ?? ''}${Math.round(amount).toLocaleString('en-GB')}/${unit}`;
}
