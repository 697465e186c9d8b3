// "Did you mean": the known words closest to a word that is not one of them. Pure, so any check
// of a value from a fixed set (a category, a stage, a LinkedIn to-do, a mentioned name) can use it.

import * as l10n from '@vscode/l10n';
import type { Problem } from '../network/network';

/** How close a candidate is: 0 the same word (case, plural), 1-2 that many edits, 3 a prefix. */
const SAME_WORD = 0;
const PREFIX = 3;

/**
 * Up to `max` of `candidates` that `word` is probably a slip for, closest first (ties in the
 * candidates' order): the same word in another case or plural, then at most two edits away (one
 * for words under six letters), then words that `word` (three letters or more) begins.
 */
export function closestMatches(word: string, candidates: readonly string[], max: number): string[] {
  const w = word.trim().toLowerCase();
  const ranked: { candidate: string; closeness: number; order: number }[] = [];
  const seen = new Set<string>();
  candidates.forEach((candidate, order) => {
    const closeness = seen.has(candidate) ? undefined : closenessOf(w, candidate.toLowerCase());
    seen.add(candidate);
    if (closeness !== undefined) {
      ranked.push({ candidate, closeness, order });
    }
  });
  ranked.sort((a, b) => a.closeness - b.closeness || a.order - b.order);
  return ranked.slice(0, Math.max(0, max)).map(r => r.candidate);
}

/** The one allowed value closest to `value`, if any is close enough to suggest. */
export function didYouMean(value: string, allowed: readonly string[]): string | undefined {
  return closestMatches(value, allowed, 1)[0];
}

/** `w` and `c` lower case; undefined when `c` is too far from `w` to suggest. */
function closenessOf(w: string, c: string): number | undefined {
  if (c === w) {
    return SAME_WORD - 1; // the word itself before its singular ("ts" before "t")
  }
  if (c === w.replace(/s$/, '') || c === w.replace(/ies$/, 'y')) {
    return SAME_WORD;
  }
  const allowedEdits = Math.max(1, Math.min(2, Math.floor(c.length / 3)));
  // lengths further apart than the edits allowed cannot be close: no table to fill (30,000 names)
  if (Math.abs(c.length - w.length) <= allowedEdits) {
    const edits = editDistance(w, c);
    if (edits <= allowedEdits) {
      return edits;
    }
  }
  return w.length >= 3 && c.startsWith(w) ? PREFIX : undefined;
}

/** Levenshtein distance, one row of the table at a time. */
export function editDistance(a: string, b: string): number {
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

/** An error for a value outside a fixed set: the set in the message, the closest value as the fix. */
export function unknownValueProblem(
  code: string,
  noun: string,
  value: string,
  allowed: readonly string[],
  range: { start: number; end: number },
): Problem {
  const suggestion = didYouMean(value, allowed);
  return {
    code,
    severity: 'error',
    start: range.start,
    end: range.end,
    message: suggestion
      ? l10n.t('Unknown {0} "{1}": did you mean "{2}"? Known: {3}.', noun, value, suggestion, allowed.join(', '))
      : l10n.t('Unknown {0} "{1}" Known: {2}.', noun, value, allowed.join(', ')),
    fix: suggestion ? { title: l10n.t('Change to {0}', suggestion), text: suggestion } : undefined,
  };
}
