import * as vscode from 'vscode';

const decoder = new TextDecoder('utf-8');

/** How long after it began a save counts as under way (one that fails never says it ended). */
const SAVE_WAIT_MS = 30_000;

interface OnDisk {
  readonly size: number;
  readonly mtime: number;
  readonly text: string;
}

/**
 * What a file held on disk when its open document was last in step with it (opened, saved,
 * reverted or reloaded while clean), so that an action on the document with unsaved changes can
 * tell when the file was rewritten under them (a `git checkout`, a pull): VS Code keeps the typing
 * and does not reload. It is always read from the disk, never taken from the document, whose
 * dirty flag can lag a keystroke behind a save.
 */
export class DiskBaseline {
  private known: OnDisk | undefined;
  private work: Promise<void> = Promise.resolve();
  private recordQueued = false;
  /** When VS Code last began a save of the document, until that save ended (undefined: none under way). */
  private savingSince: number | undefined;

  constructor(private readonly uri: vscode.Uri) {}

  /**
   * VS Code is about to save the document. Until the save ends, the file holds part of the new
   * text: a large file is written in pieces, over seconds in a remote window on a busy machine
   * (8 MB in 256 KB pieces over 7 to 16 seconds in bench:host), and a read in between sees a
   * file that is neither the old text nor the editor's.
   */
  willSave(): void {
    this.savingSince = Date.now();
  }

  /** Whether a save is under way (a save that fails never ends with a did-save: not past a while). */
  private get saving(): boolean {
    return this.savingSince !== undefined && Date.now() - this.savingSince < SAVE_WAIT_MS;
  }

  /**
   * The document was saved (`doc` undefined: the disk holds what was saved), or looks in step with
   * the file (opened, reverted or reloaded while clean): remember what the disk holds, the latter
   * only if the document is still clean and has that text. A failed save (auto-save into a file
   * that git rewrote) can report the document clean for a moment while it keeps the typing.
   */
  record(doc?: vscode.TextDocument): void {
    if (!doc) {
      this.savingSince = undefined; // the save ended
    }
    if (this.recordQueued && !doc) {
      return;
    }
    this.recordQueued = !doc;
    this.work = this.work.then(async () => {
      this.recordQueued = false;
      const now = await this.read();
      if (this.saving) {
        return; // read while the next save writes the file: that save's end records it
      }
      if (!doc || (now && !doc.isDirty && sameText(doc.getText(), now.text))) {
        this.known = now;
      }
    });
  }

  /** Not known any more (the document was closed, or opened with unsaved changes). */
  forget(): void {
    this.work = this.work.then(() => {
      this.known = undefined;
    });
  }

  /**
   * Whether the file on disk no longer holds what it held when the document was last in step with
   * it. False when that is not known or the file cannot be read: VS Code's own save still asks.
   * A file rewritten with the same text (a touch) has not changed, nor one that holds exactly what
   * the editor holds (`current`): nothing of the typing can be lost then. That is also a save whose
   * event has not arrived yet, with the dirty flag a moment behind (seen on a loaded machine).
   * Nor is it known while VS Code saves the document (see willSave): the file may hold part of
   * what is being saved.
   */
  async changed(current?: string): Promise<boolean> {
    await this.work;
    if (this.saving) {
      // a save under way writes the editor's own text (a save that finds the file changed fails
      // before it writes, and VS Code says so): what the disk holds now is not known
      return false;
    }
    const known = this.known;
    if (!known) {
      return false;
    }
    try {
      const stat = await vscode.workspace.fs.stat(this.uri);
      if (stat.size === known.size && stat.mtime === known.mtime) {
        return false;
      }
    } catch {
      return false;
    }
    const now = await this.read();
    if (!now || this.saving) {
      return false;
    }
    if (sameText(now.text, known.text) || (current !== undefined && sameText(now.text, current))) {
      this.known = now;
      return false;
    }
    return true;
  }

  private async read(): Promise<OnDisk | undefined> {
    try {
      // the stat before the read: a write in between shows as a change next time, never as none
      const stat = await vscode.workspace.fs.stat(this.uri);
      const text = decoder.decode(await vscode.workspace.fs.readFile(this.uri));
      return { size: stat.size, mtime: stat.mtime, text };
    } catch {
      return undefined;
    }
  }
}

/** The same text, whatever the line endings (the editor may hold CRLF as LF). */
function sameText(a: string, b: string): boolean {
  return a === b || a.replace(/\r\n/g, '\n') === b.replace(/\r\n/g, '\n');
}
