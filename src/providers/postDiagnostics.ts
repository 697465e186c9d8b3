import * as vscode from 'vscode';
import { blueprintsOf } from '../model/posts/blueprints';
import type { Severity } from '../model/network/network';
import { lintPost } from '../model/posts/postLint';
import { confidentialClients, confidentialityProblems } from '../model/posts/confidentiality';
import { Disposable } from '../services/disposable';
import type { DraftStore } from '../services/draftStore';
import type { NetworkStore } from '../services/networkStore';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** Post lint (model/postLint) in the Problems panel for open drafts, as they are typed. */
export class PostDiagnostics extends Disposable {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection('contractorNetwork.posts'));
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly store: NetworkStore,
    private readonly drafts: DraftStore,
  ) {
    super();
    this._register(vscode.workspace.onDidOpenTextDocument(d => this.update(d)));
    this._register(vscode.workspace.onDidChangeTextDocument(e => this.schedule(e.document)));
    this._register(vscode.workspace.onDidCloseTextDocument(d => this.collection.delete(d.uri)));
    this._register(store.onDidChange(() => this.updateAll()));
    this._register(drafts.onDidChange(() => this.updateAll()));
    this._register({ dispose: () => this.timers.forEach(t => clearTimeout(t)) });
    this.updateAll();
  }

  private updateAll(): void {
    for (const d of vscode.workspace.textDocuments) {
      this.update(d);
    }
  }

  private schedule(doc: vscode.TextDocument): void {
    if (!this.drafts.postsFolderOf(doc.uri)) {
      return;
    }
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.update(doc);
      }, 150),
    );
  }

  update(doc: vscode.TextDocument): void {
    if (!this.drafts.postsFolderOf(doc.uri) || doc.isClosed) {
      return;
    }
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    const file = this.store.all.find(f => f.folder.uri.toString() === folder?.uri.toString());
    // a file read at activation is checked against once parsed (its change event comes then)
    const model = file?.isParsed ? file.settled : undefined;
    const blueprints = model && model.syntaxErrors.length === 0 ? blueprintsOf(model).map(b => b.id) : undefined;
    const clients = model && model.syntaxErrors.length === 0 ? confidentialClients(model) : [];
    const problems = [...lintPost(doc.getText(), { blueprints }), ...confidentialityProblems(doc.getText(), clients)];
    this.collection.set(
      doc.uri,
      problems.map(p => {
        const d = new vscode.Diagnostic(
          new vscode.Range(doc.positionAt(p.start), doc.positionAt(p.end)),
          p.message,
          SEVERITY[p.severity],
        );
        d.source = 'Contractor Network';
        d.code = p.code;
        return d;
      }),
    );
  }
}
