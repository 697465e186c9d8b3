import * as vscode from 'vscode';
import type { NetworkFile } from '../services/networkFile';

/** In a multi-root workspace, one node per folder that has a network file. */
export class FolderNode extends vscode.TreeItem {
  constructor(readonly file: NetworkFile) {
    super(file.folder.name, vscode.TreeItemCollapsibleState.Expanded);
    this.id = `${file.uri.toString()}#folder`;
    this.iconPath = new vscode.ThemeIcon('root-folder');
    this.description = vscode.workspace.asRelativePath(file.uri, false);
    this.contextValue = 'networkFolder';
  }
}
