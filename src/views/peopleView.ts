import * as vscode from 'vscode';
import { todayLocal } from '../model/calendar/dates';
import { pendingInvitations } from '../model/people/peopleGroups';
import { dueContacts } from '../model/people/followUps';
import type { PeopleFilter } from '../model/people/peopleFilter';
import { ContextKeys } from '../services/contextKeys';
import { Disposable } from '../services/disposable';
import type { NetworkStore } from '../services/networkStore';
import type { PeopleNode } from './peopleTreeProvider';
import { PeopleTreeProvider } from './peopleTreeProvider';

export const PEOPLE_VIEW_ID = 'contractorNetwork.people';

/** The people tree view and its badge of pending invitations. */
export class PeopleView extends Disposable {
  readonly provider: PeopleTreeProvider;
  readonly treeView: vscode.TreeView<PeopleNode>;

  constructor(
    private readonly store: NetworkStore,
    private readonly today: () => string = () => todayLocal(),
  ) {
    super();
    this.provider = this._register(new PeopleTreeProvider(store, today));
    this.treeView = this._register(
      vscode.window.createTreeView(PEOPLE_VIEW_ID, {
        treeDataProvider: this.provider,
        showCollapseAll: true,
        canSelectMany: true,
      }),
    );
    this._register(store.onDidChange(() => this.updateBadge()));
    this.updateBadge();
  }

  setFilter(filter: PeopleFilter | undefined): void {
    this.provider.setFilter(filter);
    this.treeView.description = filter ? `filter: ${filter.text}` : undefined;
    void vscode.commands.executeCommand('setContext', ContextKeys.peopleFiltered, !!filter);
    if (filter) {
      this.treeView.message = `Showing people matching "${filter.text}". Clear the filter to see everyone.`;
    } else {
      this.treeView.message = undefined;
    }
  }

  /** Contacts due for a follow-up across the workspace's network files. */
  dueCount(): number {
    const today = this.today();
    return this.store.all.reduce(
      (n, f) => n + (f.settled.syntaxErrors.length ? 0 : dueContacts(f.settled, today).length),
      0,
    );
  }

  /** Pending (unsnoozed) invitations across the workspace's network files. */
  pendingCount(): number {
    const today = this.today();
    return this.store.all.reduce((n, f) => n + pendingInvitations(f.settled, today).length, 0);
  }

  private updateBadge(): void {
    const n = this.pendingCount();
    this.treeView.badge =
      n > 0 ? { value: n, tooltip: n === 1 ? '1 invitation waiting' : `${n} invitations waiting` } : undefined;
  }
}
