import * as vscode from 'vscode';
import type { Problem } from '../model/network/network';
import { RESOLVE_COMMAND_TITLE } from '../model/merge/conflictMarkers';
import type { NetworkFile } from '../services/networkFile';

/** The one item shown for a network.yaml with git's conflict markers: clicking it merges the versions by person. */
export class MergeConflictNode extends vscode.TreeItem {
  constructor(
    readonly file: NetworkFile,
    problems: readonly Problem[],
  ) {
    super(`${file.uri.path.split('/').pop()} has a merge conflict`, vscode.TreeItemCollapsibleState.None);
    this.id = `${file.uri.toString()}#mergeConflict`;
    const n = problems.length;
    this.description = n > 1 ? `${n} conflicts: click to merge by person` : 'click to merge by person';
    this.tooltip = `${problems[0].message}\n\nClick to run "${RESOLVE_COMMAND_TITLE}": both versions are merged person by person in one undoable edit. Nothing else writes to the file until the conflict is resolved.`;
    this.iconPath = new vscode.ThemeIcon('git-merge', new vscode.ThemeColor('errorForeground'));
    this.contextValue = 'mergeConflict';
    this.command = {
      command: 'contractorNetwork.resolveMergeConflict',
      title: 'Resolve merge conflict by person',
      arguments: [file.uri],
    };
  }
}
