// The problems of one list entry, from its own text alone: the schema, real days, values from a
// fixed set (with "did you mean"), and what a schema cannot say about rules and blueprints.
// Offsets are relative to the entry's text, so they are cached on the entry.

import * as l10n from '@vscode/l10n';
import { isRealDay } from '../calendar/dates';
import type { Entry, EntryList, ParsedEntry, Problem } from '../network/network';
import { SUGGESTIONS } from '../actions/actionTable';
import { OPPORTUNITY_IR35, STAGES } from '../opportunities/opportunity';
import { CATEGORIES, CHANNELS, isRecord, LINKEDIN_TODOS, OUTCOMES, text } from '../network/network';
import { globProblem, MATCH_FIELDS } from '../rules/rules';
import type { YMap } from '../yaml/syntax';
import { findPair } from '../yaml/syntax';
import { PROBLEM_CODES } from './problemCodes';
import { rangeAtPath } from './problemRanges';
import { entrySchemaViolations } from './schemaCheck';
import { unknownValueProblem } from './suggestions';

/** The schema definition each list's items follow. */
const DEFINITION_OF: Record<EntryList, string> = {
  invitations: 'invitation',
  contacts: 'contact',
  archive: 'archived',
  rules: 'rule',
  blueprints: 'blueprint',
  opportunities: 'opportunity',
};
const DAY_FIELDS = [
  'received',
  'snoozed',
  'connected',
  'lastContact',
  'followUp',
  'decided',
  'moved',
  'availabilityTold',
  'start',
  'submitted',
  'closed',
];

const NONE: readonly Problem[] = [];

/** Problems of one entry, offsets relative to the entry's text; worked out once per parsed entry. */
export function entryProblems(entry: Entry, list: EntryList): readonly Problem[] {
  const memo = entry.parsed.memo;
  if (memo.problems?.list === list) {
    return memo.problems.problems;
  }
  const computed = computeEntryProblems(entry.parsed, list);
  // one shared empty array: most of 30,000 entries have no problem
  const problems = computed.length ? computed : NONE;
  memo.problems = { list, problems };
  return problems;
}

// Each check below pushes into the entry's one `out` array: no array per check per entry.
function computeEntryProblems(parsed: ParsedEntry, list: EntryList): Problem[] {
  const out: Problem[] = [];
  const { node, value } = parsed;
  schemaProblems(parsed, list, out);
  if (!isRecord(value) || node.kind !== 'map') {
    return out;
  }
  dateProblems(node, value, out);
  fixedValueProblems(node, value, list, out);
  if (list === 'rules') {
    ruleProblems(node, value, out);
  }
  if (list === 'blueprints') {
    blueprintProblems(node, value, out);
  }
  return out;
}

/** The schema, minus what the rules below say better (enums with suggestions, days, slugs). */
function schemaProblems(parsed: ParsedEntry, list: EntryList, out: Problem[]): void {
  for (const v of entrySchemaViolations(parsed.value, DEFINITION_OF[list])) {
    const path = v.path;
    if (v.keyword === 'enum' || (v.keyword === 'pattern' && (isDayPath(path) || path[0] === 'id'))) {
      continue;
    }
    if (list === 'opportunities' && v.keyword === 'required' && /\bid\b/.test(v.message)) {
      continue; // opportunityChecks says it, with a quick fix that writes one
    }
    const range = rangeAtPath(parsed.node, path, v.keyword === 'required');
    out.push({ code: PROBLEM_CODES.schema, severity: 'error', ...range, message: v.message });
  }
}

function isDayPath(path: readonly string[]): boolean {
  const last = path[path.length - 1];
  return DAY_FIELDS.includes(last) || (path[0] === 'notes' && last === 'date');
}

/** Days written YYYY-MM-DD that are real days, in the person's fields and on each note. */
function dateProblems(node: YMap, value: Record<string, unknown>, out: Problem[]): void {
  const invalidDate = (path: (string | number)[], field: string, day: string): void => {
    const range = rangeAtPath(node, path, false);
    out.push({ code: PROBLEM_CODES.invalidDate, severity: 'error', ...range, message: dateMessage(field, day) });
  };
  for (const f of DAY_FIELDS) {
    const d = value[f];
    if (typeof d === 'string' && !isRealDay(d)) {
      invalidDate([f], f, d);
    }
  }
  if (Array.isArray(value.notes)) {
    value.notes.forEach((n, i) => {
      if (isRecord(n) && typeof n.date === 'string' && !isRealDay(n.date)) {
        invalidDate(['notes', i, 'date'], 'date', n.date);
      }
    });
  }
}

function dateMessage(field: string, d: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(d)
    ? l10n.t('{0} is not a real day ({1}).', d, field)
    : l10n.t('Write {0} as YYYY-MM-DD, e.g. 2026-11-26 (found "{1}").', field, d);
}

/** Fields whose value comes from a fixed set: an unknown one gets a "did you mean". */
function fixedValueProblems(node: YMap, value: Record<string, unknown>, list: EntryList, out: Problem[]): void {
  const oneOf = (field: string, code: string, noun: string, allowed: readonly string[]): void => {
    const v = value[field];
    if (typeof v === 'string' && !allowed.includes(v)) {
      out.push(unknownValueProblem(code, noun, v, allowed, rangeAtPath(node, [field], false)));
    }
  };
  oneOf('category', PROBLEM_CODES.unknownCategory, l10n.t('category'), CATEGORIES);
  if (list === 'archive') {
    oneOf('outcome', PROBLEM_CODES.unknownOutcome, l10n.t('outcome'), OUTCOMES);
  }
  if (list === 'rules') {
    oneOf('suggest', PROBLEM_CODES.unknownSuggestion, l10n.t('suggestion'), SUGGESTIONS);
  }
  if (list === 'opportunities') {
    oneOf('stage', PROBLEM_CODES.unknownStage, l10n.t('stage'), STAGES);
    oneOf('ir35', PROBLEM_CODES.unknownIr35, l10n.t('IR35 status'), OPPORTUNITY_IR35);
  } else if (list === 'invitations' || list === 'contacts' || list === 'archive') {
    oneOf('todoOnLinkedIn', PROBLEM_CODES.unknownLinkedinTodo, l10n.t('LinkedIn to-do'), LINKEDIN_TODOS);
  }
}

/** A rule matches known fields only, with patterns minimatch can use. */
function ruleProblems(node: YMap, value: Record<string, unknown>, out: Problem[]): void {
  if (!isRecord(value.match)) {
    return;
  }
  const matchNode = findPair(node, 'match')?.value;
  for (const [field, pattern] of Object.entries(value.match)) {
    const pair = matchNode?.kind === 'map' ? findPair(matchNode, field) : undefined;
    if (!(MATCH_FIELDS as readonly string[]).includes(field)) {
      const range = { start: pair?.keyStart ?? node.start, end: pair?.keyEnd ?? node.start };
      out.push(unknownValueProblem(PROBLEM_CODES.ruleField, l10n.t('field to match'), field, MATCH_FIELDS, range));
      continue;
    }
    const problem = typeof pattern === 'string' ? globProblem(pattern) : undefined;
    if (problem && pair) {
      out.push({
        code: PROBLEM_CODES.ruleGlob,
        severity: 'error',
        start: pair.value.start,
        end: pair.value.end,
        message: l10n.t('This pattern will not work: {0}.', problem),
      });
    }
  }
}

/** A blueprint's id is a slug (it names the draft files); its audience and channels are known ones. */
function blueprintProblems(node: YMap, value: Record<string, unknown>, out: Problem[]): void {
  const id = text(value.id);
  if (id !== undefined && !/^[a-z0-9-]+$/.test(id)) {
    const fixed = slugify(id);
    out.push({
      code: PROBLEM_CODES.blueprintId,
      severity: 'error',
      ...rangeAtPath(node, ['id'], false),
      message: fixed
        ? l10n.t(
            'A blueprint id is a slug: lower-case letters, digits and dashes (it names the draft files), e.g. {0}.',
            fixed,
          )
        : l10n.t('A blueprint id is a slug: lower-case letters, digits and dashes (it names the draft files).'),
      fix: fixed ? { title: l10n.t('Change to {0}', fixed), text: fixed } : undefined,
    });
  }
  for (const [field, allowed, code, noun] of [
    ['channels', CHANNELS, PROBLEM_CODES.unknownChannel, l10n.t('channel')],
    ['audience', CATEGORIES, PROBLEM_CODES.unknownCategory, l10n.t('category')],
  ] as const) {
    const list = value[field];
    if (Array.isArray(list)) {
      list.forEach((v, i) => {
        if (typeof v === 'string' && !(allowed as readonly string[]).includes(v)) {
          out.push(unknownValueProblem(code, noun, v, allowed, rangeAtPath(node, [field, i], false)));
        }
      });
    }
  }
}

/** "Kafka Migrations 2026!" -> "kafka-migrations-2026": lower case, no accents, dashes between words. */
export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
