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
  private keeping: vscode.Disposable | undefined;

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
    this._register({ dispose: () => this.keeping?.dispose() });
    this.updateBadge();
  }

  /** The selected rows, as the tree passes them to a command. */
  get selection(): readonly PeopleNode[] {
    return this.treeView.selection;
  }

  /**
   * Before a keyboard action on the selection: once the action has changed the file, the next row
   * that was not acted on (the one that took the first selected row's place, or the one after a
   * row that stays, like a snoozed invitation) is selected and focused, so that the next key goes on.
   */
  keepPlace(): void {
    this.keeping?.dispose();
    const selected = this.treeView.selection;
    const parent = selected[0] && this.provider.getParent(selected[0]);
    if (!parent) {
      return;
    }
    const index = this.provider.getChildren(parent).findIndex(n => n.id === selected[0].id);
    const actedOn = new Set(selected.map(n => n.id));
    const changed = this.store.onDidChange(() => {
      this.keeping?.dispose();
      void this.selectNext(parent, index, actedOn);
    });
    const timer = setTimeout(() => this.keeping?.dispose(), 5000); // the action failed or changed nothing
    this.keeping = {
      dispose: () => {
        changed.dispose();
        clearTimeout(timer);
        this.keeping = undefined;
      },
    };
  }

  /** Selects and focuses the first row from `index` on (or else the last before it) not acted on. */
  private async selectNext(group: PeopleNode, index: number, actedOn: Set<string | undefined>): Promise<void> {
    const now = this.provider.getChildren(this.provider.getParent(group)).find(n => n.id === group.id);
    const rows = (now ? this.provider.getChildren(now) : []).map((row, at) => ({ row, at }));
    const open = rows.filter(r => !actedOn.has(r.row.id));
    const next = open.find(r => r.at >= index) ?? open[open.length - 1];
    if (next) {
      await this.treeView.reveal(next.row, { select: true, focus: true }).then(undefined, () => undefined);
    }
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
