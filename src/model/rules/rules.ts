// Triage rules (contract §1): the first rule whose every named field matches suggests a decision.

import * as l10n from '@vscode/l10n';
import { Minimatch } from 'minimatch';
import type { ActionKind } from '../actions/actionSpec';
import { SUGGESTIONS } from '../actions/actionTable';
import type { Entry, NetworkModel } from '../network/network';
import { isRecord, record, text } from '../network/network';

/** The fields a rule may match on: what an invitation or contact can carry. */
export const MATCH_FIELDS = [
  'name',
  'profile',
  'headline',
  'company',
  'position',
  'message',
  'category',
  'email',
  'received',
  'reason',
] as const;

export interface Rule {
  readonly index: number;
  readonly entry: Entry;
  readonly match: ReadonlyMap<string, string>;
  readonly suggest?: ActionKind;
  readonly category?: string;
  readonly following?: boolean;
}

export interface Suggested {
  readonly rule: Rule;
  readonly suggestion: ActionKind;
  /** "rule 1: headline \"*recruit*\"" */
  readonly reason: string;
}

// `/` would be a path separator to minimatch; rules match text, so it is swapped for a
// character that is not a separator, on both sides.
const SLASH_STANDIN = '\ue000';
const compiled = new Map<string, Minimatch | false>();

/** The compiled pattern; false when minimatch cannot read it. */
export function compileGlob(pattern: string): Minimatch | false {
  const known = compiled.get(pattern);
  if (known !== undefined) {
    return known;
  }
  let mm: Minimatch | false;
  try {
    mm = new Minimatch(pattern.split('/').join(SLASH_STANDIN), { nocase: true, dot: true, nocomment: true });
    mm.match('');
  } catch {
    mm = false;
  }
  if (compiled.size > 5000) {
    compiled.clear();
  }
  compiled.set(pattern, mm);
  return mm;
}

/** Why a glob will not work as meant, or undefined when it is fine. */
export function globProblem(pattern: string): string | undefined {
  if (compileGlob(pattern) === false) {
    return l10n.t('minimatch cannot read this pattern');
  }
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      depth++;
    } else if (c === ']' && depth > 0) {
      depth--;
    }
  }
  if (depth > 0) {
    return l10n.t('a "[" is never closed, so it matches only itself');
  }
  return undefined;
}

export function globMatches(pattern: string, value: string | undefined): boolean {
  if (pattern === '') {
    return value === undefined || value.trim() === '';
  }
  if (value === undefined) {
    return false;
  }
  const mm = compileGlob(pattern);
  return mm !== false && mm.match(value.split('/').join(SLASH_STANDIN));
}

const cache = new WeakMap<NetworkModel, Rule[]>();

export function rulesOf(model: NetworkModel): Rule[] {
  let rules = cache.get(model);
  if (!rules) {
    rules = model.rules.map((entry, index) => toRule(entry, index));
    cache.set(model, rules);
  }
  return rules;
}

function toRule(entry: Entry, index: number): Rule {
  const r = record(entry);
  const match = new Map<string, string>();
  if (isRecord(r.match)) {
    for (const [k, v] of Object.entries(r.match)) {
      const t = text(v);
      match.set(k, t ?? (v === null ? '' : String(v)));
    }
  }
  const suggest =
    typeof r.suggest === 'string' && (SUGGESTIONS as readonly string[]).includes(r.suggest)
      ? (r.suggest as ActionKind)
      : undefined;
  return {
    index,
    entry,
    match,
    suggest,
    category: text(r.category),
    following: typeof r.following === 'boolean' ? r.following : undefined,
  };
}

export function ruleMatches(rule: Rule, person: Record<string, unknown>): boolean {
  if (rule.match.size === 0) {
    return false; // a rule without conditions would match everyone: treat it as incomplete
  }
  for (const [field, pattern] of rule.match) {
    if (!globMatches(pattern, text(person[field]))) {
      return false;
    }
  }
  return true;
}

/** The first rule that matches wins (contract §1), whether or not it suggests a decision. */
export function firstMatchingRule(rules: readonly Rule[], person: Record<string, unknown>): Rule | undefined {
  return rules.find(r => ruleMatches(r, person));
}

/** The winning rule's suggestion, if it makes one. */
export function suggestFor(rules: readonly Rule[], person: Record<string, unknown>): Suggested | undefined {
  const rule = firstMatchingRule(rules, person);
  return rule?.suggest ? { rule, suggestion: rule.suggest, reason: describeRule(rule) } : undefined;
}

export function describeRule(rule: Rule): string {
  const conds = [...rule.match].map(([k, v]) => `${k} ${JSON.stringify(v)}`).join(', ');
  return l10n.t('rule {0}: {1}', rule.index + 1, conds);
}
