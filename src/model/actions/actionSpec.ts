// The shape of a row of the action table (actionTable.ts): what an action is called, where it
// appears, what it asks for, and its pure plan. Rows live by domain (personActions.ts, ...).

import type { Entry, NetworkModel, Person, PersonList } from '../network/network';
import type { EntryEditor } from '../yaml/entryEditor';
import type { TextEdit } from '../yaml/textEdits';
import { EntryEditError } from '../yaml/entryEditor';
import { moveEntry } from './listEdits';

export type ActionKind =
  | 'accept'
  | 'ignore'
  | 'notKnown'
  | 'later'
  | 'remove'
  | 'restore'
  | 'unfollow'
  | 'follow'
  | 'addNote'
  | 'setCategory'
  | 'addTag'
  | 'setFollowUp';

/** What an action takes as its value (the command's second argument), asked for when not given. */
export type ActionInput = 'note' | 'category' | 'tag' | 'followUpDate' | 'removalReason';

export interface ActionContext {
  /** The user's local day, YYYY-MM-DD. */
  readonly today: string;
  readonly snoozeDays: number;
}

/** What a plan function gets: the entry, an editor of its fields, and the request's value. */
export interface ActionStep {
  readonly model: NetworkModel;
  readonly entry: Entry;
  readonly fields: EntryEditor;
  readonly person: Person;
  readonly value: string | undefined;
  readonly ctx: ActionContext;
  /** The triage rule that matches the entry, if any (first match wins). */
  readonly matchingRule: () => { readonly category?: string; readonly following?: boolean } | undefined;
}

export interface PlannedChange {
  readonly edits: TextEdit[];
  readonly message: string;
}

/** A modal question before the action, on while the named setting is. */
export interface ActionConfirmation {
  readonly setting: 'confirmNotKnown';
  readonly question: (name: string) => string;
  readonly detail: string;
  readonly button: string;
}

export interface ActionSpec {
  /** Also the command id: `contractorNetwork.<kind>`. */
  readonly kind: ActionKind;
  readonly list: PersonList;
  /** The palette title (= package.nls.json `command.<kind>`), the short one of lenses and picks, the past tense of summaries. */
  readonly titles: { readonly palette: string; readonly short: string; readonly past: string };
  /** The codicon of the command (package.json `icon`) and of its triage pick. */
  readonly icon: string;
  /** Takes every selected tree item at once. */
  readonly many: boolean;
  /** Its place among the code lenses of an entry (absent: no lens). */
  readonly lens?: number;
  /** An inline button on the entry's tree item. */
  readonly inline?: boolean;
  /** A pick in the triage queue, with its hint. */
  readonly triage?: { readonly hint: (ctx: { readonly snoozeDays: number }) => string };
  /** A triage rule may suggest it (`suggest:`). */
  readonly suggestible?: boolean;
  readonly input?: ActionInput;
  readonly confirm?: ActionConfirmation;
  /** Whether it is offered for this person (one of a toggle pair); absent: always. */
  readonly offeredFor?: (p: Person) => boolean;
  readonly plan: (step: ActionStep) => PlannedChange;
}


/** The entry's own lines change, nothing else. */
export function inPlace(step: ActionStep, message: string): PlannedChange {
  const at = step.entry.start;
  const edits = step.fields.allEdits().map(e => ({ start: e.start + at, end: e.end + at, text: e.text }));
  return { edits, message };
}

export function movedTo(step: ActionStep, target: PersonList, message: string): PlannedChange {
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

