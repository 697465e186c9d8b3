import * as vscode from 'vscode';
import type { Problem } from '../model/network/network';
import type { NetworkFile } from '../services/networkFile';
import { lineColumn } from '../model/yaml/lineIndex';

/** The one item shown for a file with YAML errors: it says where, and opens the file there. */
export class BrokenFileNode extends vscode.TreeItem {
  constructor(
    readonly file: NetworkFile,
    problem: Problem,
    count: number,
  ) {
    const { line, column } = lineColumn(file.settled.text, problem.start);
    super(
      vscode.l10n.t('{0} has a problem on line {1}', file.uri.path.split('/').pop() ?? '', line + 1),
      vscode.TreeItemCollapsibleState.None,
    );
    this.id = `${file.uri.toString()}#broken`;
    this.description = count > 1 ? vscode.l10n.t('{0} (+{1} more)', problem.message, count - 1) : problem.message;
    this.tooltip = vscode.l10n.t(
      '{0}\n\nLine {1}, column {2}. Fix it in the editor; nothing is written to the file until it reads cleanly again.',
      problem.message,
      line + 1,
      column + 1,
    );
    this.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
    this.contextValue = 'brokenFile';
    const at = new vscode.Range(line, column, line, column);
    this.command = {
      command: 'vscode.open',
      title: vscode.l10n.t('Open at the problem'),
      arguments: [file.uri, { selection: at } satisfies vscode.TextDocumentShowOptions],
    };
  }
}
