import * as vscode from 'vscode';
import { ContextKeys } from '../services/contextKeys';
import { Disposable } from '../services/disposable';
import type { DraftStore } from '../services/draftStore';

/** Sets `contractorNetwork:isDraft` for the active editor (menus on drafts use it). */
export class DraftContext extends Disposable {
  constructor(private readonly drafts: DraftStore) {
    super();
    this._register(vscode.window.onDidChangeActiveTextEditor(() => this.update()));
    this._register(drafts.onDidChange(() => this.update()));
    this.update();
  }

  private update(): void {
    const doc = vscode.window.activeTextEditor?.document;
    void vscode.commands.executeCommand(
      'setContext',
      ContextKeys.isDraft,
      !!doc && !!this.drafts.postsFolderOf(doc.uri),
    );
  }
}
