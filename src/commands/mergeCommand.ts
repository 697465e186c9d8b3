import * as vscode from 'vscode';
import { isConflicted } from '../model/merge/conflictMarkers';
import { plainLabel } from '../model/people/plainLabel';
import type { ResolveSummary } from '../model/merge/mergeSummary';
import type { ResolvePlan } from '../model/merge/resolveConflict';
import { planResolveConflict } from '../model/merge/resolveConflict';
import type { GitVersions } from '../model/merge/resolveFromVersions';
import { fileMatchesVersions, planResolveFromVersions } from '../model/merge/resolveFromVersions';
import type { Clock } from '../services/clock';
import type { EditApplier } from '../services/editApplier';
import type { NetworkFile } from '../services/networkFile';
import type { NetworkStore } from '../services/networkStore';
import { UserError } from '../services/userError';
import type { CommandTable } from './commandTable';
import { notify } from '../services/notify';

/** What the command resolves to (for scripts and tests): the merge in numbers and where the versions came from. */
export interface ResolveResult extends ResolveSummary {
  /** `git`: git's own copies of the versions (index stages 2, 3 and 1); `markers`: rebuilt from the file. */
  readonly from: 'git' | 'markers';
  readonly message: string;
}

/** resolveMergeConflict(target?): merges the two versions of a conflicted network.yaml by person, one undo step. */
export function mergeCommand(store: NetworkStore, applier: EditApplier, clock: Clock): CommandTable {
  return {
    async resolveMergeConflict(arg?: unknown): Promise<ResolveResult | undefined> {
      await store.ready();
      const file = await conflictedFile(store, arg);
      if (!file) {
        return undefined;
      }
      const versions = await gitVersions(file.uri);
      let result: ResolvePlan | undefined;
      let from: ResolveResult['from'] = 'markers';
      const applied = await applier.apply(file, model => {
        const today = clock.today();
        if (versions && fileMatchesVersions(model.text, versions)) {
          from = 'git';
          result = planResolveFromVersions(model.text, versions, today);
        } else {
          from = 'markers';
          result = planResolveConflict(model.text, today);
        }
        return result.plan;
      });
      void notify.info(applied.message);
      return result?.summary && { ...result.summary, from, message: applied.message };
    },
  };
}

/** The file the argument names (a file, a folder, a reference or tree item with `folder`), else the one with a conflict. */
async function conflictedFile(store: NetworkStore, arg: unknown): Promise<NetworkFile | undefined> {
  const named = fileOfArgument(store, arg);
  if (named) {
    return named;
  }
  const active = vscode.window.activeTextEditor?.document.uri;
  const activeFile = active && store.fileForUri(active);
  if (activeFile && isConflicted(activeFile.current())) {
    return activeFile;
  }
  const conflicted = store.all.filter(f => isConflicted(f.current()));
  if (conflicted.length === 0) {
    throw new UserError(
      vscode.l10n.t('No network.yaml in this workspace has a merge conflict; nothing was written.'),
      'info',
    );
  }
  if (conflicted.length === 1) {
    return conflicted[0];
  }
  const pick = await vscode.window.showQuickPick(
    conflicted.map(f => ({
      label: plainLabel(f.folder.name),
      description: plainLabel(vscode.workspace.asRelativePath(f.uri)),
      file: f,
    })),
    { placeHolder: vscode.l10n.t('Resolve the merge conflict of which network.yaml?') },
  );
  return pick?.file;
}

function fileOfArgument(store: NetworkStore, arg: unknown): NetworkFile | undefined {
  if (arg instanceof vscode.Uri) {
    return store.fileForUri(arg) ?? store.fileForFolder(arg.toString());
  }
  if (typeof arg === 'string') {
    return store.fileForFolder(arg);
  }
  if (arg && typeof arg === 'object') {
    const o = arg as { file?: unknown; folder?: unknown };
    if (o.file && typeof o.file === 'object' && store.all.includes(o.file as NetworkFile)) {
      return o.file as NetworkFile;
    }
    if (typeof o.folder === 'string') {
      return store.fileForFolder(o.folder);
    }
  }
  return undefined;
}

/** The part of VS Code's built-in Git extension API used here (extensions/git/src/api/git.d.ts). */
interface GitApi {
  getRepository(uri: vscode.Uri): { show(ref: string, path: string): Promise<string> } | null;
}

/**
 * Git's own copies of the versions during a merge, through VS Code's Git extension (so it works
 * wherever that does, and this code needs no process of its own); undefined when there is no Git,
 * no repository or no merge in progress: the versions are then rebuilt from the markers.
 */
async function gitVersions(uri: vscode.Uri): Promise<GitVersions | undefined> {
  try {
    const ext = vscode.extensions.getExtension<{ getAPI(v: 1): GitApi }>('vscode.git');
    if (!ext) {
      return undefined;
    }
    const api = (ext.isActive ? ext.exports : await ext.activate()).getAPI(1);
    const repo = api.getRepository(uri);
    if (!repo) {
      return undefined;
    }
    const [ours, theirs] = await Promise.all([repo.show(':2', uri.fsPath), repo.show(':3', uri.fsPath)]);
    const base = await repo.show(':1', uri.fsPath).catch(() => undefined);
    return { ours, theirs, base };
  } catch {
    return undefined;
  }
}
