import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from './networkDiagnostics';

// The scaffolding every quick-fix provider of ours shares: which of the diagnostics VS Code asks
// about are ours, and a fix that replaces one range with new text (one undoable edit).

export const QUICK_FIX_KINDS = [vscode.CodeActionKind.QuickFix];

/** Our diagnostics among those VS Code asks code actions for; with `code`, only those of that code. */
export function ourDiagnostics(context: vscode.CodeActionContext, code?: string): vscode.Diagnostic[] {
  return context.diagnostics.filter(d => d.source === DIAGNOSTIC_SOURCE && (code === undefined || d.code === code));
}

/** The quick fix of `d` that replaces `range` of `uri` with `text`; `preferred`: the one Ctrl+. applies. */
export function replaceFix(
  title: string,
  d: vscode.Diagnostic,
  edit: { uri: vscode.Uri; range: vscode.Range; text: string },
  preferred?: boolean,
): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [d];
  if (preferred !== undefined) {
    action.isPreferred = preferred;
  }
  action.edit = new vscode.WorkspaceEdit();
  action.edit.replace(edit.uri, edit.range, edit.text);
  return action;
}
