import * as vscode from 'vscode';
import { minimatch } from 'minimatch';
import type { Configuration } from './configuration';
import { ContextKeys } from './contextKeys';
import { Disposable } from './disposable';
import { DEFERRED_PARSE_MS, NetworkFile } from './networkFile';
import type { StartupMarks } from './startupMarks';
import { isInside } from './workspacePaths';

const decoder = new TextDecoder('utf-8');

/**
 * The network files of the open workspace folders (one per folder, contract §1), kept in step
 * with the editor, the disk and the settings.
 */
export class NetworkStore extends Disposable {
  private readonly files = new Map<string, NetworkFile>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  private readonly changed = this._register(new vscode.EventEmitter<NetworkFile | undefined>());
  /** A file's model changed (the file), or files were found or lost (undefined). */
  readonly onDidChange = this.changed.event;
  private readonly found = this._register(new vscode.EventEmitter<void>());
  /**
   * Files were found or lost. A file found is read but may not be parsed yet: only the People
   * view's first level (`NetworkFile.quick`) reads it then; `onDidChange` follows its parse.
   */
  readonly onDidFindFiles = this.found.event;
  private locating: Promise<void> | undefined;

  constructor(
    private readonly config: Configuration,
    private readonly marks?: StartupMarks,
  ) {
    super();
    this._register(
      vscode.workspace.onDidChangeTextDocument(e => {
        const file = this.fileForUri(e.document.uri);
        file?.noteDocumentChange(e);
        if (file && !e.document.isDirty) {
          file.disk.record(e.document); // reverted or reloaded from disk (checked: the flag can lag)
        }
      }),
    );
    this._register(vscode.workspace.onWillSaveTextDocument(e => this.fileForUri(e.document.uri)?.disk.willSave()));
    this._register(vscode.workspace.onDidSaveTextDocument(doc => this.fileForUri(doc.uri)?.disk.record()));
    this._register(
      vscode.workspace.onDidOpenTextDocument(doc => {
        const file = this.fileForUri(doc.uri);
        if (file) {
          file.replaceText(doc.getText(), doc.version);
          this.noteInStep(file, doc);
        } else if (this.couldBeNetworkFile(doc.uri)) {
          void this.locate();
        }
      }),
    );
    this._register(
      vscode.workspace.onDidCloseTextDocument(doc => {
        const file = this.fileForUri(doc.uri);
        if (file) {
          file.disk.forget();
          void this.reloadFromDisk(file);
        }
      }),
    );
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.locate()));
    this._register(
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration('contractorNetwork.file')) {
          void this.locate();
        }
      }),
    );
    this._register({ dispose: () => this.clear() });
  }

  /** Finds (again) the network file of every folder. Resolves when done. */
  locate(): Promise<void> {
    // the first one starts at once (its requests go out before the rest of activation runs)
    this.locating =
      this.locating?.then(
        () => this.doLocate(),
        () => this.doLocate(),
      ) ?? this.doLocate();
    return this.locating;
  }

  /** Resolves once the files are located (after activation or a settings change). */
  ready(): Promise<void> {
    return this.locating ?? Promise.resolve();
  }

  get all(): readonly NetworkFile[] {
    return [...this.files.values()];
  }

  fileForUri(uri: vscode.Uri): NetworkFile | undefined {
    const key = uri.toString();
    for (const f of this.files.values()) {
      if (f.uri.toString() === key) {
        return f;
      }
    }
    return undefined;
  }

  /** The file of a workspace folder given by path or uri (multi-root); the only file when there is one. */
  fileForFolder(folder?: string): NetworkFile | undefined {
    if (folder) {
      for (const f of this.files.values()) {
        if (f.folder.uri.fsPath === folder || f.folder.uri.toString() === folder || f.folder.name === folder) {
          return f;
        }
      }
      return undefined;
    }
    return this.files.size === 1 ? this.all[0] : undefined;
  }

  private couldBeNetworkFile(uri: vscode.Uri): boolean {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || this.files.has(folder.uri.toString())) {
      return false;
    }
    const rel = uri.path.slice(folder.uri.path.length).replace(/^\/+/, '');
    const glob = this.config.fileGlob(folder);
    // a plain path (the default, network.yaml) needs no glob engine, which loads on first use
    if (/^[\w-]+(\.[\w-]+)*(\/[\w-]+(\.[\w-]+)*)*$/.test(glob)) {
      return rel.toLowerCase() === glob.toLowerCase();
    }
    return minimatch(rel, glob, { nocase: true, dot: true });
  }

  private async doLocate(): Promise<void> {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const seen = new Set<string>();
    let changed = false;
    let lost = false;
    for (const folder of folders) {
      const key = folder.uri.toString();
      seen.add(key);
      const existing = this.files.get(key);
      // nothing read yet and a plain path (the default): read it at once, without asking first
      // whether it is there (one round trip less while the window starts)
      const direct = existing ? undefined : this.plainPath(folder);
      const reading = direct && this.readText(direct);
      this.watch(folder);
      const uri = direct ?? (await this.find(folder));
      if (existing && uri && existing.uri.toString() === uri.toString()) {
        continue;
      }
      if (existing) {
        existing.dispose();
        this.files.delete(key);
        changed = lost = true;
      }
      if (uri) {
        const text = await (reading ?? this.readText(uri));
        this.marks?.mark('decoded');
        if (text !== undefined) {
          this.add(key, new NetworkFile(uri, folder, text, true));
          this.marks?.mark('quickRead');
          changed = true;
        }
      }
    }
    for (const [key, file] of [...this.files]) {
      if (!seen.has(key)) {
        file.dispose();
        this.files.delete(key);
        this.watchers.get(key)?.dispose();
        this.watchers.delete(key);
        changed = lost = true;
      }
    }
    // the views are told first; the context key (the welcome view) follows, and the locate ends with it
    const hasFile = vscode.commands.executeCommand('setContext', ContextKeys.hasFile, this.files.size > 0);
    if (changed) {
      this.found.fire();
      this.marks?.mark('viewsTold');
      // a file still being parsed fires onDidChange itself once parsed: the views that need the
      // model wait for it, and the People view's first level comes first
      const parsing = this.all.filter(f => !f.isParsed);
      parsing.forEach(f => f.parseSoon(DEFERRED_PARSE_MS));
      if (lost || parsing.length === 0) {
        this.changed.fire(undefined);
      }
    }
    await hasFile;
    this.marks?.mark('contextKeySet');
  }

  private add(key: string, file: NetworkFile): void {
    this.files.set(key, file);
    file.onDidChange(f => this.changed.fire(f));
    const doc = file.document;
    if (doc) {
      file.replaceText(doc.getText(), doc.version);
      this.noteInStep(file, doc);
    }
  }

  /** A document opened (or found open) without unsaved changes is in step with its file. */
  private noteInStep(file: NetworkFile, doc: vscode.TextDocument): void {
    if (doc.isDirty) {
      file.disk.forget(); // restored with unsaved changes: what the disk held then is not known
    } else {
      file.disk.record(doc);
    }
  }

  /** The configured path when it is a plain path inside the folder (no glob); undefined otherwise. */
  private plainPath(folder: vscode.WorkspaceFolder): vscode.Uri | undefined {
    const pattern = this.config.fileGlob(folder);
    if (/[*?[\]{}!]/.test(pattern)) {
      return undefined;
    }
    const uri = vscode.Uri.joinPath(folder.uri, pattern);
    return isInside(folder.uri, uri) ? uri : undefined; // a setting that points outside the folder is ignored
  }

  /** The folder's network file: the configured path, or the first match of the configured glob. */
  private async find(folder: vscode.WorkspaceFolder): Promise<vscode.Uri | undefined> {
    const pattern = this.config.fileGlob(folder);
    if (!/[*?[\]{}!]/.test(pattern)) {
      const uri = this.plainPath(folder);
      if (!uri) {
        return undefined;
      }
      try {
        const stat = await vscode.workspace.fs.stat(uri);
        return stat.type & vscode.FileType.File ? uri : undefined;
      } catch {
        return undefined;
      }
    }
    const found = await vscode.workspace.findFiles(
      new vscode.RelativePattern(folder, pattern),
      '**/node_modules/**',
      50,
    );
    const inside = found.filter(u => isInside(folder.uri, u));
    inside.sort((a, b) => a.path.split('/').length - b.path.split('/').length || a.path.localeCompare(b.path));
    return inside[0];
  }

  private watch(folder: vscode.WorkspaceFolder): void {
    const key = folder.uri.toString();
    this.watchers.get(key)?.dispose();
    const watcher = vscode.workspace.createFileSystemWatcher(
      new vscode.RelativePattern(folder, this.config.fileGlob(folder)),
    );
    const onDisk = (uri: vscode.Uri): void => {
      const file = this.fileForUri(uri);
      if (file) {
        void this.reloadFromDisk(file);
      } else {
        void this.locate();
      }
    };
    const subs = [
      watcher,
      watcher.onDidChange(onDisk),
      watcher.onDidCreate(onDisk),
      watcher.onDidDelete(uri => {
        if (this.fileForUri(uri)) {
          void this.locate();
        }
      }),
    ];
    this.watchers.set(key, { dispose: () => subs.forEach(s => s.dispose()) });
  }

  /** Re-reads a file that is not open in an editor (an open document follows the disk itself). */
  private async reloadFromDisk(file: NetworkFile): Promise<void> {
    if (file.document) {
      return;
    }
    const text = await this.readText(file.uri);
    if (text === undefined) {
      await this.locate();
    } else if (!file.document) {
      file.replaceText(text);
    }
  }

  private async readText(uri: vscode.Uri): Promise<string | undefined> {
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
    if (open) {
      return open.getText();
    }
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      this.marks?.mark('readBytes');
      return decoder.decode(bytes);
    } catch {
      return undefined;
    }
  }

  private clear(): void {
    for (const f of this.files.values()) {
      f.dispose();
    }
    this.files.clear();
    for (const w of this.watchers.values()) {
      w.dispose();
    }
    this.watchers.clear();
  }
}
