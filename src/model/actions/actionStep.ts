// What a plan gets and gives (the plans of actionPlans.ts, by domain in personPlans.ts, ...), and
// the endings they share: the entry changed in place or moved to another list, a value required.

import type { Entry, LinkedInTodo, NetworkModel, Person, PersonList } from '../network/network';
import type { EntryFields } from '../yaml/entryFields';
import type { TextEdit } from '../yaml/textEdits';
import { EntryEditError } from '../yaml/entryFields';
import type { ActionContext, ActionValue } from './actionSpec';
import { moveEntry } from './listEdits';

/** What a plan function gets: the entry, the edits of its fields (EntryFields), and the request's value. */
export interface ActionStep {
  readonly model: NetworkModel;
  readonly entry: Entry;
  readonly fields: EntryFields;
  readonly person: Person;
  /** The value given as text (a note, a category...); undefined when none or not text. */
  readonly value: string | undefined;
  /** The value as given, text or fields. */
  readonly given: ActionValue | undefined;
  /** A day the request names (a note's date), YYYY-MM-DD. */
  readonly date: string | undefined;
  readonly ctx: ActionContext;
  /** What happens to `todoOnLinkedIn`: the row's `linkedinTodo` column, with the setting on (see settleTodo). */
  readonly todo: LinkedInTodo | 'clear' | undefined;
  /** The triage rule that matches the entry, if any (first match wins). */
  readonly matchingRule: () => { readonly category?: string; readonly following?: boolean } | undefined;
}

export interface PlannedChange {
  readonly edits: TextEdit[];
  readonly message: string;
  /** What the action made, for the command to resolve to (logOpportunity: the new id). */
  readonly made?: string;
}

/** What an action does to the entry: its edits and the message, or an EntryEditError refusing it. */
export type ActionPlan = (step: ActionStep) => PlannedChange;

/** To-dos that undo each other: following again someone not yet unfollowed on LinkedIn leaves nothing to do. */
const UNDOES: Partial<Record<LinkedInTodo, LinkedInTodo>> = { follow: 'unfollow', unfollow: 'follow' };

/**
 * Records the row's LinkedIn to-do on the entry it leaves behind, after the row's own fields; an
 * action that changed nothing leaves nothing to do, and one that undoes a pending to-do cancels it.
 */
function settleTodo(step: ActionStep): void {
  const todo = step.todo;
  if (todo === undefined) {
    return;
  }
  if (todo === 'clear') {
    step.fields.remove('todoOnLinkedIn');
    return;
  }
  if (step.fields.result() === step.entry.parsed.text) {
    return;
  }
  if (step.person.todoOnLinkedIn !== undefined && UNDOES[todo] === step.person.todoOnLinkedIn) {
    step.fields.remove('todoOnLinkedIn');
  } else {
    step.fields.set('todoOnLinkedIn', todo);
  }
}

/** The entry's own lines change, nothing else. */
export function inPlace(step: ActionStep, message: string): PlannedChange {
  settleTodo(step);
  const at = step.entry.start;
  const edits = step.fields.allEdits().map(e => ({ start: e.start + at, end: e.end + at, text: e.text }));
  return { edits, message };
}

export function movedTo(step: ActionStep, target: PersonList, message: string): PlannedChange {
  settleTodo(step);
  return { edits: moveEntry(step.model, step.entry, target, step.fields), message };
}

/** The request's value, trimmed; refuses an empty one with `what` is needed. */
export function required(step: ActionStep, what: string): string {
  const v = (step.value ?? '').trim();
  if (!v) {
    throw new EntryEditError(what);
  }
  return v;
}
