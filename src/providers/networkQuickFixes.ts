import * as vscode from 'vscode';
import type { NetworkDiagnostics } from './networkDiagnostics';
import { DIAGNOSTIC_SOURCE } from './networkDiagnostics';
import { rangeOf } from './positions';

/** Quick fixes where the fix is obvious: the suggested category, channel, outcome, slug... */
export class NetworkQuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: NetworkDiagnostics) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const known = this.diagnostics.problemsOf(document.uri);
    if (!known) {
      return [];
    }
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE) {
        continue;
      }
      const problem = known.problems.find(p => p.code === d.code && p.message === d.message && rangeOf(known.text, p.start, p.end).isEqual(d.range));
      if (problem?.fix) {
        const action = new vscode.CodeAction(problem.fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [d];
        action.isPreferred = true;
        action.edit = new vscode.WorkspaceEdit();
        action.edit.replace(document.uri, d.range, problem.fix.text);
        actions.push(action);
      }
    }
    return actions;
  }
}
