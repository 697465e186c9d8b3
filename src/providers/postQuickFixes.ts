import * as vscode from 'vscode';
import { addPublicClientEdit, CONFIDENTIAL_CODE, confidentialClients } from '../model/posts/confidentiality';
import { LineIndex } from '../model/yaml/lineIndex';
import type { NetworkStore } from '../services/networkStore';
import { ourDiagnostics, QUICK_FIX_KINDS, replaceFix } from './quickFix';

/** The confidentiality warning's fix: add the company to `me.publicClients` in network.yaml (one undoable edit). */
export class PostQuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = QUICK_FIX_KINDS;

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
    for (const d of ourDiagnostics(context, CONFIDENTIAL_CODE)) {
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
      actions.push(
        replaceFix(vscode.l10n.t('Add "{0}" to me.publicClients (you may name it)', company), d, {
          uri: file.uri,
          range: new vscode.Range(at(edit.start), at(edit.end)),
          text: edit.text,
        }),
      );
    }
    return actions;
  }
}
