// What an action of contract §2 does to the file, as minimal text edits: the table row's plan,
// run on the entry the reference names. Only the touched entries' lines change, plus the end of
// the target list; everything else stays byte for byte. A broken file is never written.

import * as l10n from '@vscode/l10n';
import type { EntryRef } from '../people/identity';
import { refMatches } from '../people/identity';
import { personOf } from '../people/person';
import type { Entry, EntryList, NetworkModel, PersonList } from '../network/network';
import { record, sourceOf, text } from '../network/network';
import { firstMatchingRule, rulesOf } from '../rules/rules';
import { EntryEditError, EntryFields } from '../yaml/entryFields';
import { lineColumn } from '../yaml/lineIndex';
import type { EditPlan } from '../yaml/textEdits';
import type { ActionContext, ActionKind, ActionValue } from './actionSpec';
import { PLANS } from './actionPlans';
import { ACTIONS, actionSpec } from './actionTable';
import { ListEditError } from './listEdits';
import { conflictRefusal } from '../merge/conflictMarkers';
import { refOf } from './entryRef';

export { refOf };

export interface ActionRequest {
  readonly kind: ActionKind;
  readonly ref: EntryRef;
  /** The note text, category, tag, follow-up date, removal reason, stage; logOpportunity's fields. */
  readonly value?: ActionValue;
  /** A note's day, when not today (`addNote(ref, text, date)`). */
  readonly date?: string;
}

/** The first list each action works on (where a palette pick looks). */
export const ACTION_LIST = Object.fromEntries(ACTIONS.map(a => [a.kind, a.lists[0]])) as Record<ActionKind, EntryList>;

/** "There is no pending invitation Priya Anand in network.yaml; nothing was changed." */
function noSuchEntry(list: EntryList, who: string): string {
  switch (list) {
    case 'invitations':
      return l10n.t('There is no pending invitation {0} in network.yaml; nothing was changed.', who);
    case 'contacts':
      return l10n.t('There is no contact {0} in network.yaml; nothing was changed.', who);
    case 'archive':
      return l10n.t('There is no archived entry {0} in network.yaml; nothing was changed.', who);
    case 'opportunities':
      return l10n.t('There is no opportunity {0} in network.yaml; nothing was changed.', who);
    case 'rules':
      return l10n.t('There is no rule {0} in network.yaml; nothing was changed.', who);
    case 'blueprints':
      return l10n.t('There is no blueprint {0} in network.yaml; nothing was changed.', who);
  }
}

/** "Priya Anand is not a pending invitation but a contact; nothing was changed." */
function inOtherList(who: string, list: EntryList, elsewhere: PersonList): string {
  switch (`${list} ${elsewhere}`) {
    case 'invitations contacts':
      return l10n.t('{0} is not a pending invitation but a contact; nothing was changed.', who);
    case 'invitations archive':
      return l10n.t('{0} is not a pending invitation but an archived entry; nothing was changed.', who);
    case 'contacts invitations':
      return l10n.t('{0} is not a contact but a pending invitation; nothing was changed.', who);
    case 'contacts archive':
      return l10n.t('{0} is not a contact but an archived entry; nothing was changed.', who);
    case 'archive invitations':
      return l10n.t('{0} is not an archived entry but a pending invitation; nothing was changed.', who);
    case 'archive contacts':
      return l10n.t('{0} is not an archived entry but a contact; nothing was changed.', who);
    default:
      return noSuchEntry(list, who);
  }
}

/**
 * The contacts `refs` name, each once and in the order given, for an action on several people;
 * a ref that is no contact refuses, in the words `notFound(who)` gives.
 */
export function contactsOf(
  model: NetworkModel,
  refs: readonly EntryRef[],
  notFound: (who: string) => string,
): Entry[] | EditPlan {
  const entries: Entry[] = [];
  for (const ref of refs) {
    const entry = findEntry(model, 'contacts', ref);
    if (!entry) {
      return { ok: false, message: notFound(ref.name ?? ref.profile ?? l10n.t('that person')) };
    }
    if (!entries.includes(entry)) {
      entries.push(entry);
    }
  }
  return entries;
}

/** Refuses to touch a file with YAML errors, pointing at the first one. */
export function refuseIfBroken(model: NetworkModel): EditPlan | undefined {
  const err = model.syntaxErrors[0];
  if (!err) {
    return undefined;
  }
  const conflict = conflictRefusal(model);
  if (conflict) {
    return conflict;
  }
  const { line, column } = lineColumn(model.text, err.start);
  const what = err.reason ?? err.message;
  return {
    ok: false,
    offset: err.start,
    message: l10n.t(
      'network.yaml has a YAML error on line {0}, column {1}: {2} Fix it first; nothing was written.',
      line + 1,
      column + 1,
      what,
    ),
  };
}

/**
 * The entry a reference points at in `list`: a person by profile or name, an opportunity by id
 * (its index, when given and still right, tells duplicates apart).
 */
export function findEntry(model: NetworkModel, list: EntryList, ref: EntryRef, exclude?: Entry): Entry | undefined {
  if ((list === 'opportunities') !== (ref.opportunity !== undefined)) {
    return undefined;
  }
  const matches = (e: Entry): boolean => {
    const r = record(e);
    return (
      e !== exclude &&
      (ref.opportunity !== undefined
        ? text(r.id)?.trim() === ref.opportunity.trim()
        : refMatches(ref, r.profile, r.name))
    );
  };
  if (typeof ref.index === 'number' && (!ref.list || ref.list === list)) {
    const at = model[list][ref.index];
    if (at && matches(at)) {
      return at;
    }
  }
  return model[list].find(matches);
}

function describeRef(ref: EntryRef): string {
  return ref.opportunity ?? ref.name ?? ref.profile ?? l10n.t('that person');
}

function notFound(model: NetworkModel, lists: readonly EntryList[], ref: EntryRef): EditPlan {
  const list = lists.find(l => (l === 'opportunities') === (ref.opportunity !== undefined)) ?? lists[0];
  const elsewhere = (['invitations', 'contacts', 'archive'] as const).find(
    l => !lists.includes(l) && findEntry(model, l, ref),
  );
  return {
    ok: false,
    message: elsewhere ? inOtherList(describeRef(ref), list, elsewhere) : noSuchEntry(list, describeRef(ref)),
  };
}

/** The entry in the first of `lists` that the reference finds (its own list first when it names one). */
function entryFor(model: NetworkModel, lists: readonly EntryList[], ref: EntryRef): Entry | undefined {
  const order = ref.list && lists.includes(ref.list) ? [ref.list, ...lists.filter(l => l !== ref.list)] : lists;
  for (const list of order) {
    const found = findEntry(model, list, ref);
    if (found) {
      return found;
    }
  }
  return undefined;
}

export function planAction(model: NetworkModel, req: ActionRequest, ctx: ActionContext): EditPlan {
  const broken = refuseIfBroken(model);
  if (broken) {
    return broken;
  }
  const spec = actionSpec(req.kind);
  const entry = entryFor(model, spec.lists, req.ref);
  if (!entry) {
    return notFound(model, spec.lists, req.ref);
  }
  const person = personOf(entry);
  try {
    const fields = new EntryFields(entry.parsed, model.eol);
    const matchingRule = (): ReturnType<typeof firstMatchingRule> => firstMatchingRule(rulesOf(model), record(entry));
    const value = typeof req.value === 'string' ? req.value : undefined;
    const todo = spec.linkedinTodo === 'clear' || ctx.linkedinTodos ? spec.linkedinTodo : undefined;
    const step = { model, entry, fields, person, value, given: req.value, date: req.date, ctx, todo, matchingRule };
    const planned = PLANS[req.kind](step);
    // an edit that writes what is already there is no edit (it would only dirty the document)
    const source = sourceOf(model);
    const edits = planned.edits.filter(e => source.slice(e.start, e.end) !== e.text);
    return { ok: true, edits, message: planned.message, made: planned.made };
  } catch (e) {
    if (e instanceof EntryEditError || e instanceof ListEditError) {
      const who = entry.list === 'opportunities' ? (text(record(entry).id) ?? l10n.t('the opportunity')) : person.name;
      return { ok: false, offset: entry.start, message: l10n.t('{0}: {1}; nothing was changed.', who, e.message) };
    }
    throw e;
  }
}
