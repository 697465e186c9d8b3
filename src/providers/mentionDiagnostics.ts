import * as vscode from 'vscode';
import { peopleNames, personForKey } from '../model/mentions/mentionPeople';
import { closestMatches } from '../model/validation/suggestions';
import { Disposable } from '../services/disposable';
import type { MentionResolver } from '../services/mentionResolver';
import { rangeOfMention } from '../services/mentionResolver';
import type { MentionStore } from '../services/mentionStore';
import type { NetworkStore } from '../services/networkStore';
import { DIAGNOSTIC_SOURCE } from './networkDiagnostics';
import { ourDiagnostics, QUICK_FIX_KINDS, replaceFix } from './quickFix';

export const UNKNOWN_MENTION = 'mention-unknown';

/** A mention that names nobody in the folder's network.yaml: a warning where it is written (contract §7). */
export class MentionDiagnostics extends Disposable {
  private readonly collection = this._register(
    vscode.languages.createDiagnosticCollection('contractorNetwork.mentions'),
  );
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly store: NetworkStore,
    private readonly mentions: MentionStore,
  ) {
    super();
    this._register(mentions.onDidChange(() => this.schedule()));
    this._register(store.onDidChange(() => this.schedule()));
    this._register({ dispose: () => clearTimeout(this.timer) });
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(), 150);
  }

  /** Every folder's notes against its network file (a folder without one, or a broken one, is not checked). */
  update(): void {
    const shown = new Map<string, vscode.Diagnostic[]>();
    for (const file of this.store.all) {
      if (!file.isParsed) {
        continue; // read at activation, parsed after the People view's first level: checked then
      }
      const model = file.settled;
      if (model.syntaxErrors.length) {
        continue;
      }
      const name = file.uri.path.split('/').pop() ?? '';
      // each key looked up once; only the files that mention somebody unknown are read as mentions
      const unknownKeys = this.mentions.keys(file.folder).filter(key => !personForKey(model, key));
      for (const { uri, mentions } of this.mentions.find(file.folder, unknownKeys)) {
        if (mentions.length) {
          shown.set(
            uri.toString(),
            mentions.map(m => {
              const message = m.key.startsWith('profile:')
                ? vscode.l10n.t('Nobody in {0} has the profile {1}.', name, m.text.trim())
                : vscode.l10n.t('Nobody in {0} is "{1}".', name, m.text.trim());
              const d = new vscode.Diagnostic(rangeOfMention(m), message, vscode.DiagnosticSeverity.Warning);
              d.source = DIAGNOSTIC_SOURCE;
              d.code = UNKNOWN_MENTION;
              return d;
            }),
          );
        }
      }
    }
    const gone: vscode.Uri[] = [];
    this.collection.forEach(uri => {
      if (!shown.has(uri.toString())) {
        gone.push(uri);
      }
    });
    gone.forEach(uri => this.collection.delete(uri));
    for (const [uri, diagnostics] of shown) {
      this.collection.set(vscode.Uri.parse(uri), diagnostics);
    }
  }
}

/** The closest names as quick fixes of a mention that names nobody. */
export class MentionQuickFixes implements vscode.CodeActionProvider {
  static readonly kinds = QUICK_FIX_KINDS;

  constructor(private readonly resolver: MentionResolver) {}

  provideCodeActions(
    doc: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    for (const d of ourDiagnostics(context, UNKNOWN_MENTION)) {
      const found = this.resolver.at(doc, d.range.start);
      const model = found?.file?.current();
      if (!found || !model || found.entry || found.mention.key.startsWith('profile:')) {
        continue;
      }
      closestMatches(found.mention.text, peopleNames(model), 3).forEach((name, i) => {
        const text = `@[${name}]`;
        actions.push(
          replaceFix(vscode.l10n.t('Change to {0}', text), d, { uri: doc.uri, range: found.range, text }, i === 0),
        );
      });
    }
    return actions;
  }
}
