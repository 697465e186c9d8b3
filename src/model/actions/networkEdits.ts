// What an action of contract §2 does to the file, as minimal text edits: the table row's plan,
// run on the entry the reference names. Only the touched entries' lines change, plus the end of
// the target list; everything else stays byte for byte. A broken file is never written.

import type { EntryRef } from '../people/identity';
import { refMatches } from '../people/identity';
import { personOf } from '../people/person';
import type { Entry, NetworkModel, PersonList } from '../network/network';
import { record } from '../network/network';
import { firstMatchingRule, rulesOf } from '../rules/rules';
import { EntryEditError, EntryEditor } from '../yaml/entryEditor';
import { lineColumn } from '../yaml/lineIndex';
import type { EditPlan } from '../yaml/textEdits';
import type { ActionContext, ActionKind } from './actionSpec';
import { ACTIONS, actionSpec } from './actionTable';
import { ListEditError } from './listEdits';

export interface ActionRequest {
  readonly kind: ActionKind;
  readonly ref: EntryRef;
  /** The note text, category, tag, follow-up date or removal reason. */
  readonly value?: string;
}

/** The list each action works on. */
export const ACTION_LIST = Object.fromEntries(ACTIONS.map(a => [a.kind, a.list])) as Record<ActionKind, PersonList>;

const LIST_NOUN: Record<PersonList, string> = {
  invitations: 'pending invitation',
  contacts: 'contact',
  archive: 'archived entry',
};

/** Refuses to touch a file with YAML errors, pointing at the first one. */
export function refuseIfBroken(model: NetworkModel): EditPlan | undefined {
  const err = model.syntaxErrors[0];
  if (!err) {
    return undefined;
  }
  const { line, column } = lineColumn(model.text, err.start);
  const what = err.message.replace(/^YAML syntax: /, '');
  return {
    ok: false,
    offset: err.start,
    message: `network.yaml has a YAML error on line ${line + 1}, column ${column + 1}: ${what} Fix it first; nothing was written.`,
  };
}

/** The entry a reference points at in `list` (its index, when given and still right, tells duplicates apart). */
export function findEntry(model: NetworkModel, list: PersonList, ref: EntryRef, exclude?: Entry): Entry | undefined {
  const matches = (e: Entry): boolean => {
    const r = record(e);
    return e !== exclude && refMatches(ref, r.profile, r.name);
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
  return ref.name ?? ref.profile ?? 'that person';
}

function notFound(model: NetworkModel, list: PersonList, ref: EntryRef): EditPlan {
  const elsewhere = (['invitations', 'contacts', 'archive'] as const).find(l => l !== list && findEntry(model, l, ref));
  return {
    ok: false,
    message: elsewhere
      ? `${describeRef(ref)} is not a ${LIST_NOUN[list]} but a ${LIST_NOUN[elsewhere]}; nothing was changed.`
      : `There is no ${LIST_NOUN[list]} ${describeRef(ref)} in network.yaml; nothing was changed.`,
  };
}

export function planAction(model: NetworkModel, req: ActionRequest, ctx: ActionContext): EditPlan {
  const broken = refuseIfBroken(model);
  if (broken) {
    return broken;
  }
  const spec = actionSpec(req.kind);
  const entry = findEntry(model, spec.list, req.ref);
  if (!entry) {
    return notFound(model, spec.list, req.ref);
  }
  const person = personOf(entry);
  try {
    const fields = new EntryEditor(entry.parsed, model.eol);
    const matchingRule = (): ReturnType<typeof firstMatchingRule> => firstMatchingRule(rulesOf(model), record(entry));
    const planned = spec.plan({ model, entry, fields, person, value: req.value, ctx, matchingRule });
    // an edit that writes what is already there is no edit (it would only dirty the document)
    const edits = planned.edits.filter(e => model.text.slice(e.start, e.end) !== e.text);
    return { ok: true, edits, message: planned.message };
  } catch (e) {
    if (e instanceof EntryEditError || e instanceof ListEditError) {
      return { ok: false, offset: entry.start, message: `${person.name}: ${e.message}; nothing was changed.` };
    }
    throw e;
  }
}
