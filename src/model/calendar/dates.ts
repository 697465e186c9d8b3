// Calendar days as `YYYY-MM-DD` strings. "Today" is the user's local day; arithmetic is done on
// the day numbers alone (UTC), so no time zone or daylight-saving change can shift a date.

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function todayLocal(now: Date = new Date()): string {
  return formatDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

function formatDay(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Whether `s` is a real calendar day written `YYYY-MM-DD` (2026-02-30 is not). */
export function isRealDay(s: string): boolean {
  return !Number.isNaN(dayNumber(s));
}

/**
 * Day number since 1970-01-01; NaN for anything but a real day written `YYYY-MM-DD`. Read digit
 * by digit and computed by arithmetic (no Date, no RegExp): this runs for every date of 30,000
 * entries when a file opens, and for every contact when the follow-ups are counted.
 */
export function dayNumber(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) {
    return NaN;
  }
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 7);
  const d = digits(s, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) {
    return NaN;
  }
  return daysFromCivil(y, m, d);
}

/** The number written in s[from, to), or -1 if that is not all ASCII digits. */
function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) {
      return -1;
    }
    n = n * 10 + c;
  }
  return n;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in month `m` (1-12) of year `y` of the (proleptic) Gregorian calendar. */
function daysInMonth(y: number, m: number): number {
  return m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m - 1];
}

// Days from and to the civil calendar, after Howard Hinnant's "chrono-compatible low-level date
// algorithms": years counted from March, so the leap day is the last day of the year.
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): string {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return formatDay(yoe + era * 400 + (m <= 2 ? 1 : 0), m, d);
}

export function addDays(day: string, n: number): string {
  return fromDayNumber(dayNumber(day) + n);
}

/** Adds calendar months, clamping to the month's last day (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(day: string, n: number): string {
  const m = DAY_RE.exec(day)!;
  const total = +m[1] * 12 + (+m[2] - 1) + n;
  const y = Math.floor(total / 12);
  const mo = total - y * 12 + 1;
  return formatDay(y, mo, Math.min(+m[3], daysInMonth(y, mo)));
}

/** b - a in days. */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(day: string): number {
  return (((dayNumber(day) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const UNIT_DAYS: Record<string, number> = { d: 1, day: 1, days: 1, w: 7, wk: 7, week: 7, weeks: 7 };
const UNIT_MONTHS: Record<string, number> = { m: 1, mo: 1, month: 1, months: 1, y: 12, yr: 12, year: 12, years: 12 };

/**
 * A follow-up date from what a person types: `2026-12-01`, `today`, `tomorrow`, `+3d`, `+2w`,
 * `+1m`, `in 2 weeks`, `monday`, `next monday`, `next week`, `next month`. Undefined if unreadable.
 */
export function parseDatePhrase(input: string, today: string): string | undefined {
  const s = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (isRealDay(s)) {
    return s;
  }
  if (s === 'today') {
    return today;
  }
  if (s === 'tomorrow') {
    return addDays(today, 1);
  }
  if (s === 'next week') {
    return addDays(today, 7);
  }
  if (s === 'next month') {
    return addMonths(today, 1);
  }
  const rel = /^(?:\+|in )?(\d{1,4}) ?([a-z]+)$/.exec(s);
  if (rel && (s.startsWith('+') || s.startsWith('in '))) {
    const n = +rel[1];
    const unit = rel[2];
    if (unit in UNIT_DAYS) {
      return addDays(today, n * UNIT_DAYS[unit]);
    }
    if (unit in UNIT_MONTHS) {
      return addMonths(today, n * UNIT_MONTHS[unit]);
    }
    return undefined;
  }
  const wd = /^(next |this )?([a-z]+)$/.exec(s);
  if (wd) {
    const idx = WEEKDAYS.findIndex(w => w === wd[2] || (wd[2].length >= 3 && w.startsWith(wd[2])));
    if (idx >= 0) {
      // "monday" and "next monday" both mean the first Monday after today
      let delta = (idx - weekday(today) + 7) % 7;
      if (delta === 0) {
        delta = 7;
      }
      return addDays(today, delta);
    }
  }
  return undefined;
}
