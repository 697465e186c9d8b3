import * as vscode from 'vscode';
import { postInfo } from '../model/posts/postLint';
import { Disposable } from '../services/disposable';
import type { DraftStore } from '../services/draftStore';

/** A visible marker where LinkedIn's feed folds a post ("…see more"); it moves as the text changes. */
export class FoldMarker extends Disposable {
  private readonly decoration = this._register(
    vscode.window.createTextEditorDecorationType({
      after: {
        contentText: '  ┄┄ …see more (the feed folds here)',
        color: new vscode.ThemeColor('editorCodeLens.foreground'),
        fontStyle: 'italic',
      },
      rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    }),
  );
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly drafts: DraftStore) {
    super();
    this._register(vscode.window.onDidChangeVisibleTextEditors(() => this.updateVisible()));
    this._register(
      vscode.workspace.onDidChangeTextDocument(e => {
        if (vscode.window.visibleTextEditors.some(ed => ed.document === e.document)) {
          clearTimeout(this.timer);
          this.timer = setTimeout(() => this.updateVisible(), 100);
        }
      }),
    );
    this._register({ dispose: () => clearTimeout(this.timer) });
    this.updateVisible();
  }

  updateVisible(): void {
    for (const editor of vscode.window.visibleTextEditors) {
      this.update(editor);
    }
  }

  /** Where the marker is in an editor (for tests): the position, or undefined. */
  foldPosition(document: vscode.TextDocument): vscode.Position | undefined {
    if (!this.drafts.postsFolderOf(document.uri)) {
      return undefined;
    }
    const info = postInfo(document.getText());
    const isPost = !info.channel || info.channel === 'post';
    return isPost && info.foldOffset !== undefined ? document.positionAt(info.foldOffset) : undefined;
  }

  private update(editor: vscode.TextEditor): void {
    const at = this.foldPosition(editor.document);
    editor.setDecorations(this.decoration, at ? [new vscode.Range(at, at)] : []);
  }
}
