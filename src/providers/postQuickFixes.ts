import * as vscode from 'vscode';
import { addPublicClientEdit, CONFIDENTIAL_CODE, confidentialClients } from '../model/posts/confidentiality';
import { LineIndex } from '../model/yaml/lineIndex';
import type { NetworkStore } from '../services/networkStore';

/** The confidentiality warning's fix: add the company to `me.publicClients` in network.yaml (one undoable edit). */
export class PostQuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly store: NetworkStore) {}

  provideCodeActions(
    doc: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    const file = this.store.all.find(f => f.folder.uri.toString() === folder?.uri.toString());
    const model = file?.current();
    if (!file || !model || model.syntaxErrors.length) {
      return actions;
    }
    const norm = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();
    for (const d of context.diagnostics) {
      if (d.source !== 'Contractor Network' || d.code !== CONFIDENTIAL_CODE) {
        continue;
      }
      const named = norm(doc.getText(d.range));
      const company = confidentialClients(model).find(c => norm(c) === named);
      const edit = company && addPublicClientEdit(model, company);
      if (!company || !edit) {
        continue;
      }
      const lines = LineIndex.of(model.text);
      const at = (offset: number): vscode.Position => {
        const p = lines.position(offset);
        return new vscode.Position(p.line, p.column);
      };
      const action = new vscode.CodeAction(
        `Add "${company}" to me.publicClients (you may name it)`,
        vscode.CodeActionKind.QuickFix,
      );
      action.diagnostics = [d];
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(file.uri, new vscode.Range(at(edit.start), at(edit.end)), edit.text);
      actions.push(action);
    }
    return actions;
  }
}
