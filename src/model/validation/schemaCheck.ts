// The JSON schema check: media/network.schema.json, the same file VS Code's YAML extension reads,
// run with @cfworker/json-schema; its errors reduced to their causes and said in plain words.

import * as l10n from '@vscode/l10n';
import { Validator } from '@cfworker/json-schema';
import type { OutputUnit, Schema } from '@cfworker/json-schema';
import schemaJson from '../../../media/network.schema.json';
import type { QuickCheck } from './quickSchemaCheck';
import { compileQuickCheck } from './quickSchemaCheck';

const schema = schemaJson as unknown as Schema & { definitions: Record<string, Schema> };

/** The slug pattern of ids: a blueprint's id has its own rule, with a fix. */
const SLUG_PATTERN = '^[a-z0-9-]+$';

/** One violation of the schema, at a path of the value checked. */
export interface SchemaViolation {
  /** The schema keyword that failed: type, required, enum, pattern, const... */
  readonly keyword: string;
  readonly path: readonly string[];
  /** What is wrong, in words a user reads in the Problems panel. */
  readonly message: string;
}

let rootValidator: Validator | undefined;
let rootQuickCheck: QuickCheck | undefined;
const validators = new Map<string, Validator>();
const quickChecks = new Map<string, QuickCheck>();

/** The violations of the whole file's shape (`instance`: the top-level keys and their values). */
export function networkSchemaViolations(instance: Record<string, unknown>): SchemaViolation[] {
  // the same fast path as the entries': the validator (a lazily loaded library in the Node build)
  // only for a file whose top level it cannot vouch for; no pattern skipped here
  if (!rootQuickCheck) {
    const { type, properties, required } = schema;
    rootQuickCheck = compileQuickCheck(
      { type, properties, required },
      { definitions: schema.definitions, skippedPatterns: new Set() },
    );
  }
  if (rootQuickCheck(instance)) {
    return [];
  }
  rootValidator ??= new Validator(schema, '7', false);
  return violationsOf(rootValidator.validate(instance).errors);
}

/** The violations of one list entry against its definition (`invitation`, `contact`, `rule`...). */
export function entrySchemaViolations(value: unknown, definition: string): SchemaViolation[] {
  if (quickCheck(value, definition)) {
    return [];
  }
  return violationsOf(validatorFor(definition).validate(value).errors);
}

/**
 * True when `value` certainly passes the schema's type and required checks (enums and day
 * patterns are the rules' job). Compiled from the same schema, it spares the full validator for
 * the common case: 30,000 entries at open. Anything it does not know sends the entry to the
 * full validator.
 */
export function quickCheck(value: unknown, definition: string): boolean {
  let check = quickChecks.get(definition);
  if (!check) {
    const skippedPatterns = new Set([schema.definitions.day.pattern ?? '', SLUG_PATTERN]);
    check = compileQuickCheck(schema.definitions[definition], { definitions: schema.definitions, skippedPatterns });
    quickChecks.set(definition, check);
  }
  return check(value);
}

function validatorFor(definition: string): Validator {
  let v = validators.get(definition);
  if (!v) {
    v = new Validator({ $ref: `#/definitions/${definition}`, definitions: schema.definitions } as Schema, '7', false);
    validators.set(definition, v);
  }
  return v;
}

function violationsOf(errors: OutputUnit[]): SchemaViolation[] {
  return leafErrors(errors).map(err => {
    const path = pointerPath(err.instanceLocation);
    return { keyword: err.keyword, path, message: schemaMessage(err, path) };
  });
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

/** `#/notes/0/date` -> ['notes', '0', 'date'] (JSON pointer escapes undone). */
export function pointerPath(location: string): string[] {
  return location
    .replace(/^#\/?/, '')
    .split('/')
    .filter(s => s !== '')
    .map(s => decodeURIComponent(s.replace(/~1/g, '/').replace(/~0/g, '~')));
}

/** A JSON schema type in words: "array" is "a list". */
function typeWords(type: string): string | undefined {
  switch (type) {
    case 'string':
      return l10n.t('text');
    case 'number':
      return l10n.t('a number');
    case 'integer':
      return l10n.t('a whole number');
    case 'boolean':
      return l10n.t('true or false');
    case 'array':
      return l10n.t('a list');
    case 'object':
      return l10n.t('a set of fields');
    case 'null':
      return l10n.t('empty');
    default:
      return undefined;
  }
}

function schemaMessage(err: OutputUnit, path: readonly string[]): string {
  const where = path.length ? `"${path.join('.')}"` : l10n.t('This entry');
  switch (err.keyword) {
    case 'required': {
      const m = /required property "([^"]+)"/.exec(err.error);
      return l10n.t('{0} needs "{1}".', where, m?.[1] ?? l10n.t('a field'));
    }
    case 'type':
      return l10n.t('{0} should be {1}.', where, expectedType(err.error) || l10n.t('something else'));
    case 'const':
      return path[0] === 'version'
        ? l10n.t('This is version 1 of the network format: write "version: 1".')
        : l10n.t('{0} has a value that is not allowed.', where);
    case 'minimum':
      return l10n.t('{0} must be at least 1.', where);
    case 'minProperties':
      return l10n.t('{0} needs at least one field.', where);
    case 'pattern':
      return l10n.t('{0} is not written the expected way.', where);
    default:
      return `${where}: ${err.error}`;
  }
}

/** The first type cfworker expects, in words: `Expected "array", "null"` is "a list". */
function expectedType(error: string): string {
  const first = /Expected "([^"]+)"/.exec(error)?.[1] ?? '';
  return typeWords(first) ?? first;
}
