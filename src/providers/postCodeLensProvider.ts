import * as vscode from 'vscode';
import { blueprintsOf } from '../model/posts/blueprints';
import { POST_LIMIT, postInfo } from '../model/posts/postLint';
import { Disposable } from '../services/disposable';
import type { DraftStore } from '../services/draftStore';
import type { NetworkStore } from '../services/networkStore';

/** At the top of a draft: `1,245 / 3,000 · Copy for LinkedIn · Mark published · Blueprint: …`. */
export class PostCodeLensProvider extends Disposable implements vscode.CodeLensProvider {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(
    private readonly store: NetworkStore,
    private readonly drafts: DraftStore,
  ) {
    super();
    this._register(store.onDidChange(() => this.changed.fire()));
    this._register(drafts.onDidChange(() => this.changed.fire()));
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!this.drafts.postsFolderOf(document.uri)) {
      return [];
    }
    const info = postInfo(document.getText());
    const top = new vscode.Range(0, 0, 0, 0);
    const isPost = !info.channel || info.channel === 'post';
    const count = info.length.toLocaleString('en-US');
    const lenses = [
      new vscode.CodeLens(top, {
        title: isPost
          ? info.length > POST_LIMIT
            ? vscode.l10n.t('{0} / {1} — too long', count, POST_LIMIT.toLocaleString('en-US'))
            : `${count} / ${POST_LIMIT.toLocaleString('en-US')}`
          : vscode.l10n.t('{0} characters', count),
        command: '',
        tooltip: vscode.l10n.t(
          'Characters of the LinkedIn-ready text, counted as LinkedIn does (UTF-16 code units: most emoji count 2)',
        ),
      }),
      new vscode.CodeLens(top, {
        title: vscode.l10n.t('Copy for LinkedIn'),
        command: 'contractorNetwork.copyForLinkedIn',
        arguments: [document.uri],
      }),
      info.status === 'published'
        ? new vscode.CodeLens(top, {
            title: info.published ? vscode.l10n.t('Published {0}', info.published) : vscode.l10n.t('Published'),
            command: '',
          })
        : new vscode.CodeLens(top, {
            title: vscode.l10n.t('Mark published'),
            command: 'contractorNetwork.markPublished',
            arguments: [document.uri],
          }),
    ];
    if (info.blueprint) {
      const folder = vscode.workspace.getWorkspaceFolder(document.uri);
      const file = this.store.all.find(f => f.folder.uri.toString() === folder?.uri.toString());
      const model = file?.settled;
      const b =
        model && model.syntaxErrors.length === 0 ? blueprintsOf(model).find(x => x.id === info.blueprint) : undefined;
      lenses.push(
        new vscode.CodeLens(
          top,
          b && file
            ? {
                title: vscode.l10n.t('Blueprint: {0}', b.title),
                command: 'contractorNetwork.revealBlueprint',
                arguments: [file.uri.toString(), b.id],
                tooltip: b.promise,
              }
            : { title: vscode.l10n.t('Blueprint: {0} (not in network.yaml)', info.blueprint), command: '' },
        ),
      );
    }
    return lenses;
  }
}
