import * as vscode from 'vscode';
import { todayLocal } from '../model/calendar/dates';
import type { GroupPeopleBy } from '../model/people/peopleGroups';
import { pendingInvitations } from '../model/people/peopleGroups';
import { peopleSweep } from '../model/people/peopleSweep';
import { availabilityOf, peopleToTell } from '../model/opportunities/availability';
import type { PeopleFilter } from '../model/people/peopleFilter';
import type { PeopleSweep } from '../model/people/peopleSweep';
import { ContextKeys } from '../services/contextKeys';
import { Disposable } from '../services/disposable';
import { entryHandleOf } from '../services/entryHandle';
import type { NetworkFile } from '../services/networkFile';
import type { NetworkStore } from '../services/networkStore';
import type { PeopleNode } from './peopleTreeProvider';
import { PeopleTreeProvider } from './peopleTreeProvider';

export const PEOPLE_VIEW_ID = 'contractorNetwork.people';

/** The people tree view, its badge of pending invitations, its filter and how it groups contacts. */
export class PeopleView extends Disposable {
  readonly provider: PeopleTreeProvider;
  readonly treeView: vscode.TreeView<PeopleNode>;

  constructor(
    private readonly store: NetworkStore,
    private readonly today: () => string = () => todayLocal(),
    private readonly leadWeeks: () => number = () => 8,
    private readonly groupBy: () => GroupPeopleBy = () => 'category',
  ) {
    super();
    this.provider = this._register(new PeopleTreeProvider(store, today, leadWeeks, groupBy));
    this._register(
      vscode.workspace.onDidChangeConfiguration(e => {
        if (
          e.affectsConfiguration('contractorNetwork.availabilityLeadWeeks') ||
          e.affectsConfiguration('contractorNetwork.groupPeopleBy')
        ) {
          this.updateGroupedBy();
          this.provider.refresh();
        }
      }),
    );
    this.updateGroupedBy();
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

  /** The selected rows, as the tree passes them to a command. */
  get selection(): readonly PeopleNode[] {
    return this.treeView.selection;
  }

  /**
   * Before a keyboard action on the selection. The function it returns, called once the action is
   * done, selects and focuses the next row that was not acted on (the one that took the first
   * selected row's place, or the one after a row that stays, like a snoozed invitation), so that
   * the next key goes on; when the action changed nothing, it leaves the cursor where it is.
   */
  keepPlace(): () => Promise<void> {
    const selected = this.treeView.selection;
    const parent = selected[0] && this.provider.getParent(selected[0]);
    const file = entryHandleOf(selected[0])?.file;
    if (!parent || !file) {
      return async () => undefined;
    }
    const before = file.settled;
    const index = this.provider.getChildren(parent).findIndex(n => n.id === selected[0].id);
    const actedOn = new Set(selected.map(n => n.id));
    return async () => {
      // current() brings in a change still waiting for the typing debounce (and refreshes the tree)
      if (file.current() !== before) {
        await this.selectNext(parent, index, actedOn);
      }
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
    this.treeView.description = filter ? vscode.l10n.t('filter: {0}', filter.text) : undefined;
    void vscode.commands.executeCommand('setContext', ContextKeys.peopleFiltered, !!filter);
    if (filter) {
      this.treeView.message = filter.problems.length
        ? vscode.l10n.t(
            'Showing people matching "{0}". Not understood, left out: {1}. Clear the filter to see everyone.',
            filter.text,
            filter.problems.join('; '),
          )
        : vscode.l10n.t('Showing people matching "{0}". Clear the filter to see everyone.', filter.text);
    } else {
      this.treeView.message = undefined;
    }
  }

  /** The context key the title bar's toggle follows (by company / by category). */
  private updateGroupedBy(): void {
    void vscode.commands.executeCommand('setContext', ContextKeys.peopleGroupedBy, this.groupBy());
  }

  /** LinkedIn to-dos across the workspace's network files. */
  todoCount(): number {
    return this.store.all.reduce((n, f) => n + (f.settled.syntaxErrors.length ? 0 : this.sweepOf(f).todo.length), 0);
  }

  /** Contacts due for a follow-up across the workspace's network files. */
  dueCount(): number {
    return this.store.all.reduce((n, f) => n + (f.settled.syntaxErrors.length ? 0 : this.sweepOf(f).due!.length), 0);
  }

  /**
   * The pass over a file's people that the tree's groups make (the same day and grouping), done
   * once per change for both: the status bar counts after every change, before the tree asks.
   */
  private sweepOf(file: NetworkFile): PeopleSweep {
    return peopleSweep(file.settled, this.today(), this.groupBy() !== 'company');
  }

  /** The availability campaign of the first file that has one: when, and how many are still to tell. */
  availability(): { when: string; toTell: number } | undefined {
    for (const f of this.store.all) {
      const model = f.settled;
      const a = model.syntaxErrors.length ? undefined : availabilityOf(model, this.today(), this.leadWeeks());
      if (a) {
        return { when: a.when, toTell: peopleToTell(model, a.from).length };
      }
    }
    return undefined;
  }

  /** Pending (unsnoozed) invitations across the workspace's network files. */
  pendingCount(): number {
    const today = this.today();
    return this.store.all.reduce((n, f) => n + pendingInvitations(f.settled, today).length, 0);
  }

  private updateBadge(): void {
    const n = this.pendingCount();
    this.treeView.badge =
      n > 0
        ? {
            value: n,
            tooltip: n === 1 ? vscode.l10n.t('1 invitation waiting') : vscode.l10n.t('{0} invitations waiting', n),
          }
        : undefined;
  }
}
