import * as vscode from 'vscode';
import { isOpen, opportunitiesOf } from '../model/opportunities/opportunity';
import { pipelineGroups } from '../model/opportunities/pipeline';
import { Disposable } from '../services/disposable';
import type { NetworkFile } from '../services/networkFile';
import type { NetworkStore } from '../services/networkStore';
import { FolderNode } from './folderNode';
import { OpportunityNode, StageNode } from './opportunityNodes';

export type OpportunitiesNode = FolderNode | StageNode | OpportunityNode;

/**
 * The Opportunities view (contract §6): open stages in pipeline order, closed ones last, an
 * "Unknown stage" group for what the checks flag; one folder level in multi-root workspaces.
 */
export class OpportunityTreeProvider extends Disposable implements vscode.TreeDataProvider<OpportunitiesNode> {
  private readonly changed = this._register(new vscode.EventEmitter<OpportunitiesNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly store: NetworkStore) {
    super();
    this._register(store.onDidChange(() => this.changed.fire(undefined)));
  }

  getTreeItem(element: OpportunitiesNode): vscode.TreeItem {
    return element;
  }

  resolveTreeItem(item: vscode.TreeItem, element: OpportunitiesNode): vscode.TreeItem {
    if (element instanceof OpportunityNode && !item.tooltip) {
      item.tooltip = element.buildTooltip();
    }
    return item;
  }

  getChildren(element?: OpportunitiesNode): OpportunitiesNode[] {
    if (!element) {
      const files = this.store.all.filter(f => f.settled.opportunities.length > 0);
      return files.length === 1 ? this.stagesOf(files[0]) : files.map(f => new FolderNode(f));
    }
    if (element instanceof FolderNode) {
      return this.stagesOf(element.file);
    }
    if (element instanceof StageNode) {
      return element.group.opportunities.map(o => new OpportunityNode(element.file, o.entry, element.id!));
    }
    return [];
  }

  private stagesOf(file: NetworkFile): StageNode[] {
    const model = file.settled;
    if (model.syntaxErrors.length > 0) {
      return [];
    }
    return pipelineGroups(model).map(g => new StageNode(file, g, file.uri.toString()));
  }

  /** Opportunities across the workspace's files, and how many are open (the view's description). */
  counts(): { all: number; open: number } {
    let all = 0;
    let open = 0;
    for (const f of this.store.all) {
      const list = f.settled.syntaxErrors.length ? [] : opportunitiesOf(f.settled);
      all += list.length;
      open += list.filter(isOpen).length;
    }
    return { all, open };
  }
}
