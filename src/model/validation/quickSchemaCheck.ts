// A fast path for the JSON schema check: a schema definition compiled into plain predicates that
// say "certainly valid" for the common entry, so that opening 30,000 entries does not run the
// full validator on each. Anything it does not know, it answers "not sure" (false), and the
// caller runs the full validator.

import type { Schema } from '@cfworker/json-schema';
import { isRecord } from '../network/network';

/** True when the value certainly passes the schema's type and required checks. */
export type QuickCheck = (value: unknown) => boolean;

/** What a compiled check needs besides the schema itself. */
export interface QuickCheckContext {
  /** The schema's `definitions`, for `$ref: '#/definitions/...'`. */
  readonly definitions: Readonly<Record<string, Schema>>;
  /** Patterns the caller's own rules report better (days, slugs): not checked here. */
  readonly skippedPatterns: ReadonlySet<string>;
}

const QUICK_KEYWORDS = new Set([
  'type',
  'required',
  'properties',
  'items',
  'enum',
  'const',
  'minimum',
  'minProperties',
  'propertyNames',
  'additionalProperties',
  'pattern',
  'description',
  '$ref',
]);
const CERTAIN: QuickCheck = () => true;
const NOT_SURE: QuickCheck = () => false;

/**
 * Compiles `s` into a check that is true only when the full validator would find no error other
 * than an unknown enum value or a skipped pattern (those are the rules' job, with suggestions).
 */
export function compileQuickCheck(s: Schema | boolean | undefined, context: QuickCheckContext): QuickCheck {
  if (s === undefined || s === true) {
    return CERTAIN;
  }
  if (s === false || Object.keys(s).some(k => !QUICK_KEYWORDS.has(k))) {
    return NOT_SURE;
  }
  if (s.$ref) {
    return refCheck(s.$ref, context);
  }
  if (s.enum) {
    return v => typeof v === 'string'; // an unknown value is the rules' problem, with a suggestion
  }
  const checks: QuickCheck[] = [];
  if (s.const !== undefined) {
    const c: unknown = s.const;
    if (typeof c === 'object' && c !== null) {
      return NOT_SURE;
    }
    checks.push(v => v === c);
  }
  if (s.type) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    checks.push(v => types.some(t => jsonTypeIs(v, t)));
  }
  if (typeof s.minimum === 'number') {
    const min = s.minimum;
    checks.push(v => typeof v !== 'number' || v >= min);
  }
  if (typeof s.minProperties === 'number') {
    // a rule's `match`: at least one field (a value that is not an object: the type check says so)
    const min = s.minProperties;
    checks.push(v => !isRecord(v) || Object.keys(v).length >= min);
  }
  const keys = keysCheck(s, context);
  if (!keys) {
    return NOT_SURE;
  }
  checks.push(keys);
  if (s.pattern && !context.skippedPatterns.has(s.pattern)) {
    const re = new RegExp(s.pattern, 'u');
    checks.push(v => typeof v !== 'string' || re.test(v));
  }
  if (s.items && typeof s.items === 'object' && !Array.isArray(s.items)) {
    const item = compileQuickCheck(s.items, context);
    checks.push(v => !Array.isArray(v) || v.every(item));
  }
  if (s.required?.length || s.properties) {
    checks.push(fieldsCheck(s.required ?? [], s.properties, context));
  }
  return v => checks.every(c => c(v));
}

/**
 * An object's keys: `propertyNames` as a list of names (strictly: an unknown name is not certain),
 * and `additionalProperties` (a schema for the keys `properties` does not name, or false).
 * Undefined for a form it does not know.
 */
function keysCheck(s: Schema, context: QuickCheckContext): QuickCheck | undefined {
  let names: ReadonlySet<string> | undefined;
  if (s.propertyNames !== undefined) {
    const p = s.propertyNames;
    if (typeof p !== 'object' || Object.keys(p).some(k => k !== 'enum') || !Array.isArray(p.enum)) {
      return undefined;
    }
    names = new Set(p.enum.map(String));
  }
  const known = new Set(Object.keys(s.properties ?? {}));
  const extra = s.additionalProperties === undefined ? CERTAIN : compileQuickCheck(s.additionalProperties, context);
  if (!names && extra === CERTAIN) {
    return CERTAIN;
  }
  return v => {
    if (!isRecord(v)) {
      return true; // not an object: the type check says so
    }
    for (const k in v) {
      if ((names && !names.has(k)) || (!known.has(k) && !extra(v[k]))) {
        return false;
      }
    }
    return true;
  };
}

function refCheck(ref: string, context: QuickCheckContext): QuickCheck {
  const def = /^#\/definitions\/(.+)$/.exec(ref);
  if (!def) {
    return NOT_SURE;
  }
  // compiled on first use: a definition may refer to itself
  let inner: QuickCheck | undefined;
  return v => (inner ??= compileQuickCheck(context.definitions[def[1]], context))(v);
}

/** The required fields are present, and each known field passes its own check. */
function fieldsCheck(
  required: readonly string[],
  properties: Readonly<Record<string, Schema | boolean>> | undefined,
  context: QuickCheckContext,
): QuickCheck {
  const props = properties
    ? new Map(Object.entries(properties).map(([k, ps]) => [k, compileQuickCheck(ps, context)]))
    : undefined;
  return v => {
    if (!isRecord(v)) {
      return true; // not an object: the type check says so
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
  };
}

/** Whether `v` is of the JSON schema type `t`. */
export function jsonTypeIs(v: unknown, t: string): boolean {
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
