// What decides the People view's first level, read in one pass over the people: each entry's
// to-do, move, category and due day together. At 30,000 contacts, reading an entry's fields costs
// more than anything decided with them (the entries lie all over memory), so the first level
// reads each entry once, not once per group.

import type { Entry, NetworkModel } from '../network/network';
import { record, text } from '../network/network';
import type { DueInfo } from './followUps';
import { DueCollector, knownDueContacts } from './followUps';
import type { RankedTodo } from './linkedinTodos';
import { inTodoOrder, rankedTodo } from './linkedinTodos';
import type { Move } from './moves';
import { latestMoveFirst, moveOf } from './moves';

export interface PeopleSweep {
  /** todoEntries(model). */
  readonly todo: readonly Entry[];
  /** movedContacts(model). */
  readonly moved: readonly Entry[];
  /** dueContacts(model, today), when a day is given. */
  readonly due: readonly DueInfo[] | undefined;
  /** The contacts by category (as written, trimmed), each in file order; empty unless asked for. */
  readonly byCategory: ReadonlyMap<string, readonly Entry[]>;
  /** The contacts without a category, in file order; empty unless categories are asked for. */
  readonly uncategorized: readonly Entry[];
}

/** The contact's category as the groups read it (trimmed); undefined when it has none. */
export function categoryOf(entry: Entry): string | undefined {
  return text(record(entry).category)?.trim() || undefined;
}

const sweeps = new WeakMap<
  NetworkModel,
  { readonly today: string | undefined; readonly categories: boolean; readonly sweep: PeopleSweep }
>();

/**
 * sweepPeople, once per model and day: the People view's groups and the status bar's counts (to-dos,
 * due) ask after every change, and share this one pass. A sweep with categories answers without.
 */
export function peopleSweep(model: NetworkModel, today: string | undefined, categories: boolean): PeopleSweep {
  const known = sweeps.get(model);
  if (known && known.today === today && (known.categories || !categories)) {
    return known.sweep;
  }
  const sweep = sweepPeople(model, today, categories);
  sweeps.set(model, { today, categories, sweep });
  return sweep;
}

/** One pass over the people of `model` for all that decides their groups. */
export function sweepPeople(model: NetworkModel, today: string | undefined, categories: boolean): PeopleSweep {
  const todos: RankedTodo[] = [];
  const takeTodo = (entry: Entry): void => {
    const todo = rankedTodo(entry, todos.length);
    if (todo) {
      todos.push(todo);
    }
  };
  const moves: Move[] = [];
  const known = today === undefined ? undefined : knownDueContacts(model, today);
  const due = today === undefined || known ? undefined : new DueCollector(model, today);
  const byCategory = new Map<string, Entry[]>();
  const uncategorized: Entry[] = [];
  model.invitations.forEach(takeTodo);
  for (const entry of model.contacts) {
    takeTodo(entry);
    const move = moveOf(entry);
    if (move) {
      moves.push(move);
    }
    due?.add(entry);
    if (categories) {
      const c = categoryOf(entry);
      const list = c === undefined ? uncategorized : byCategory.get(c);
      if (list) {
        list.push(entry);
      } else {
        byCategory.set(c!, [entry]);
      }
    }
  }
  model.archive.forEach(takeTodo);
  return {
    todo: inTodoOrder(todos),
    moved: latestMoveFirst(moves),
    due: known ?? due?.done(),
    byCategory,
    uncategorized,
  };
}
