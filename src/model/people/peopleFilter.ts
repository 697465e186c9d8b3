// The people view's filter: words match names, headlines, companies, tags and notes; `tag:kafka`,
// `category:client` (or `cat:`), `company:acme`, `is:unfollowed|following|due|todo|moved`,
// `connected:<YYYY-MM-DD` (or `>`, or a day), `lastContact:none|<…|>…`, `notes:none` narrow it.
// All must match. What it does not understand is left out and said, never thrown.

import * as l10n from '@vscode/l10n';
import { isRealDay } from '../calendar/dates';
import type { Entry, NetworkModel, Person } from '../network/network';
import { dueContacts } from './followUps';
import { todoOf } from './linkedinTodos';
import { personOf } from './person';

/** What a filter may need besides the person: the file (who is due) and the day. */
export interface FilterScope {
  readonly model: NetworkModel;
  readonly today?: string;
}

export interface PeopleFilter {
  readonly text: string;
  /** What it did not understand, one sentence per word; those words were left out. */
  readonly problems: readonly string[];
  matches(entry: Entry, scope: FilterScope): boolean;
}

type Test = (p: Person, entry: Entry, scope: FilterScope) => boolean;

const KEYS = ['tag', 'category', 'cat', 'company', 'is', 'connected', 'lastcontact', 'notes'];
const IS_VALUES = ['due', 'todo', 'moved', 'unfollowed', 'following'];
const HELP = 'tag:, category:, company:, is:, connected:, lastContact:, notes:';

export function parsePeopleFilter(input: string): PeopleFilter | undefined {
  const text = input.trim();
  if (!text) {
    return undefined;
  }
  const tests: Test[] = [];
  const problems: string[] = [];
  for (const token of text.split(/\s+/)) {
    const m = /^([a-z]+):(.*)$/i.exec(token);
    if (!m) {
      const word = token.toLowerCase();
      tests.push(p => haystack(p).includes(word));
      continue;
    }
    const key = m[1].toLowerCase();
    const value = m[2];
    const result = KEYS.includes(key)
      ? value
        ? fieldTest(key, value)
        : l10n.t('"{0}" needs a value', token)
      : l10n.t('"{0}": {1}: is not a filter (use {2} or plain words)', token, m[1], HELP);
    if (typeof result === 'string') {
      problems.push(result);
    } else {
      tests.push(result);
    }
  }
  return { text, problems, matches: (e, scope) => tests.every(t => t(personOf(e), e, scope)) };
}

/** The test of `key:value`, or why it cannot be one. */
function fieldTest(key: string, raw: string): Test | string {
  const value = raw.toLowerCase();
  switch (key) {
    case 'tag':
      return p => p.tags.some(t => t.toLowerCase() === value);
    case 'category':
    case 'cat':
      return p => (p.category ?? '').toLowerCase() === value;
    case 'company':
      return p => (p.company ?? '').toLowerCase().includes(value);
    case 'is':
      return (
        isTest(value) ?? l10n.t('"is:{0}" is not something to filter on (use is:{1})', raw, IS_VALUES.join(', is:'))
      );
    case 'notes':
      return value === 'none' ? p => p.notes.length === 0 : l10n.t('"notes:{0}": only notes:none is understood', raw);
    case 'connected':
      return dayTest('connected', raw, false);
    default:
      return dayTest('lastContact', raw, true);
  }
}

function isTest(value: string): Test | undefined {
  switch (value) {
    case 'unfollowed':
      return p => !p.following;
    case 'following':
      return p => p.following;
    case 'todo':
      return (_p, e) => todoOf(e) !== undefined;
    case 'moved':
      return p => p.moved !== undefined;
    case 'due':
      return (_p, e, scope) => dueSet(scope).has(e);
    default:
      return undefined;
  }
}

/**
 * `<day`, `>day` or `day` on a date field; `none` for an absent one. `lastContact:<day` also
 * takes those never contacted ("no contact since"); `connected:<day` needs a known day.
 */
function dayTest(field: 'connected' | 'lastContact', raw: string, noneIsBefore: boolean): Test | string {
  const token = `${field}:${raw}`;
  if (raw.toLowerCase() === 'none') {
    return p => !p[field];
  }
  const m = /^([<>]?)(.*)$/.exec(raw)!;
  const [op, day] = [m[1], m[2]];
  if (!isRealDay(day)) {
    return day
      ? l10n.t('"{0}": "{1}" is not a date; write {2}:<YYYY-MM-DD, {2}:>YYYY-MM-DD or {2}:none', token, day, field)
      : l10n.t('"{0}": a date is missing; write {1}:<YYYY-MM-DD, {1}:>YYYY-MM-DD or {1}:none', token, field);
  }
  return p => {
    const v = p[field]?.trim();
    if (!v || !isRealDay(v)) {
      return op === '<' && noneIsBefore;
    }
    return op === '<' ? v < day : op === '>' ? v > day : v === day;
  };
}

const dueSets = new WeakMap<NetworkModel, { today: string; due: Set<Entry> }>();

function dueSet(scope: FilterScope): Set<Entry> {
  if (!scope.today) {
    return new Set();
  }
  const cached = dueSets.get(scope.model);
  if (cached?.today === scope.today) {
    return cached.due;
  }
  const due = new Set(dueContacts(scope.model, scope.today).map(d => d.entry));
  dueSets.set(scope.model, { today: scope.today, due });
  return due;
}

const haystacks = new WeakMap<Person, string>();

function haystack(p: Person): string {
  let h = haystacks.get(p);
  if (h === undefined) {
    h = [
      p.name,
      p.headline,
      p.company,
      p.position,
      p.category,
      p.email,
      p.message,
      p.reason,
      ...p.tags,
      ...p.notes.map(n => n.text),
    ]
      .filter(Boolean)
      .join('\n')
      .toLowerCase();
    haystacks.set(p, h);
  }
  return h;
}
