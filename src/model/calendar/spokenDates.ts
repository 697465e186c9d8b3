// Days as people say them in the views: "1 April", "1 April 2028", "in 6 weeks".

import { daysBetween } from './dates';

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
