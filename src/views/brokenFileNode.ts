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
    super(`${file.uri.path.split('/').pop()} has a problem on line ${line + 1}`, vscode.TreeItemCollapsibleState.None);
    this.id = `${file.uri.toString()}#broken`;
    this.description = problem.message + (count > 1 ? ` (+${count - 1} more)` : '');
    this.tooltip = `${problem.message}\n\nLine ${line + 1}, column ${column + 1}. Fix it in the editor; nothing is written to the file until it reads cleanly again.`;
    this.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('errorForeground'));
    this.contextValue = 'brokenFile';
    const at = new vscode.Range(line, column, line, column);
    this.command = {
      command: 'vscode.open',
      title: 'Open at the problem',
      arguments: [file.uri, { selection: at } satisfies vscode.TextDocumentShowOptions],
    };
  }
}
