import * as vscode from 'vscode';
import { todayLocal } from '../model/calendar/dates';
import { starterNetworkFile } from '../model/network/starterFile';
import type { Configuration } from '../services/configuration';
import type { NetworkStore } from '../services/networkStore';
import { isInside } from '../services/workspacePaths';
import type { PeopleView } from '../views/peopleView';
import type { CommandTable } from './commandTable';
import { UserError } from '../services/userError';
import { chooseNetworkFile } from '../services/networkFilePick';

/** Opening, creating and refreshing the network file. */
export function fileCommands(store: NetworkStore, config: Configuration, people: PeopleView): CommandTable {
  return {
    async openNetworkFile(folder?: unknown): Promise<vscode.TextEditor | undefined> {
      await store.ready();
      const file =
        typeof folder === 'string'
          ? store.fileForFolder(folder)
          : await chooseNetworkFile(store, undefined, vscode.l10n.t('Which network?'));
      if (!file) {
        if (store.all.length === 0) {
          throw new UserError(
            vscode.l10n.t(
              'There is no network.yaml in this workspace yet. Use "Create network.yaml" in the Contractor Network view.',
            ),
          );
        }
        return undefined;
      }
      return vscode.window.showTextDocument(file.uri, { preview: false });
    },

    async refresh(): Promise<void> {
      await store.locate();
      people.provider.refresh();
    },

    createNetworkFile: (folderArg?: unknown) => createNetworkFile(store, config, folderArg),
  };
}

/** Writes the commented starter network.yaml into a folder (asking which, when there are several) and opens it. */
async function createNetworkFile(
  store: NetworkStore,
  config: Configuration,
  folderArg: unknown,
): Promise<vscode.Uri | undefined> {
  if (!vscode.workspace.isTrusted) {
    throw new UserError(
      vscode.l10n.t(
        'This workspace is not trusted, so Contractor Network does not write to it. Trust the workspace to create network.yaml.',
      ),
    );
  }
  const folders = vscode.workspace.workspaceFolders ?? [];
  let folder =
    typeof folderArg === 'string' ? folders.find(f => f.uri.fsPath === folderArg || f.name === folderArg) : undefined;
  if (!folder) {
    folder =
      folders.length <= 1
        ? folders[0]
        : await vscode.window.showWorkspaceFolderPick({
            placeHolder: vscode.l10n.t('Create network.yaml in which folder?'),
          });
  }
  if (!folder) {
    if (folders.length === 0) {
      throw new UserError(vscode.l10n.t('Open a folder first: network.yaml lives in a workspace folder.'));
    }
    return undefined;
  }
  const configured = config.fileGlob(folder);
  const name = /[*?[\]{}!]/.test(configured) ? 'network.yaml' : configured;
  const uri = vscode.Uri.joinPath(folder.uri, name);
  if (!isInside(folder.uri, uri)) {
    throw new UserError(
      vscode.l10n.t(
        'The setting contractorNetwork.file ("{0}") points outside the folder; nothing was created.',
        configured,
      ),
    );
  }
  const exists = await vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
  if (!exists) {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(starterNetworkFile(todayLocal())));
  }
  await store.locate();
  await vscode.window.showTextDocument(uri, { preview: false });
  return uri;
}
