import * as vscode from 'vscode';

/** The one row of a group opened before the file's entries are parsed (its first level came from the line scan). */
export class LoadingNode extends vscode.TreeItem {
  constructor(id: string) {
    super(vscode.l10n.t('Reading the entries…'), vscode.TreeItemCollapsibleState.None);
    this.id = id;
    this.iconPath = new vscode.ThemeIcon('loading~spin');
    this.contextValue = 'loading';
  }
}
