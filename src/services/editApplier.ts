import * as vscode from 'vscode';
import type { NetworkModel } from '../model/network/network';
import type { EditPlan } from '../model/yaml/textEdits';
import { UserError } from './userError';
import type { NetworkFile } from './networkFile';
import { notify } from './notify';

export function untrustedMessage(): string {
  return vscode.l10n.t(
    'This workspace is not trusted, so Contractor Network does not change its files. Trust the workspace (Manage Workspace Trust) to triage and annotate.',
  );
}

/**
 * The refusal of an action on a document with unsaved changes whose file was rewritten on disk,
 * with VS Code's own commands to compare the two and to take the disk's.
 */
function changedUnderTyping(doc: vscode.TextDocument): UserError {
  const inEditor = (command: string) => async (): Promise<void> => {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand(command);
  };
  return new UserError(
    vscode.l10n.t(
      '{0} changed on disk (a git checkout or pull?) while you have unsaved changes in the editor, so nothing was changed: your typing and the file on disk are both kept. Compare them, then save yours (VS Code asks before it overwrites the file) or revert to the file on disk, and try again.',
      vscode.workspace.asRelativePath(doc.uri),
    ),
    'warning',
    [
      { title: vscode.l10n.t('Compare'), run: inEditor('workbench.files.action.compareWithSaved') },
      { title: vscode.l10n.t('Revert File'), run: inEditor('workbench.action.files.revert') },
    ],
  );
}

/**
 * Applies actions to a network file: one WorkspaceEdit per action (one undo step), computed from
 * the document's text at that moment, saved afterwards only if the document had no unsaved
 * changes before. Actions are queued: a second one waits for the first, none is lost.
 */
export class EditApplier {
  private queue: Promise<unknown> = Promise.resolve();
  /**
   * Per clean document: its version when its text was last known to be the file's, with the
   * file's size and modification time then. The same three again: nothing to catch up with.
   */
  private readonly inSync = new Map<string, { version: number; size: number; mtime: number }>();

  /** Plans and applies an action on `file`; resolves once the edit is applied (and saved). */
  apply<T extends EditPlan>(file: NetworkFile, plan: (model: NetworkModel) => T): Promise<T & { ok: true }> {
    return this.enqueue(
      file.uri,
      () => plan(file.current()),
      doc => file.disk.changed(doc.getText()),
    );
  }

  /** The same for any text file (a post draft): `plan` gets the document's current text. */
  applyToText<T extends EditPlan>(uri: vscode.Uri, plan: (text: string) => T): Promise<T & { ok: true }> {
    return this.enqueue(uri, doc => plan(doc.getText()));
  }

  private enqueue<T extends EditPlan>(
    uri: vscode.Uri,
    plan: (doc: vscode.TextDocument) => T,
    changedOnDisk?: (doc: vscode.TextDocument) => Promise<boolean>,
  ): Promise<T & { ok: true }> {
    const run = this.queue.then(
      () => this.applyNow(uri, plan, changedOnDisk),
      () => this.applyNow(uri, plan, changedOnDisk),
    );
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async applyNow<T extends EditPlan>(
    uri: vscode.Uri,
    plan: (doc: vscode.TextDocument) => T,
    changedOnDisk?: (doc: vscode.TextDocument) => Promise<boolean>,
  ): Promise<T & { ok: true }> {
    if (!vscode.workspace.isTrusted) {
      throw new UserError(untrustedMessage());
    }
    let doc: vscode.TextDocument;
    try {
      doc = await vscode.workspace.openTextDocument(uri);
    } catch {
      throw new UserError(
        vscode.l10n.t(
          '{0} could not be opened (was it deleted or renamed?); nothing was changed.',
          vscode.workspace.asRelativePath(uri),
        ),
      );
    }
    const wasDirty = doc.isDirty;
    if (!wasDirty) {
      await this.catchUpWithDisk(doc);
    } else if (await changedOnDisk?.(doc)) {
      // VS Code keeps the typing and does not reload: an edit now would build on a version that is gone
      throw changedUnderTyping(doc);
    }
    const result = plan(doc);
    if (!result.ok) {
      throw new UserError(result.message);
    }
    if (result.edits.length === 0) {
      return result as T & { ok: true };
    }
    const version = doc.version;
    const edit = new vscode.WorkspaceEdit();
    for (const e of result.edits) {
      edit.replace(uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.text);
    }
    if (doc.version !== version) {
      throw new UserError(
        vscode.l10n.t(
          '{0} changed while the action was being prepared; nothing was changed. Try again.',
          vscode.workspace.asRelativePath(uri),
        ),
      );
    }
    const applied = await vscode.workspace.applyEdit(edit);
    if (!applied) {
      throw new UserError(
        vscode.l10n.t(
          'VS Code did not apply the change to {0} (is it read-only?); nothing was changed.',
          vscode.workspace.asRelativePath(uri),
        ),
      );
    }
    if (!wasDirty) {
      const saved = await doc.save();
      if (saved) {
        await this.noteInSync(doc); // the next action need not read back what was just written
      }
      if (!saved) {
        void notify.warn(
          vscode.l10n.t(
            'The change is in the editor but {0} could not be saved (it may have changed on disk). Save it when ready; nothing is lost.',
            vscode.workspace.asRelativePath(uri),
          ),
        );
      }
    }
    return result as T & { ok: true };
  }

  /**
   * A clean document follows its file, but only once VS Code has noticed a change on disk. If the
   * file was just written by another program, wait for the document to catch up, so the action
   * works on the new text instead of overwriting it. The file is read only when its size or
   * modification time is not what they were when the document last had its text (a stat, not a
   * read of the whole file, on every action).
   */
  private async catchUpWithDisk(doc: vscode.TextDocument): Promise<void> {
    const unreadable = (): UserError =>
      new UserError(
        vscode.l10n.t(
          '{0} could not be read (was it deleted or renamed?); nothing was changed.',
          vscode.workspace.asRelativePath(doc.uri),
        ),
      );
    let stat: vscode.FileStat;
    let disk: string;
    try {
      stat = await vscode.workspace.fs.stat(doc.uri);
      const known = this.inSync.get(doc.uri.toString());
      if (known && known.version === doc.version && known.size === stat.size && known.mtime === stat.mtime) {
        return;
      }
      disk = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(doc.uri));
    } catch {
      throw unreadable();
    }
    const same = (): boolean => doc.getText().replace(/\r\n/g, '\n') === disk.replace(/\r\n/g, '\n');
    for (let waited = 0; !same() && !doc.isDirty; waited += 50) {
      if (waited >= 3000) {
        throw new UserError(
          vscode.l10n.t(
            '{0} changed on disk and the editor has not caught up yet; nothing was changed. Try again in a moment.',
            vscode.workspace.asRelativePath(doc.uri),
          ),
        );
      }
      await new Promise(r => setTimeout(r, 50));
    }
    if (!doc.isDirty) {
      // the stat was taken before the read: a write since then shows as a newer time next time
      this.inSync.set(doc.uri.toString(), { version: doc.version, size: stat.size, mtime: stat.mtime });
    }
  }

  /** After a save: the document's text is the file's, at the file's size and time now. */
  private async noteInSync(doc: vscode.TextDocument): Promise<void> {
    try {
      const stat = await vscode.workspace.fs.stat(doc.uri);
      this.inSync.set(doc.uri.toString(), { version: doc.version, size: stat.size, mtime: stat.mtime });
    } catch {
      this.inSync.delete(doc.uri.toString());
    }
  }
}
