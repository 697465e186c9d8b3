import * as vscode from 'vscode';
import { entryAt } from '../model/network/entryAt';
import type { EntryRef } from '../model/people/identity';
import type { Entry, Problem } from '../model/network/network';
import { PERSON_LISTS } from '../model/network/network';
import { PROBLEM_CODES } from '../model/validation/networkValidation';
import { personOf } from '../model/people/person';
import type { NetworkStore } from '../services/networkStore';
import type { NetworkDiagnostics } from './networkDiagnostics';
import { ourDiagnostics, QUICK_FIX_KINDS, replaceFix } from './quickFix';
import { rangeOf } from './positions';

/** Quick fixes where the fix is obvious: the suggested category, channel, outcome, slug... */
export class NetworkQuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = QUICK_FIX_KINDS;

  constructor(
    private readonly diagnostics: NetworkDiagnostics,
    private readonly store: NetworkStore,
  ) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const known = this.diagnostics.problemsOf(document.uri);
    if (!known) {
      return [];
    }
    const actions: vscode.CodeAction[] = [];
    for (const d of ourDiagnostics(context)) {
      const problem = known.problems.find(
        p => p.code === d.code && p.message === d.message && rangeOf(known.text, p.start, p.end).isEqual(d.range),
      );
      const merge = problem && this.mergeAction(document, problem, d);
      if (merge) {
        actions.push(merge);
      }
      if (problem?.fix) {
        actions.push(
          replaceFix(problem.fix.title, d, { uri: document.uri, range: d.range, text: problem.fix.text }, true),
        );
      }
    }
    return actions;
  }

  /** For the same person twice: merge the later entry into the contact (mergeContacts). */
  private mergeAction(
    document: vscode.TextDocument,
    problem: Problem,
    d: vscode.Diagnostic,
  ): vscode.CodeAction | undefined {
    if (
      (problem.code !== PROBLEM_CODES.duplicatePerson && problem.code !== PROBLEM_CODES.invitationIsContact) ||
      !problem.related
    ) {
      return undefined;
    }
    const file = this.store.fileForUri(document.uri);
    const model = file?.settled;
    if (!file || !model || model.text !== this.diagnostics.problemsOf(document.uri)?.text) {
      return undefined;
    }
    const at = entryAt(model, problem.start, PERSON_LISTS);
    const other = entryAt(model, problem.related.start, PERSON_LISTS);
    if (!at || !other) {
      return undefined;
    }
    // the survivor is a contact: the one listed first when both are
    const [survivor, merged] =
      other.list === 'contacts' ? [other, at] : at.list === 'contacts' ? [at, other] : [undefined, undefined];
    if (!survivor || !merged) {
      return undefined;
    }
    const ref = (e: Entry): EntryRef => ({
      name: personOf(e).name,
      profile: personOf(e).profile,
      list: e.list as EntryRef['list'],
      index: e.index,
      folder: file.folder.uri.fsPath,
    });
    const action = new vscode.CodeAction(
      vscode.l10n.t(
        'Merge into {0} (line {1})',
        personOf(survivor).name,
        rangeOf(model.text, survivor.start, survivor.start).start.line + 1,
      ),
      vscode.CodeActionKind.QuickFix,
    );
    action.diagnostics = [d];
    action.command = {
      command: 'contractorNetwork.mergeContacts',
      title: action.title,
      arguments: [ref(survivor), ref(merged)],
    };
    return action;
  }
}
