// The shape of a row of the action table (actionTable.ts): what an action is called, where it
// appears, what it asks for, and its pure plan. Rows live by domain (personActions.ts, ...).

import type { Entry, EntryList, LinkedInTodo, NetworkModel, Person, PersonList } from '../network/network';
import type { EntryFields } from '../yaml/entryFields';
import type { TextEdit } from '../yaml/textEdits';
import { EntryEditError } from '../yaml/entryFields';
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
  | 'setFollowUp'
  | 'logOpportunity'
  | 'setStage'
  | 'tellAvailability'
  | 'doneOnLinkedIn'
  | 'acknowledgeMove';

/** What an action takes as its value (the command's second argument), asked for when not given. */
export type ActionInput = 'note' | 'category' | 'tag' | 'followUpDate' | 'removalReason' | 'opportunity' | 'stage';

/** A value as scripts pass it: text, or named fields (logOpportunity's role, client, ...). */
export type ActionValue = string | Readonly<Record<string, string>>;

export interface ActionContext {
  /** The user's local day, YYYY-MM-DD. */
  readonly today: string;
  readonly snoozeDays: number;
  /** `contractorNetwork.linkedinTodos`: record what is still to do on linkedin.com (absent: off). */
  readonly linkedinTodos?: boolean;
}

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
  /** The lists whose entries it works on; a palette pick offers the first. */
  readonly lists: readonly EntryList[];
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
  /**
   * The LinkedIn to-do it leaves on the entry (contract §2, version 1) while the setting
   * `linkedinTodos` is on; `clear` removes a pending one whatever the setting (restore).
   */
  readonly linkedinTodo?: LinkedInTodo | 'clear';
  /** Whether its lens and tree item are offered for this entry (one of a toggle pair...); absent: always. */
  readonly offeredFor?: (entry: Entry, model: NetworkModel) => boolean;
  /** The palette's pick lists only the entries it is offered for, from all its lists (else the first list's all). */
  readonly pickOffered?: boolean;
  readonly plan: (step: ActionStep) => PlannedChange;
}

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
