import * as vscode from 'vscode';
import type { Problem, Severity } from '../model/network/network';
import { validateNetwork } from '../model/validation/networkValidation';
import { Disposable } from '../services/disposable';
import type { NetworkFile } from '../services/networkFile';
import type { NetworkStore } from '../services/networkStore';
import { rangeOf } from './positions';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = 'Contractor Network';

/** network.yaml's problems in the Problems panel, following the model (so: as the user types). */
export class NetworkDiagnostics extends Disposable {
  private readonly collection = this._register(vscode.languages.createDiagnosticCollection('contractorNetwork'));
  /** The problems behind the diagnostics, for quick fixes. */
  private readonly problems = new Map<string, { text: string; problems: Problem[] }>();

  constructor(private readonly store: NetworkStore) {
    super();
    this._register(store.onDidChange(file => (file ? this.update(file) : this.updateAll())));
    this.updateAll();
  }

  private updateAll(): void {
    const live = new Set(this.store.all.map(f => f.uri.toString()));
    for (const key of [...this.problems.keys()]) {
      if (!live.has(key)) {
        this.problems.delete(key);
        this.collection.delete(vscode.Uri.parse(key));
      }
    }
    for (const f of this.store.all) {
      this.update(f);
    }
  }

  update(file: NetworkFile): void {
    const model = file.settled;
    let problems: Problem[];
    try {
      problems = validateNetwork(model);
    } catch (e) {
      // validation must never take the editor down; say so once, at the top of the file
      problems = [
        {
          code: 'internal',
          severity: 'warning',
          start: 0,
          end: 0,
          message: vscode.l10n.t(
            'Contractor Network could not check this file: {0}',
            e instanceof Error ? e.message : String(e),
          ),
        },
      ];
    }
    this.problems.set(file.uri.toString(), { text: model.text, problems });
    this.collection.set(
      file.uri,
      problems.map(p => this.toDiagnostic(file, model.text, p)),
    );
  }

  /** The problems currently shown for a file, with the text they refer to. */
  problemsOf(uri: vscode.Uri): { text: string; problems: Problem[] } | undefined {
    return this.problems.get(uri.toString());
  }

  private toDiagnostic(file: NetworkFile, text: string, p: Problem): vscode.Diagnostic {
    const d = new vscode.Diagnostic(rangeOf(text, p.start, p.end), p.message, SEVERITY[p.severity]);
    d.source = DIAGNOSTIC_SOURCE;
    d.code = p.code;
    if (p.related) {
      d.relatedInformation = [
        new vscode.DiagnosticRelatedInformation(
          new vscode.Location(file.uri, rangeOf(text, p.related.start, p.related.end)),
          p.related.message,
        ),
      ];
    }
    return d;
  }
}
