// Days as people say them in the views: "1 April", "1 April 2028", "in 6 weeks".

import * as l10n from '@vscode/l10n';
import { addDays, daysBetween, isRealDay, weekday } from './dates';

/** The month's name in the display language (`m`: 1 to 12). */
function monthName(m: number): string {
  switch (m) {
    case 1:
      return l10n.t('January');
    case 2:
      return l10n.t('February');
    case 3:
      return l10n.t('March');
    case 4:
      return l10n.t('April');
    case 5:
      return l10n.t('May');
    case 6:
      return l10n.t('June');
    case 7:
      return l10n.t('July');
    case 8:
      return l10n.t('August');
    case 9:
      return l10n.t('September');
    case 10:
      return l10n.t('October');
    case 11:
      return l10n.t('November');
    default:
      return l10n.t('December');
  }
}

/** "1 April"; with the year when it is not the year of `today`. */
export function longDay(day: string, today: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const sameYear = day.slice(0, 4) === today.slice(0, 4);
  return sameYear
    ? l10n.t({ message: '{0} {1}', args: [d, monthName(m)], comment: ['a day: 1 April'] })
    : l10n.t({ message: '{0} {1} {2}', args: [d, monthName(m), y], comment: ['a day: 1 April 2028'] });
}

const ENGLISH_MONTHS = [
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

/**
 * "1 April" (with the year when it is not the year of `today`) in English whatever the display
 * language: for the English text written into the user's files, such as the availability post.
 */
export function englishLongDay(day: string, today: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${d} ${ENGLISH_MONTHS[m - 1]}${day.slice(0, 4) === today.slice(0, 4) ? '' : ` ${y}`}`;
}

/** "today", "tomorrow", "in 5 days", "in 6 weeks" (whole weeks from two weeks on), "3 days ago". */
export function whenFromToday(day: string, today: string): string {
  const n = daysBetween(today, day);
  if (n === 0) {
    return l10n.t('today');
  }
  if (n === 1) {
    return l10n.t('tomorrow');
  }
  const abs = Math.abs(n);
  const span =
    abs >= 14 ? l10n.t('{0} weeks', Math.round(abs / 7)) : abs === 1 ? l10n.t('1 day') : l10n.t('{0} days', abs);
  return n > 0 ? l10n.t('in {0}', span) : l10n.t('{0} ago', span);
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
