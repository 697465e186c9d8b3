import * as vscode from 'vscode';
import { todayLocal } from '../model/dates';
import { pendingInvitations } from '../model/peopleGroups';
import { Disposable } from '../services/disposable';
import type { NetworkStore } from '../services/networkStore';
import type { PeopleNode } from './peopleTreeProvider';
import { PeopleTreeProvider } from './peopleTreeProvider';

export const PEOPLE_VIEW_ID = 'contractorNetwork.people';

/** The people tree view and its badge of pending invitations. */
export class PeopleView extends Disposable {
  readonly provider: PeopleTreeProvider;
  readonly treeView: vscode.TreeView<PeopleNode>;

  constructor(private readonly store: NetworkStore, private readonly today: () => string = () => todayLocal()) {
    super();
    this.provider = this._register(new PeopleTreeProvider(store, today));
    this.treeView = this._register(vscode.window.createTreeView(PEOPLE_VIEW_ID, {
      treeDataProvider: this.provider,
      showCollapseAll: true,
      canSelectMany: true,
    }));
    this._register(store.onDidChange(() => this.updateBadge()));
    this.updateBadge();
  }

  /** Pending (unsnoozed) invitations across the workspace's network files. */
  pendingCount(): number {
    const today = this.today();
    return this.store.all.reduce((n, f) => n + pendingInvitations(f.model, today).length, 0);
  }

  private updateBadge(): void {
    const n = this.pendingCount();
    this.treeView.badge = n > 0 ? { value: n, tooltip: n === 1 ? '1 invitation waiting' : `${n} invitations waiting` } : undefined;
  }
}
