import * as vscode from 'vscode';
import { findEntry } from '../model/actions/networkEdits';
import type { PersonList } from '../model/network/network';
import { onInvitationManager, TODO_TEXT, todoEntries, todoOf } from '../model/people/linkedinTodos';
import { describeParts, personOf } from '../model/people/person';
import { plainParts, plainTitle } from '../model/people/plainLabel';
import type { EntryHandle } from '../services/entryHandle';
import type { NetworkStore } from '../services/networkStore';
import { UserError } from '../services/userError';
import type { ActionCommands } from './actionCommands';
import { handleFor } from './entryTargets';
import type { QueueItem } from './queuePick';
import { pickFromQueue, queueTitle } from './queuePick';
import { notify } from '../services/notify';
import { status } from '../services/statusText';

type Choice = 'open' | 'done' | 'skip' | 'stop';

/**
 * The LinkedIn to-do queue (contract §3, `linkedinTodos`): every entry with `todoOnLinkedIn`, the
 * invitation manager's first, one QuickPick each. Enter opens the page on linkedin.com and marks
 * the to-do done; Done marks it without opening; Skip, Stop or Escape leave it.
 */
export class LinkedInTodoQueue {
  constructor(
    private readonly store: NetworkStore,
    private readonly actions: ActionCommands,
  ) {}

  async run(): Promise<{ done: number; remaining: number }> {
    await this.store.ready();
    if (this.store.all.length === 0) {
      throw new UserError(
        vscode.l10n.t(
          'There is no network.yaml in this workspace yet. Use "Create network.yaml" in the Contractor Network view.',
        ),
      );
    }
    const queue = this.snapshot();
    if (queue.length === 0) {
      void notify.info(vscode.l10n.t('Nothing is waiting to be done on LinkedIn.'));
      return { done: 0, remaining: 0 };
    }
    let done = 0;
    let i = 0;
    while (i < queue.length) {
      const target = queue[i];
      const entry = findEntry(target.file.current(), target.list, target.ref);
      if (!entry || !todoOf(entry)) {
        i++; // done or moved elsewhere meanwhile
        continue;
      }
      const choice = await this.ask(target, i, queue.length);
      if (choice === undefined || choice === 'stop') {
        break;
      }
      if (choice === 'open' && !(await this.actions.openTodo(entry))) {
        continue; // the page was not opened: the same to-do again
      }
      if (choice !== 'skip') {
        await this.actions.run('doneOnLinkedIn', target);
        done++;
      }
      i++;
    }
    const remaining = this.snapshot().length;
    status.flash(vscode.l10n.t('LinkedIn to-dos: {0} done; {1} left.', done, remaining), 6000);
    return { done, remaining };
  }

  /** The to-dos of every network file, in the order of the "To do on LinkedIn" group. */
  private snapshot(): EntryHandle[] {
    return this.store.all.flatMap(file => {
      const model = file.current();
      return model.syntaxErrors.length ? [] : todoEntries(model).map(e => handleFor(file, e));
    });
  }

  private ask(target: EntryHandle, index: number, total: number): Promise<Choice | undefined> {
    const entry = findEntry(target.file.current(), target.list as PersonList, target.ref)!;
    const p = personOf(entry);
    const todo = todoOf(entry)!;
    const opens = onInvitationManager(todo)
      ? vscode.l10n.t('opens the invitation manager')
      : p.profile
        ? vscode.l10n.t('opens their profile')
        : vscode.l10n.t('opens a search for their name');
    const items: QueueItem<Choice>[] = [
      {
        choice: 'open',
        label: vscode.l10n.t('$(link-external) Open on LinkedIn and mark done'),
        description: opens,
      },
      {
        choice: 'done',
        label: vscode.l10n.t('$(pass) Already done'),
        description: vscode.l10n.t('mark it done without opening'),
      },
      {
        choice: 'skip',
        label: vscode.l10n.t('$(arrow-right) Skip'),
        description: vscode.l10n.t('leave it for another time'),
      },
      {
        choice: 'stop',
        label: vscode.l10n.t('$(debug-stop) Stop'),
        description: vscode.l10n.t('what was done stays done'),
      },
    ];
    const placeholder = plainParts(
      [vscode.l10n.t('To do: {0}', vscode.l10n.t(TODO_TEXT[todo])), ...describeParts(p)],
      plainTitle,
    );
    return pickFromQueue(queueTitle(this.store, target, index, total), placeholder, items, 'open');
  }
}
