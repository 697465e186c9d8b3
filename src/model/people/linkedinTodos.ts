// What is still to do on linkedin.com (`todoOnLinkedIn`, contract §1 and §2, version 1): which
// entries have a to-do, in what order they are worked through, and how each one is said.

import type { Entry, LinkedInTodo, NetworkModel } from '../network/network';
import { LINKEDIN_TODOS } from '../network/network';
import { todoFieldOf } from './person';

/** The entry's to-do, when it is one of the contract's values (an unknown one is a diagnostic, not a to-do). */
export function todoOf(entry: Entry): LinkedInTodo | undefined {
  const todo = todoFieldOf(entry);
  return todo !== undefined && (LINKEDIN_TODOS as readonly string[]).includes(todo)
    ? (todo as LinkedInTodo)
    : undefined;
}

const TODO_ORDER = new Map<string, number>(LINKEDIN_TODOS.map((t, i) => [t, i]));

/**
 * Every person with a to-do, in the order they are best done on LinkedIn: the invitation
 * manager's first (accept, ignore, not-known: one page for all), then the profiles; by file order within.
 */
export function todoEntries(model: NetworkModel): Entry[] {
  const out: { entry: Entry; rank: number; order: number }[] = [];
  let order = 0;
  for (const list of ['invitations', 'contacts', 'archive'] as const) {
    for (const entry of model[list]) {
      const todo = todoOf(entry);
      if (todo) {
        out.push({ entry, rank: TODO_ORDER.get(todo)!, order: order++ });
      }
    }
  }
  return out.sort((a, b) => a.rank - b.rank || a.order - b.order).map(x => x.entry);
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
