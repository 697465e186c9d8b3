// The shape of a row of the action table (actionTable.ts): what an action is called, where it
// appears and what it asks for. Rows live by domain (personActions.ts, ...); what an action does
// to the file (its plan) is in actionPlans.ts under the same kind, loaded with the first command.

import type { Entry, EntryList, LinkedInTodo, NetworkModel } from '../network/network';

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
}
