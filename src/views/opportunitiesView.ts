import * as vscode from 'vscode';
import { ContextKeys } from '../services/contextKeys';
import { Disposable } from '../services/disposable';
import type { NetworkStore } from '../services/networkStore';
import type { OpportunitiesNode } from './opportunityTreeProvider';
import { OpportunityTreeProvider } from './opportunityTreeProvider';

export const OPPORTUNITIES_VIEW_ID = 'contractorNetwork.opportunities';

/** The Opportunities view, and the context key its welcome view ("Log an opportunity") waits on. */
export class OpportunitiesView extends Disposable {
  readonly provider: OpportunityTreeProvider;
  readonly treeView: vscode.TreeView<OpportunitiesNode>;

  constructor(store: NetworkStore) {
    super();
    this.provider = this._register(new OpportunityTreeProvider(store));
    this.treeView = this._register(
      vscode.window.createTreeView(OPPORTUNITIES_VIEW_ID, { treeDataProvider: this.provider, showCollapseAll: true }),
    );
    this._register(store.onDidChange(() => this.update()));
    this.update();
  }

  private update(): void {
    const { all, open } = this.provider.counts();
    void vscode.commands.executeCommand('setContext', ContextKeys.hasOpportunities, all > 0);
    this.treeView.description = all > 0 ? vscode.l10n.t('{0} open', open) : undefined;
  }
}
