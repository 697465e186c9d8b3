import * as vscode from 'vscode';
import { minimatch } from 'minimatch';
import { MentionIndex } from '../model/mentions/mentionIndex';
import type { Mention } from '../model/mentions/mentionParse';
import { parseMentions } from '../model/mentions/mentionParse';
import { Disposable } from './disposable';

const MARKDOWN_GLOB = '**/*.{md,markdown,MD}';
/** Larger files are not read: nobody's notes are 8 MB, a binary or a dump might be. */
const MAX_BYTES = 8 * 1024 * 1024;
const MAX_FILES = 20_000;
/** Above this many files the first reading shows its progress in the status bar. */
export const BIG_WORKSPACE_FILES = 200;
/** An open document longer than this is read again after typing settles, not on every keystroke. */
const LONG_DOCUMENT = 500_000;
const decoder = new TextDecoder('utf-8');

/** The mentions of a file, with the file's Uri. */
export interface MentionsInFile {
  readonly uri: vscode.Uri;
  readonly mentions: readonly Mention[];
}

/**
 * The mentions of every markdown file of the workspace (files.exclude honoured), by workspace
 * folder: read in the background after activation, then kept up to date file by file from the
 * open documents' changes and a file watcher.
 */
export class MentionStore extends Disposable {
  private readonly indexes = new Map<string, MentionIndex>();
  /** The open document's version a file was last read from (undefined: from disk). */
  private readonly versions = new Map<string, number | undefined>();
  private readonly watchers: vscode.Disposable[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  /** Fires (at most every 100 ms) after mentions were read or changed. */
  readonly onDidChange = this.changed.event;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private scanning: Promise<void> = Promise.resolve();
  private generation = 0;
  private loose: { key: string; version: number; mentions: readonly Mention[] } | undefined;

  constructor() {
    super();
    this._register(vscode.workspace.onDidChangeTextDocument(e => this.documentChanged(e.document)));
    this._register(vscode.workspace.onDidOpenTextDocument(doc => this.documentChanged(doc)));
    this._register(
      vscode.workspace.onDidCloseTextDocument(doc => {
        if (this.isTracked(doc.uri)) {
          void this.readFromDisk(doc.uri, this.generation, doc); // unsaved changes are gone with the editor
        }
      }),
    );
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rescan()));
    this._register(
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration('files.exclude')) {
          void this.rescan();
        }
      }),
    );
    this._register({
      dispose: () => {
        this.watchers.splice(0).forEach(w => w.dispose());
        this.timers.forEach(t => clearTimeout(t));
        clearTimeout(this.changeTimer);
      },
    });
  }

  /**
   * Starts the first reading once activation is over and `after` has settled (the network files
   * read: the People view's first items come first); it never holds either up.
   */
  start(after: PromiseLike<unknown> = Promise.resolve()): void {
    const settled = Promise.resolve(after).then(
      () => undefined,
      () => undefined,
    );
    const begun = settled.then(() => new Promise<void>(resolve => setTimeout(resolve, 0)));
    this.scanning = begun.then(() => this.scan());
  }

  /** Resolves once the files known so far are read. */
  ready(): Promise<void> {
    return this.scanning;
  }

  rescan(): Promise<void> {
    this.scanning = this.scanning.then(
      () => this.scan(),
      () => this.scan(),
    );
    return this.scanning;
  }

  /** The index of a workspace folder's markdown files. */
  indexOf(folder: vscode.WorkspaceFolder): MentionIndex {
    const key = folder.uri.toString();
    let index = this.indexes.get(key);
    if (!index) {
      index = new MentionIndex();
      this.indexes.set(key, index);
    }
    return index;
  }

  /** The mentions of a document as it is now (read again if it changed since). */
  mentionsOf(doc: vscode.TextDocument): readonly Mention[] {
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    const key = doc.uri.toString();
    if (!folder || !this.isTracked(doc.uri)) {
      // an excluded or loose file: answered, never counted
      if (this.loose?.key !== key || this.loose.version !== doc.version) {
        this.loose = { key, version: doc.version, mentions: parseMentions(doc.getText()) };
      }
      return this.loose.mentions;
    }
    const index = this.indexOf(folder);
    if (this.versions.get(key) !== doc.version || !this.versions.has(key)) {
      this.versions.set(key, doc.version);
      index.update(key, doc.getText());
    }
    return index.mentionsOf(key);
  }

  /** The mentions in a folder's files that name any of `keys`. */
  find(folder: vscode.WorkspaceFolder, keys: readonly string[]): MentionsInFile[] {
    return this.indexOf(folder)
      .find(keys)
      .map(f => ({ uri: vscode.Uri.parse(f.file), mentions: f.mentions }));
  }

  count(folder: vscode.WorkspaceFolder, keys: readonly string[]): number {
    return this.indexOf(folder).count(keys);
  }

  /** Every distinct key mentioned in a folder's files (whom its mentions name). */
  keys(folder: vscode.WorkspaceFolder): string[] {
    return [...this.indexOf(folder).keys()];
  }

  /** Every file of a folder that has mentions, with them. */
  filesOf(folder: vscode.WorkspaceFolder): MentionsInFile[] {
    const index = this.indexOf(folder);
    return index.files.map(f => ({ uri: vscode.Uri.parse(f), mentions: index.mentionsOf(f) }));
  }

  /** Whether a uri is a markdown file of a workspace folder that files.exclude does not hide. */
  isTracked(uri: vscode.Uri): boolean {
    if (!/\.(md|markdown)$/i.test(uri.path) || /\/node_modules\//.test(uri.path)) {
      return false;
    }
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) {
      return false;
    }
    const rel = uri.path.slice(folder.uri.path.length).replace(/^\/+/, '');
    return !excludePatterns(folder).some(
      p => minimatch(rel, p, { dot: true }) || minimatch(rel, `${p}/**`, { dot: true }),
    );
  }

  private documentChanged(doc: vscode.TextDocument): void {
    if (!this.isTracked(doc.uri) || this.versions.get(doc.uri.toString()) === doc.version) {
      return;
    }
    if (doc.getText().length <= LONG_DOCUMENT) {
      this.mentionsOf(doc);
      this.fireSoon();
      return;
    }
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!doc.isClosed) {
          this.mentionsOf(doc);
          this.fireSoon();
        }
      }, 300),
    );
  }

  private fireSoon(): void {
    if (!this.changeTimer) {
      this.changeTimer = setTimeout(() => {
        this.changeTimer = undefined;
        this.changed.fire();
      }, 100);
    }
  }

  private async scan(): Promise<void> {
    const generation = ++this.generation;
    this.watchers.splice(0).forEach(w => w.dispose());
    this.indexes.clear();
    this.versions.clear();
    const files: vscode.Uri[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      this.watch(folder);
      // exclude undefined: VS Code applies files.exclude itself
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, MARKDOWN_GLOB), undefined);
      files.push(...found.filter(u => !/\/node_modules\//.test(u.path)));
    }
    const todo = files.slice(0, MAX_FILES);
    const read = (report?: (n: number) => void): Promise<void> => this.readAll(todo, generation, report);
    if (todo.length > BIG_WORKSPACE_FILES) {
      await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Contractor Network: reading mentions') },
        progress =>
          read(n =>
            progress.report({
              message: vscode.l10n.t(
                '{0} of {1} notes',
                n.toLocaleString('en-US'),
                todo.length.toLocaleString('en-US'),
              ),
            }),
          ),
      );
    } else {
      await read();
    }
    if (generation === this.generation) {
      this.changed.fire();
    }
  }

  private async readAll(files: readonly vscode.Uri[], generation: number, report?: (n: number) => void): Promise<void> {
    const BATCH = 32;
    for (let i = 0; i < files.length && generation === this.generation; i += BATCH) {
      await Promise.all(files.slice(i, i + BATCH).map(f => this.readFromDisk(f, generation)));
      report?.(Math.min(files.length, i + BATCH));
      await new Promise(resolve => setTimeout(resolve, 0)); // let the editor breathe between batches
    }
  }

  /** Reads a file from disk, unless an open document has it (then the document counts; not the one closing). */
  private async readFromDisk(
    uri: vscode.Uri,
    generation = this.generation,
    closing?: vscode.TextDocument,
  ): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) {
      return;
    }
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === key && !d.isClosed && d !== closing);
    if (open) {
      this.mentionsOf(open);
      this.fireSoon();
      return;
    }
    let text: string | undefined;
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size <= MAX_BYTES) {
        const bytes = await vscode.workspace.fs.readFile(uri);
        // a NUL byte: a binary file named .md, no notes in it
        text = bytes.subarray(0, 8192).includes(0) ? undefined : decoder.decode(bytes);
      }
    } catch {
      text = undefined; // gone or unreadable: nothing to index
    }
    if (generation !== this.generation) {
      return;
    }
    if (text === undefined) {
      this.indexOf(folder).delete(key);
    } else {
      this.indexOf(folder).update(key, text);
    }
    this.versions.set(key, undefined);
    this.fireSoon();
  }

  private watch(folder: vscode.WorkspaceFolder): void {
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, MARKDOWN_GLOB));
    const onDisk = (uri: vscode.Uri): void => {
      if (this.isTracked(uri)) {
        void this.readFromDisk(uri);
      }
    };
    this.watchers.push(
      watcher,
      watcher.onDidCreate(onDisk),
      watcher.onDidChange(onDisk),
      watcher.onDidDelete(uri => {
        this.indexOf(folder).delete(uri.toString());
        this.versions.delete(uri.toString());
        this.fireSoon();
      }),
    );
  }
}

/** The folder's `files.exclude` globs that are on. */
function excludePatterns(folder: vscode.WorkspaceFolder): string[] {
  const setting = vscode.workspace.getConfiguration('files', folder.uri).get<Record<string, unknown>>('exclude') ?? {};
  return Object.entries(setting)
    .filter(([, on]) => on === true)
    .map(([glob]) => glob);
}
