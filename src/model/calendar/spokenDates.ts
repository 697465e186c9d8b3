// Days as people say them in the views: "1 April", "1 April 2028", "in 6 weeks".

import { addDays, daysBetween, isRealDay, weekday } from './dates';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "1 April"; with the year when it is not the year of `today`. */
export function longDay(day: string, today: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  return `${d} ${MONTHS[m - 1]}${sameYear ? '' : ` ${y}`}`;
}

/** "today", "tomorrow", "in 5 days", "in 6 weeks" (whole weeks from two weeks on), "3 days ago". */
export function whenFromToday(day: string, today: string): string {
  const n = daysBetween(today, day);
  if (n === 0) {
    return 'today';
  }
  if (n === 1) {
    return 'tomorrow';
  }
  const abs = Math.abs(n);
  const span = abs >= 14 ? `${Math.round(abs / 7)} weeks` : `${abs} day${abs === 1 ? '' : 's'}`;
  return n > 0 ? `in ${span}` : `${span} ago`;
}

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * A day in the past (or today) from what a person types when logging what happened:
 * `2026-11-20`, `today`, `yesterday`, `3 days ago`, `2 weeks ago`, `friday` or `last friday`
 * (the latest such day before today). Undefined if unreadable.
 */
export function pastDay(input: string, today: string): string | undefined {
  const s = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (isRealDay(s)) {
    return s;
  }
  if (s === 'today') {
    return today;
  }
  if (s === 'yesterday') {
    return addDays(today, -1);
  }
  const ago = /^(\d{1,3}) (day|days|week|weeks) ago$/.exec(s);
  if (ago) {
    return addDays(today, -Number(ago[1]) * (ago[2].startsWith('week') ? 7 : 1));
  }
  const wd = /^(?:last )?([a-z]+)$/.exec(s);
  const idx = wd ? WEEKDAY_NAMES.findIndex(w => w === wd[1] || (wd[1].length >= 3 && w.startsWith(wd[1]))) : -1;
  if (idx >= 0) {
    const back = (weekday(today) - idx + 7) % 7 || 7;
    return addDays(today, -back);
  }
  return undefined;
}
