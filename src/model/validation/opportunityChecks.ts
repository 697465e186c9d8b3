// The checks of contract §7 on opportunities that look across entries: a duplicate or missing
// `id`, a `via` that matches nobody (or only someone archived), and a double submission: the
// same client already had a CV of yours within 180 days, which clients reject.

import * as l10n from '@vscode/l10n';
import { daysBetween, isRealDay } from '../calendar/dates';
import type { Entry, NetworkModel, Problem } from '../network/network';
import type { Opportunity } from '../opportunities/opportunity';
import { clientKey, opportunitiesOf } from '../opportunities/opportunity';
import { newOpportunityId } from '../opportunities/opportunityId';
import { viaPerson } from '../opportunities/pipeline';
import { personOf } from '../people/person';
import type { YMap } from '../yaml/syntax';
import { PROBLEM_CODES } from './problemCodes';
import type { TextRange } from './problemRanges';
import { rangeAtPath, shifted } from './problemRanges';
import { closestMatches } from './suggestions';

/** How long after a submission another one to the same client is a double submission (contract §7). */
export const DOUBLE_SUBMISSION_DAYS = 180;

/** Every cross-entry problem of the opportunities, offsets absolute. */
export function opportunityProblems(model: NetworkModel): Problem[] {
  if (model.opportunities.length === 0) {
    return [];
  }
  const out: Problem[] = [];
  const list = opportunitiesOf(model);
  idProblems(model, list, out);
  viaProblems(model, list, out);
  doubleSubmissions(list, out);
  return out;
}

/** The absolute range of a field's value; its key when empty; the entry's first key when it is missing. */
function fieldRange(entry: Entry, field: string): TextRange {
  return shifted(rangeAtPath(entry.parsed.node, [field], true), entry.start);
}

function idProblems(model: NetworkModel, list: readonly Opportunity[], out: Problem[]): void {
  const first = new Map<string, Opportunity>();
  for (const o of list) {
    if (!o.id) {
      out.push(missingId(model, o));
      continue;
    }
    const earlier = first.get(o.id);
    if (earlier) {
      out.push({
        code: PROBLEM_CODES.duplicateOpportunity,
        severity: 'error',
        ...fieldRange(o.entry, 'id'),
        message: l10n.t('The id "{0}" is already used by an earlier opportunity; ids must be unique.', o.id),
        related: { ...fieldRange(earlier.entry, 'id'), message: l10n.t('first used here') },
      });
    } else {
      first.set(o.id, o);
    }
  }
}

/** No `id`: an error whose quick fix writes one made from the client and the role. */
function missingId(model: NetworkModel, o: Opportunity): Problem {
  const node = o.entry.parsed.node;
  const range = fieldRange(o.entry, 'id');
  const firstKey = node.kind === 'map' && node.pairs[0] ? node.pairs[0].key : undefined;
  const id = newOpportunityId(o.client ?? '', o.role ?? '', model);
  const problem: Problem = {
    code: PROBLEM_CODES.opportunityId,
    severity: 'error',
    ...range,
    message: l10n.t('An opportunity needs an id (lower-case letters, digits and dashes, unique in the file).'),
  };
  if (!firstKey || node.kind !== 'map') {
    return problem;
  }
  return {
    ...problem,
    fix: { title: l10n.t('Add id: {0}', id), text: `id: ${id}${separatorAfterFirstKey(o.entry, node)}${firstKey}` },
  };
}

/** What goes between a new first key and the old one: a new line at the same column, or ", " in flow style. */
function separatorAfterFirstKey(entry: Entry, node: YMap): string {
  if (node.flow) {
    return ', ';
  }
  const text = entry.parsed.text;
  const keyStart = node.pairs[0].keyStart;
  const column = keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return eol + ' '.repeat(column);
}

function viaProblems(model: NetworkModel, list: readonly Opportunity[], out: Problem[]): void {
  let names: string[] | undefined;
  for (const o of list) {
    if (!o.via) {
      continue;
    }
    const person = viaPerson(model, o);
    if (person && person.list === 'archive') {
      const p = personOf(person);
      out.push({
        code: PROBLEM_CODES.viaArchived,
        severity: 'hint',
        ...fieldRange(o.entry, 'via'),
        message: archivedMessage(p.name, p.outcome, p.decided),
      });
    } else if (!person) {
      names ??= peopleNames(model);
      out.push(viaNobody(o, names));
    }
  }
}

/** "Ann is in the archive (declined 2026-01-02)." */
function archivedMessage(name: string, outcome: string | undefined, decided: string | undefined): string {
  if (!outcome) {
    return l10n.t('{0} is in the archive.', name);
  }
  return decided
    ? l10n.t('{0} is in the archive ({1} {2}).', name, outcome, decided)
    : l10n.t('{0} is in the archive ({1}).', name, outcome);
}

function peopleNames(model: NetworkModel): string[] {
  return [...model.contacts, ...model.invitations, ...model.archive].map(e => personOf(e).name);
}

/** How many of the closest names a `via` that names nobody suggests (as the unknown mention's quick fixes). */
const VIA_SUGGESTIONS = 3;

function viaNobody(o: Opportunity, names: readonly string[]): Problem {
  const via = o.via ?? '';
  const looksLikeUrl = /^https?:\/\//i.test(via);
  const close = looksLikeUrl ? [] : closestMatches(via, names, VIA_SUGGESTIONS);
  return {
    code: PROBLEM_CODES.viaUnknown,
    severity: 'warning',
    ...fieldRange(o.entry, 'via'),
    message: viaNobodyMessage(via, close),
    fix: close[0] ? { title: l10n.t('Change to {0}', close[0]), text: close[0] } : undefined,
  };
}

/** "Nobody in this file is "Ana Berg": did you mean "Anna Berg", "Anne Berg" or "Hanna Berg"?" */
function viaNobodyMessage(via: string, close: readonly string[]): string {
  switch (close.length) {
    case 0:
      return l10n.t('Nobody in this file is "{0}".', via);
    case 1:
      return l10n.t('Nobody in this file is "{0}": did you mean "{1}"?', via, close[0]);
    case 2:
      return l10n.t('Nobody in this file is "{0}": did you mean "{1}" or "{2}"?', via, close[0], close[1]);
    default:
      return l10n.t(
        'Nobody in this file is "{0}": did you mean "{1}", "{2}" or "{3}"?',
        via,
        close[0],
        close[1],
        close[2],
      );
  }
}

/** A submission to a client who already had one of yours within 180 days before it: a warning on the later one. */
function doubleSubmissions(list: readonly Opportunity[], out: Problem[]): void {
  const byClient = new Map<string, Opportunity[]>();
  for (const o of list) {
    const client = clientKey(o.client);
    if (client && o.submitted && isRealDay(o.submitted)) {
      byClient.set(client, [...(byClient.get(client) ?? []), o]);
    }
  }
  for (const submitted of byClient.values()) {
    // in submission order; on the same day, the one written first in the file is the earlier
    const ordered = [...submitted].sort(
      (a, b) => a.submitted!.localeCompare(b.submitted!) || a.entry.index - b.entry.index,
    );
    for (let i = 1; i < ordered.length; i++) {
      const later = ordered[i];
      const earlier = ordered[i - 1];
      if (daysBetween(earlier.submitted!, later.submitted!) <= DOUBLE_SUBMISSION_DAYS) {
        out.push(doubleSubmission(later, earlier));
      }
    }
  }
}

function doubleSubmission(later: Opportunity, earlier: Opportunity): Problem {
  const through = earlier.agency ?? earlier.via;
  const id = earlier.id ?? l10n.t('no id');
  return {
    code: PROBLEM_CODES.doubleSubmission,
    severity: 'warning',
    ...fieldRange(later.entry, 'submitted'),
    message: through
      ? l10n.t('{0}: already submitted via {1} on {2} ({3}).', later.client ?? '', through, earlier.submitted ?? '', id)
      : l10n.t('{0}: already submitted on {1} ({2}).', later.client ?? '', earlier.submitted ?? '', id),
    related: { ...fieldRange(earlier.entry, 'submitted'), message: l10n.t('the earlier submission') },
  };
}
