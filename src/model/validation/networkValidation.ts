// Problems in network.yaml beyond syntax: the JSON schema (media/network.schema.json, the same
// file VS Code's YAML extension reads) and the rules a schema cannot say. Pure functions over
// the model, each problem at the exact range of the offending node, with a stable code.

import { Validator } from '@cfworker/json-schema';
import type { OutputUnit, Schema } from '@cfworker/json-schema';
import schemaJson from '../../../media/network.schema.json';
import { isRealDay } from '../calendar/dates';
import type { Entry, EntryList, NetworkModel, ParsedEntry, Problem, Section } from '../network/network';
import { SUGGESTIONS } from '../actions/actionTable';
import { CATEGORIES, CHANNELS, isRecord, OUTCOMES, PERSON_LISTS, text } from '../network/network';
import { identityNumberOfEntry, identityOfEntry, personOf, startIdentityNumbering } from '../people/person';
import { globProblem, MATCH_FIELDS } from '../rules/rules';
import type { YNode } from '../yaml/syntax';
import { findPair, nodeAtPath } from '../yaml/syntax';

export const PROBLEM_CODES = {
  syntax: 'yaml-syntax',
  schema: 'schema',
  duplicatePerson: 'duplicate-person',
  invitationIsContact: 'invitation-is-contact',
  invalidDate: 'invalid-date',
  unknownCategory: 'unknown-category',
  unknownChannel: 'unknown-channel',
  unknownOutcome: 'unknown-outcome',
  unknownSuggestion: 'unknown-suggestion',
  blueprintId: 'blueprint-id',
  duplicateBlueprint: 'duplicate-blueprint',
  ruleGlob: 'rule-glob',
  ruleField: 'rule-field',
  version: 'version',
} as const;

const schema = schemaJson as unknown as Schema & { definitions: Record<string, Schema> };
const DEFINITION_OF: Record<EntryList, string> = {
  invitations: 'invitation',
  contacts: 'contact',
  archive: 'archived',
  rules: 'rule',
  blueprints: 'blueprint',
};
const DAY_FIELDS = ['received', 'snoozed', 'connected', 'lastContact', 'followUp', 'decided'];

let validators: Map<string, Validator> | undefined;
function validatorFor(definition: string): Validator {
  validators ??= new Map();
  let v = validators.get(definition);
  if (!v) {
    v = new Validator({ $ref: `#/definitions/${definition}`, definitions: schema.definitions } as Schema, '7', false);
    validators.set(definition, v);
  }
  return v;
}

let rootValidator: Validator | undefined;

/** Every problem of a well-formed model (syntax errors are the model's own `syntaxErrors`). */
export function validateNetwork(model: NetworkModel): Problem[] {
  if (model.syntaxErrors.length > 0) {
    return [...model.syntaxErrors];
  }
  const problems: Problem[] = [];
  problems.push(...validateTopLevel(model));
  // one pass over the entries (30,000 of them: each visit costs): their own problems, and the
  // numbers of the people's identities for the duplicate check
  startIdentityNumbering();
  let maxIdentity = -1;
  for (const list of ['invitations', 'contacts', 'archive', 'rules', 'blueprints'] as const) {
    const person = list !== 'rules' && list !== 'blueprints';
    for (const entry of model[list]) {
      const ps = entryProblems(entry, list);
      for (let i = 0; i < ps.length; i++) {
        problems.push({ ...ps[i], start: ps[i].start + entry.start, end: ps[i].end + entry.start });
      }
      if (person) {
        maxIdentity = Math.max(maxIdentity, identityNumberOfEntry(entry));
      }
    }
  }
  problems.push(...duplicatePeople(model, maxIdentity));
  problems.push(...duplicateBlueprints(model));
  return problems;
}

// ---------------------------------------------------------------------------------------------
// top level

function validateTopLevel(model: NetworkModel): Problem[] {
  rootValidator ??= new Validator(schema, '7', false);
  const instance: Record<string, unknown> = {};
  for (const s of model.sections) {
    // list items are validated entry by entry (cached); here only the lists' own shape
    instance[s.key] = s.entries.length > 0 ? [] : s.value;
  }
  const out: Problem[] = [];
  for (const err of leafErrors(rootValidator.validate(instance).errors)) {
    const path = pointerPath(err.instanceLocation);
    const sec = model.sections.find(s => s.key === path[0]);
    if (!sec) {
      continue;
    }
    if (path[0] === 'cadence' && err.keyword === 'enum' && path.length === 2) {
      continue; // reported below with a suggestion
    }
    const range = sectionRange(model, sec, path.slice(1));
    out.push({
      code: path[0] === 'version' ? PROBLEM_CODES.version : PROBLEM_CODES.schema,
      severity: 'error',
      ...range,
      message: schemaMessage(err, path),
    });
  }
  const cadence = model.sections.find(s => s.key === 'cadence');
  if (cadence && isRecord(cadence.value)) {
    for (const key of Object.keys(cadence.value)) {
      if (!(CATEGORIES as readonly string[]).includes(key)) {
        const at = model.text.indexOf(key, cadence.headerEnd);
        if (at >= 0) {
          out.push(unknownValue(PROBLEM_CODES.unknownCategory, 'category', key, CATEGORIES, at, at + key.length));
        }
      }
    }
  }
  return out;
}

/** The range of a path inside a non-list section: re-parsed on demand (sections are small). */
function sectionRange(model: NetworkModel, sec: Section, path: string[]): { start: number; end: number } {
  let start = sec.lineStart;
  let end = sec.keyEnd;
  if (path.length > 0) {
    const key = path[path.length - 1];
    const idx = model.text.indexOf(`${key}:`, sec.headerEnd);
    if (idx >= 0 && idx < sec.end) {
      start = idx;
      end = idx + key.length;
    }
  } else if (sec.inlineEnd > sec.inlineStart) {
    start = sec.inlineStart;
    end = sec.inlineEnd;
  }
  return { start, end };
}

// ---------------------------------------------------------------------------------------------
// one entry (cached: an entry's problems depend only on its own text)

const NONE: readonly Problem[] = [];

/** Problems of one entry, offsets relative to the entry's text. */
export function entryProblems(entry: Entry, list: EntryList): readonly Problem[] {
  const memo = entry.parsed.memo;
  if (memo.problems?.list === list) {
    return memo.problems.problems;
  }
  const computed = computeEntryProblems(entry.parsed, list);
  const problems = computed.length ? computed : NONE;
  memo.problems = { list, problems };
  return problems;
}

function computeEntryProblems(parsed: ParsedEntry, list: EntryList): Problem[] {
  const out: Problem[] = [];
  const node = parsed.node;
  const value = parsed.value;
  // the schema, minus what the rules below say better (enums with suggestions, dates)
  const definition = DEFINITION_OF[list];
  const errors = quickCheck(value, definition) ? [] : leafErrors(validatorFor(definition).validate(value).errors);
  for (const err of errors) {
    const path = pointerPath(err.instanceLocation);
    if (
      err.keyword === 'enum' ||
      (err.keyword === 'pattern' && isDayPath(path)) ||
      (err.keyword === 'pattern' && path[0] === 'id')
    ) {
      continue;
    }
    out.push({
      code: PROBLEM_CODES.schema,
      severity: 'error',
      ...rangeOf(node, path, err.keyword === 'required'),
      message: schemaMessage(err, path),
    });
  }
  if (!isRecord(value) || node.kind !== 'map') {
    return out;
  }
  const at = (path: (string | number)[]): { start: number; end: number } => rangeOf(node, path, false);
  // dates
  for (const f of DAY_FIELDS) {
    const d = value[f];
    if (typeof d === 'string' && !isRealDay(d)) {
      out.push({ code: PROBLEM_CODES.invalidDate, severity: 'error', ...at([f]), message: dateMessage(f, d) });
    }
  }
  if (Array.isArray(value.notes)) {
    value.notes.forEach((n, i) => {
      if (isRecord(n) && typeof n.date === 'string' && !isRealDay(n.date)) {
        out.push({
          code: PROBLEM_CODES.invalidDate,
          severity: 'error',
          ...at(['notes', i, 'date']),
          message: dateMessage('date', n.date),
        });
      }
    });
  }
  // values from a fixed set, with "did you mean"
  const oneOf = (field: string, code: string, noun: string, allowed: readonly string[]): void => {
    const v = value[field];
    if (typeof v === 'string' && !allowed.includes(v)) {
      const r = at([field]);
      out.push(unknownValue(code, noun, v, allowed, r.start, r.end));
    }
  };
  oneOf('category', PROBLEM_CODES.unknownCategory, 'category', CATEGORIES);
  if (list === 'archive') {
    oneOf('outcome', PROBLEM_CODES.unknownOutcome, 'outcome', OUTCOMES);
  }
  if (list === 'rules') {
    oneOf('suggest', PROBLEM_CODES.unknownSuggestion, 'suggestion', SUGGESTIONS);
    out.push(...ruleProblems(node, value));
  }
  if (list === 'blueprints') {
    out.push(...blueprintProblems(node, value));
  }
  return out;
}

function ruleProblems(node: YNode, value: Record<string, unknown>): Problem[] {
  const out: Problem[] = [];
  if (!isRecord(value.match) || node.kind !== 'map') {
    return out;
  }
  const matchPair = findPair(node, 'match');
  const matchNode = matchPair?.value;
  for (const [field, pattern] of Object.entries(value.match)) {
    const pair = matchNode?.kind === 'map' ? findPair(matchNode, field) : undefined;
    if (!(MATCH_FIELDS as readonly string[]).includes(field)) {
      const start = pair?.keyStart ?? node.start;
      const end = pair?.keyEnd ?? node.start;
      out.push(unknownValue(PROBLEM_CODES.ruleField, 'field to match', field, MATCH_FIELDS, start, end));
      continue;
    }
    const problem = typeof pattern === 'string' ? globProblem(pattern) : undefined;
    if (problem && pair) {
      out.push({
        code: PROBLEM_CODES.ruleGlob,
        severity: 'error',
        start: pair.value.start,
        end: pair.value.end,
        message: `This pattern will not work: ${problem}.`,
      });
    }
  }
  return out;
}

function blueprintProblems(node: YNode, value: Record<string, unknown>): Problem[] {
  const out: Problem[] = [];
  const id = text(value.id);
  if (id !== undefined && !/^[a-z0-9-]+$/.test(id)) {
    const r = rangeOf(node, ['id'], false);
    const fixed = slugify(id);
    out.push({
      code: PROBLEM_CODES.blueprintId,
      severity: 'error',
      ...r,
      message: `A blueprint id is a slug: lower-case letters, digits and dashes (it names the draft files)${fixed ? `, e.g. ${fixed}` : ''}.`,
      fix: fixed ? { title: `Change to ${fixed}`, text: fixed } : undefined,
    });
  }
  for (const [field, allowed, code, noun] of [
    ['channels', CHANNELS, PROBLEM_CODES.unknownChannel, 'channel'],
    ['audience', CATEGORIES, PROBLEM_CODES.unknownCategory, 'category'],
  ] as const) {
    const list = value[field];
    if (Array.isArray(list)) {
      list.forEach((v, i) => {
        if (typeof v === 'string' && !(allowed as readonly string[]).includes(v)) {
          const r = rangeOf(node, [field, i], false);
          out.push(unknownValue(code, noun, v, allowed, r.start, r.end));
        }
      });
    }
  }
  return out;
}

export function slugify(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

type Check = (v: unknown) => boolean;
const compiledChecks = new Map<string, Check>();

/**
 * True when `value` certainly passes the schema's type and required checks (enums and day
 * patterns are the rules' job). Compiled from the same schema, it spares the full validator for
 * the common case: 30,000 entries at open. Anything it does not know sends the entry to the
 * full validator.
 */
export function quickCheck(value: unknown, definition: string): boolean {
  let check = compiledChecks.get(definition);
  if (!check) {
    check = compileCheck(schema.definitions[definition]);
    compiledChecks.set(definition, check);
  }
  return check(value);
}

const QUICK_KEYWORDS = new Set(['type', 'required', 'properties', 'items', 'enum', 'pattern', 'description', '$ref']);

function compileCheck(s: Schema | boolean | undefined): Check {
  if (s === undefined || s === true) {
    return () => true;
  }
  if (s === false || Object.keys(s).some(k => !QUICK_KEYWORDS.has(k))) {
    return () => false;
  }
  if (s.$ref) {
    const def = /^#\/definitions\/(.+)$/.exec(s.$ref);
    if (!def) {
      return () => false;
    }
    let inner: Check | undefined;
    return v => (inner ??= compileCheck(schema.definitions[def[1]]))(v);
  }
  if (s.enum) {
    return v => typeof v === 'string'; // an unknown value is the rules' problem, with a suggestion
  }
  const checks: Check[] = [];
  if (s.type) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    checks.push(v => types.some(t => jsonTypeIs(v, t)));
  }
  if (s.pattern && s.pattern !== schema.definitions.day.pattern && s.pattern !== '^[a-z0-9-]+$') {
    const re = new RegExp(s.pattern, 'u');
    checks.push(v => typeof v !== 'string' || re.test(v));
  }
  if (s.items && typeof s.items === 'object' && !Array.isArray(s.items)) {
    const item = compileCheck(s.items);
    checks.push(v => !Array.isArray(v) || v.every(item));
  }
  const required = s.required ?? [];
  const props = s.properties
    ? new Map(Object.entries(s.properties).map(([k, ps]) => [k, compileCheck(ps)]))
    : undefined;
  if (required.length || props) {
    checks.push(v => {
      if (!isRecord(v)) {
        return true;
      }
      for (const r of required) {
        if (!(r in v)) {
          return false;
        }
      }
      if (props) {
        for (const k in v) {
          const c = props.get(k);
          if (c && !c(v[k])) {
            return false;
          }
        }
      }
      return true;
    });
  }
  return v => checks.every(c => c(v));
}

function jsonTypeIs(v: unknown, t: string): boolean {
  switch (t) {
    case 'string':
      return typeof v === 'string';
    case 'number':
      return typeof v === 'number';
    case 'integer':
      return typeof v === 'number' && Number.isInteger(v);
    case 'boolean':
      return typeof v === 'boolean';
    case 'array':
      return Array.isArray(v);
    case 'object':
      return isRecord(v);
    case 'null':
      return v === null;
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------
// across entries

/** `max`: the largest identity number of the model's people (numbered since startIdentityNumbering). */
function duplicatePeople(model: NetworkModel, max: number): Problem[] {
  const out: Problem[] = [];
  // the first entry of each identity, as list number * 2^24 + index + 1 (0: not seen yet)
  const first = new Float64Array(max + 1);
  const LIST_SHIFT = 2 ** 24;
  PERSON_LISTS.forEach((list, li) => {
    model[list].forEach((entry, index) => {
      const n = identityNumberOfEntry(entry);
      if (n < 0) {
        return;
      }
      const seen = first[n];
      if (seen === 0) {
        first[n] = li * LIST_SHIFT + index + 1;
        return;
      }
      const prevList = PERSON_LISTS[Math.floor((seen - 1) / LIST_SHIFT)];
      const prev = model[prevList][(seen - 1) % LIST_SHIFT];
      out.push(duplicateProblem(entry, prev));
    });
  });
  return out;
}

function duplicateProblem(entry: Entry, prev: Entry): Problem {
  const id = identityOfEntry(entry) ?? '';
  const invitationOfContact =
    (entry.list === 'invitations' && prev.list === 'contacts') ||
    (entry.list === 'contacts' && prev.list === 'invitations');
  // the invitation is what needs a decision: the problem sits on it
  const [at, other] = invitationOfContact && entry.list === 'contacts' ? [prev, entry] : [entry, prev];
  const r = nameRange(at);
  const or = nameRange(other);
  const name = personOf(at).name;
  return {
    code: invitationOfContact ? PROBLEM_CODES.invitationIsContact : PROBLEM_CODES.duplicatePerson,
    severity: 'warning',
    start: r.start + at.start,
    end: r.end + at.start,
    message: invitationOfContact
      ? `${name} is already a contact (${personOf(other).name}): accept or ignore this invitation, or merge the two.`
      : `${name} is listed twice: also in ${other.list} (same ${id.startsWith('profile:') ? 'profile' : 'name'}).`,
    related: {
      start: or.start + other.start,
      end: or.end + other.start,
      message: `also listed here, in ${other.list}`,
    },
  };
}

function duplicateBlueprints(model: NetworkModel): Problem[] {
  const out: Problem[] = [];
  const seen = new Map<string, Entry>();
  for (const entry of model.blueprints) {
    const v = entry.parsed.value;
    const id = isRecord(v) ? text(v.id) : undefined;
    if (!id) {
      continue;
    }
    const prev = seen.get(id);
    if (prev) {
      const r = rangeOf(entry.parsed.node, ['id'], false);
      const pr = rangeOf(prev.parsed.node, ['id'], false);
      out.push({
        code: PROBLEM_CODES.duplicateBlueprint,
        severity: 'error',
        start: r.start + entry.start,
        end: r.end + entry.start,
        message: `The blueprint id ${id} is used twice; drafts could not tell the two apart.`,
        related: { start: pr.start + prev.start, end: pr.end + prev.start, message: 'first used here' },
      });
    } else {
      seen.set(id, entry);
    }
  }
  return out;
}

function nameRange(entry: Entry): { start: number; end: number } {
  return rangeOf(entry.parsed.node, ['name'], false);
}

// ---------------------------------------------------------------------------------------------
// helpers

/** Relative range of the node at `path`; for a missing key, the closest existing node's start. */
function rangeOf(
  root: YNode,
  path: readonly (string | number)[],
  wholeIfMissing: boolean,
): { start: number; end: number } {
  const { node, keyOf, depth } = nodeAtPath(root, path);
  if (wholeIfMissing && depth === path.length && node.kind === 'map' && node.pairs.length) {
    return { start: node.pairs[0].keyStart, end: node.pairs[0].keyEnd }; // "needs a field": point at the entry's first key
  }
  if (depth === path.length) {
    if (node.start === node.end && keyOf) {
      return { start: keyOf.keyStart, end: keyOf.keyEnd };
    }
    return { start: node.start, end: node.end };
  }
  if (wholeIfMissing || node.kind !== 'map') {
    const firstLineEnd = node.kind === 'map' && node.pairs.length ? node.pairs[0].keyEnd : node.end;
    return { start: node.start, end: Math.max(node.start, Math.min(node.end, firstLineEnd)) };
  }
  return { start: node.start, end: node.start };
}

function leafErrors(errors: OutputUnit[]): OutputUnit[] {
  // cfworker reports a chain per violation ("property x does not match", "$ref ..."); keep the cause
  return errors.filter(
    e =>
      !['properties', 'items', '$ref', 'allOf', 'additionalProperties', 'propertyNames'].includes(e.keyword) ||
      (e.keyword === 'additionalProperties' &&
        !errors.some(o => o !== e && o.instanceLocation.startsWith(e.instanceLocation + '/'))),
  );
}

function pointerPath(location: string): string[] {
  return location
    .replace(/^#\/?/, '')
    .split('/')
    .filter(s => s !== '')
    .map(s => decodeURIComponent(s.replace(/~1/g, '/').replace(/~0/g, '~')));
}

function isDayPath(path: string[]): boolean {
  return DAY_FIELDS.includes(path[path.length - 1]) || (path[0] === 'notes' && path[path.length - 1] === 'date');
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
  null: 'empty',
};

function schemaMessage(err: OutputUnit, path: string[]): string {
  const where = path.length ? `"${path.join('.')}"` : 'This entry';
  switch (err.keyword) {
    case 'required': {
      const m = /required property "([^"]+)"/.exec(err.error);
      const prop = m?.[1] ?? 'a field';
      return `${path.length ? where : 'This entry'} needs "${prop}".`;
    }
    case 'type': {
      const m = /Expected "([^"]+)"/.exec(err.error);
      const expected = (m?.[1] ?? '')
        .split(/", "|,\s*/)
        .map(t => TYPE_WORDS[t.replace(/"/g, '')] ?? t)
        .join(' or ');
      return `${where} should be ${expected || 'something else'}.`;
    }
    case 'const':
      return path[0] === 'version'
        ? 'This is version 1 of the network format: write "version: 1".'
        : `${where} has a value that is not allowed.`;
    case 'minimum':
      return `${where} must be at least 1.`;
    case 'minProperties':
      return `${where} needs at least one field.`;
    case 'pattern':
      return `${where} is not written the expected way.`;
    default:
      return `${where}: ${err.error}`;
  }
}

function dateMessage(field: string, d: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(d)
    ? `${d} is not a real day (${field}).`
    : `Write ${field} as YYYY-MM-DD, e.g. 2026-11-26 (found "${d}").`;
}

function unknownValue(
  code: string,
  noun: string,
  value: string,
  allowed: readonly string[],
  start: number,
  end: number,
): Problem {
  const suggestion = didYouMean(value, allowed);
  return {
    code,
    severity: 'error',
    start,
    end,
    message: `Unknown ${noun} "${value}"${suggestion ? `: did you mean "${suggestion}"?` : ''} Known: ${allowed.join(', ')}.`,
    fix: suggestion ? { title: `Change to ${suggestion}`, text: suggestion } : undefined,
  };
}

/** The allowed value closest to `value` (case, prefix, or at most two edits away). */
export function didYouMean(value: string, allowed: readonly string[]): string | undefined {
  const v = value.trim().toLowerCase();
  const exact = allowed.find(
    a => a.toLowerCase() === v || a.toLowerCase() === v.replace(/s$/, '') || a.toLowerCase() === v.replace(/ies$/, 'y'),
  );
  if (exact) {
    return exact;
  }
  let best: string | undefined;
  let bestD = Infinity;
  for (const a of allowed) {
    const d = editDistance(v, a.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = a;
    }
  }
  if (best && bestD <= Math.max(1, Math.min(2, Math.floor(best.length / 3)))) {
    return best;
  }
  return allowed.find(a => v.length >= 3 && a.startsWith(v));
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}
