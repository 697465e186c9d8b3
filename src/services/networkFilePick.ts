import * as vscode from 'vscode';
import type { NetworkFile } from './networkFile';
import type { NetworkStore } from './networkStore';
import { UserError } from './userError';
import { plainLabel } from '../model/people/plainLabel';

/**
 * The network file a command names by its `folder` argument (a workspace folder's path, uri or
 * name), else the only one, else the user's pick of the folders (undefined if they cancel).
 */
export async function chooseNetworkFile(
  store: NetworkStore,
  folder: unknown,
  placeHolder: string,
): Promise<NetworkFile | undefined> {
  await store.ready();
  const files = store.all;
  if (typeof folder === 'string' || folder instanceof vscode.Uri) {
    const file =
      folder instanceof vscode.Uri
        ? (store.fileForUri(folder) ?? store.fileForFolder(folder.toString()))
        : store.fileForFolder(folder);
    if (!file) {
      throw new UserError(vscode.l10n.t('There is no network.yaml in the folder {0}.', folder.toString()));
    }
    return file;
  }
  if (files.length <= 1) {
    return files[0];
  }
  const pick = await vscode.window.showQuickPick(
    files.map(f => ({
      label: plainLabel(f.folder.name),
      description: plainLabel(vscode.workspace.asRelativePath(f.uri)),
      file: f,
    })),
    { placeHolder },
  );
  return pick?.file;
}
