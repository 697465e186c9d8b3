// What is still to do on linkedin.com (`todoOnLinkedIn`, contract §1 and §2, version 1): which
// entries have a to-do, in what order they are worked through, and how each one is said.

import type { Entry, LinkedInTodo, NetworkModel } from '../network/network';
import { LINKEDIN_TODOS, record } from '../network/network';
import { todoField } from './person';

const TODO_ORDER = new Map<string, number>(LINKEDIN_TODOS.map((t, i) => [t, i]));

/**
 * The entry's to-do, when it is one of the contract's values (an unknown one is a diagnostic, not
 * a to-do). Read by the person view's own rule (todoField), without building that view: the tree
 * asks this of every person.
 */
export function todoOf(entry: Entry): LinkedInTodo | undefined {
  const todo = todoField(record(entry));
  return todo !== undefined && TODO_ORDER.has(todo) ? (todo as LinkedInTodo) : undefined;
}

/** A person with a to-do, where it comes in the order to do them. */
export interface RankedTodo {
  readonly entry: Entry;
  readonly rank: number;
  /** Its place among the people with a to-do, in file order. */
  readonly order: number;
}

/** The entry with its to-do's rank, when it has a to-do; `order` is its place in file order. */
export function rankedTodo(entry: Entry, order: number): RankedTodo | undefined {
  const todo = todoOf(entry);
  return todo === undefined ? undefined : { entry, rank: TODO_ORDER.get(todo)!, order };
}

/** The people with a to-do in the order they are best done (see todoEntries). */
export function inTodoOrder(todos: RankedTodo[]): Entry[] {
  return todos.sort((a, b) => a.rank - b.rank || a.order - b.order).map(x => x.entry);
}

/**
 * Every person with a to-do, in the order they are best done on LinkedIn: the invitation
 * manager's first (accept, ignore, not-known: one page for all), then the profiles; by file order within.
 */
export function todoEntries(model: NetworkModel): Entry[] {
  const out: RankedTodo[] = [];
  for (const list of ['invitations', 'contacts', 'archive'] as const) {
    for (const entry of model[list]) {
      const todo = rankedTodo(entry, out.length);
      if (todo) {
        out.push(todo);
      }
    }
  }
  return inTodoOrder(out);
}

/** What to do there, as an instruction: "accept the invitation", "remove the connection". */
export const TODO_TEXT: Record<LinkedInTodo, string> = {
  accept: 'accept the invitation',
  ignore: 'ignore the invitation',
  'not-known': "say you don't know them",
  remove: 'remove the connection',
  unfollow: 'unfollow',
  follow: 'follow again',
};

/** Whether the to-do is done on the invitation manager (else on the person's profile). */
export function onInvitationManager(todo: LinkedInTodo): boolean {
  return todo === 'accept' || todo === 'ignore' || todo === 'not-known';
}
