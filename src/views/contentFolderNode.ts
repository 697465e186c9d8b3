import * as vscode from 'vscode';

/** In a multi-root workspace where several folders have content, one node per folder. */
export class ContentFolderNode<T> extends vscode.TreeItem {
  constructor(
    readonly folder: vscode.WorkspaceFolder,
    readonly children: readonly T[],
  ) {
    super(folder.name, vscode.TreeItemCollapsibleState.Expanded);
    this.id = `${folder.uri.toString()}#content-folder`;
    this.iconPath = new vscode.ThemeIcon('root-folder');
    this.contextValue = 'contentFolder';
  }
}
