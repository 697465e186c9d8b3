import * as vscode from 'vscode';
import type { PostInfo } from '../model/posts/postLint';
import { postInfo } from '../model/posts/postLint';
import { draftTitle } from '../model/posts/draftTitle';
import { safeRelativeFolder } from '../model/posts/relativeFolder';
import type { Configuration } from './configuration';
import { Disposable } from './disposable';

const decoder = new TextDecoder('utf-8');

export interface Draft {
  readonly uri: vscode.Uri;
  readonly folder: vscode.WorkspaceFolder;
  readonly info: PostInfo;
  /** The first heading or line of the body. */
  readonly title: string;
}

/** The post drafts of every workspace folder (`contractorNetwork.postsFolder`), following the disk. */
export class DraftStore extends Disposable {
  private readonly drafts = new Map<string, Draft>();
  private readonly watchers: vscode.Disposable[] = [];
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChange = this.changed.event;
  private scanning: Promise<void> = Promise.resolve();

  constructor(private readonly config: Configuration) {
    super();
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rescan()));
    this._register(
      vscode.workspace.onDidChangeConfiguration(e => {
        if (e.affectsConfiguration('contractorNetwork.postsFolder')) {
          void this.rescan();
        }
      }),
    );
    this._register(
      vscode.workspace.onDidSaveTextDocument(doc => {
        if (this.postsFolderOf(doc.uri)) {
          void this.update(doc.uri);
        }
      }),
    );
    this._register({ dispose: () => this.watchers.forEach(w => w.dispose()) });
  }

  all(): Draft[] {
    return [...this.drafts.values()].sort((a, b) => a.uri.path.localeCompare(b.uri.path));
  }

  get(uri: vscode.Uri): Draft | undefined {
    return this.drafts.get(uri.toString());
  }

  ready(): Promise<void> {
    return this.scanning;
  }

  /** The posts folder (a Uri) of a workspace folder; undefined when the setting points outside it. */
  postsFolder(folder: vscode.WorkspaceFolder): vscode.Uri | undefined {
    const rel = safeRelativeFolder(this.config.postsFolder(folder));
    return rel ? vscode.Uri.joinPath(folder.uri, ...rel.split('/')) : undefined;
  }

  /** The posts folder holding `uri`, if it is a draft's place. */
  postsFolderOf(uri: vscode.Uri): vscode.Uri | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const posts = folder && this.postsFolder(folder);
    return posts && uri.path.startsWith(posts.path + '/') && uri.path.toLowerCase().endsWith('.md') ? posts : undefined;
  }

  /** Reads the drafts again, once the scan before it and `after` (when given) have settled. */
  rescan(after: PromiseLike<unknown> = Promise.resolve()): Promise<void> {
    const go = (): Promise<void> => this.scan();
    const previous = this.scanning;
    this.scanning = Promise.resolve(after)
      .then(
        () => previous,
        () => previous,
      )
      .then(go, go);
    return this.scanning;
  }

  private async scan(): Promise<void> {
    this.watchers.splice(0).forEach(w => w.dispose());
    this.drafts.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const rel = safeRelativeFolder(this.config.postsFolder(folder));
      if (!rel) {
        continue;
      }
      const pattern = new vscode.RelativePattern(folder, `${rel}/**/*.md`);
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      this.watchers.push(
        watcher,
        watcher.onDidCreate(u => void this.update(u)),
        watcher.onDidChange(u => void this.update(u)),
        watcher.onDidDelete(u => {
          if (this.drafts.delete(u.toString())) {
            this.changed.fire();
          }
        }),
      );
      const files = await vscode.workspace.findFiles(pattern, undefined, 5000);
      await Promise.all(files.map(f => this.read(f, folder)));
    }
    this.changed.fire();
  }

  private async update(uri: vscode.Uri): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (folder) {
      await this.read(uri, folder);
      this.changed.fire();
    }
  }

  private async read(uri: vscode.Uri, folder: vscode.WorkspaceFolder): Promise<void> {
    try {
      const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString() && !d.isDirty);
      const text = open ? open.getText() : decoder.decode(await vscode.workspace.fs.readFile(uri));
      this.drafts.set(uri.toString(), {
        uri,
        folder,
        info: postInfo(text),
        title: draftTitle(text, uri.path.split('/').pop() ?? ''),
      });
    } catch {
      this.drafts.delete(uri.toString());
    }
  }
}
