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
    super(
      vscode.l10n.t('{0} has a merge conflict', file.uri.path.split('/').pop() ?? ''),
      vscode.TreeItemCollapsibleState.None,
    );
    this.id = `${file.uri.toString()}#mergeConflict`;
    const n = problems.length;
    this.description =
      n > 1 ? vscode.l10n.t('{0} conflicts: click to merge by person', n) : vscode.l10n.t('click to merge by person');
    this.tooltip = `${problems[0].message}\n\n${vscode.l10n.t(
      'Click to run "{0}": both versions are merged person by person in one undoable edit. Nothing else writes to the file until the conflict is resolved.',
      RESOLVE_COMMAND_TITLE,
    )}`;
    this.iconPath = new vscode.ThemeIcon('git-merge', new vscode.ThemeColor('errorForeground'));
    this.contextValue = 'mergeConflict';
    this.command = {
      command: 'contractorNetwork.resolveMergeConflict',
      title: vscode.l10n.t('Resolve merge conflict by person'),
      arguments: [file.uri],
    };
  }
}
