import * as vscode from 'vscode';
import { blueprintsOf } from '../model/posts/blueprints';
import { confidentialClients, confidentialityProblems } from '../model/posts/confidentiality';
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
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const file = this.store.all.find(f => f.folder.uri.toString() === folder?.uri.toString());
    const model = file?.settled;
    const usable = model && model.syntaxErrors.length === 0 ? model : undefined;
    if (info.blueprint) {
      const b = usable ? blueprintsOf(usable).find(x => x.id === info.blueprint) : undefined;
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
      if (b) {
        lenses.push(
          new vscode.CodeLens(top, {
            title: vscode.l10n.t('Share with audience'),
            command: 'contractorNetwork.shareWithAudience',
            arguments: [document.uri],
            tooltip: b.audience.length
              ? vscode.l10n.t(
                  'Log whom you sent it to ({0}): a note and last contact today on each',
                  b.audience.join(', '),
                )
              : vscode.l10n.t('The blueprint names no audience yet'),
          }),
        );
      }
    }
    const nda = usable ? confidentialityLens(document, top, confidentialClients(usable)) : undefined;
    return nda ? [nda, ...lenses] : lenses;
  }
}

/**
 * The confidentiality check of §7 on the lens line, as in the Problems panel: which clients the
 * draft names; a click goes to the first place, where the quick fix waits.
 */
function confidentialityLens(
  document: vscode.TextDocument,
  top: vscode.Range,
  clients: readonly string[],
): vscode.CodeLens | undefined {
  if (clients.length === 0) {
    return undefined;
  }
  const problems = confidentialityProblems(document.getText(), clients);

  if (problems.length === 0) {
    return undefined;
  }
  const text = document.getText();
  const byKey = new Map(problems.map(p => [text.slice(p.start, p.end).toLowerCase().replace(/\s+/g, ' '), p]));
  const named = [...byKey.values()].map(p => text.slice(p.start, p.end).replace(/\s+/g, ' '));
  const first = problems[0];
  const at = new vscode.Range(document.positionAt(first.start), document.positionAt(first.end));
  return new vscode.CodeLens(top, {
    title:
      named.length === 1
        ? vscode.l10n.t('$(warning) Names {0}, a client: check your NDA', named[0])
        : vscode.l10n.t('$(warning) Names {0} clients ({1}): check your NDA', named.length, named.join(', ')),
    command: 'vscode.open',
    arguments: [document.uri, { selection: at }],
    tooltip: vscode.l10n.t(
      'Clients may not be named in public posts unless they are in me.publicClients in network.yaml. Click to go to the first; its quick fix adds the company there.',
    ),
  });
}
