import * as vscode from 'vscode';
import { todayLocal } from '../model/calendar/dates';
import { starterNetworkFile } from '../model/network/starterFile';
import type { Configuration } from '../services/configuration';
import type { NetworkStore } from '../services/networkStore';
import { isInside } from '../services/workspacePaths';
import { PersonNodeBase } from '../views/personNodeBase';
import type { PeopleView } from '../views/peopleView';
import type { CommandTable } from './commandTable';
import { UserError } from './userError';
import { resolveAnyEntry } from './entryTargets';

/** Opening, creating and refreshing the network file. */
export function fileCommands(store: NetworkStore, config: Configuration, people: PeopleView): CommandTable {
  return {
    async openNetworkFile(folder?: unknown): Promise<vscode.TextEditor | undefined> {
      await store.ready();
      const file =
        typeof folder === 'string'
          ? store.fileForFolder(folder)
          : store.all.length === 1
            ? store.all[0]
            : await pickFile(store);
      if (!file) {
        if (store.all.length === 0) {
          throw new UserError(
            'There is no network.yaml in this workspace yet. Use "Create network.yaml" in the Contractor Network view.',
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

    async createNetworkFile(folderArg?: unknown): Promise<vscode.Uri | undefined> {
      if (!vscode.workspace.isTrusted) {
        throw new UserError(
          'This workspace is not trusted, so Contractor Network does not write to it. Trust the workspace to create network.yaml.',
        );
      }
      const folders = vscode.workspace.workspaceFolders ?? [];
      let folder =
        typeof folderArg === 'string'
          ? folders.find(f => f.uri.fsPath === folderArg || f.name === folderArg)
          : undefined;
      if (!folder) {
        folder =
          folders.length <= 1
            ? folders[0]
            : await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Create network.yaml in which folder?' });
      }
      if (!folder) {
        if (folders.length === 0) {
          throw new UserError('Open a folder first: network.yaml lives in a workspace folder.');
        }
        return undefined;
      }
      const configured = config.fileGlob(folder);
      const name = /[*?[\]{}!]/.test(configured) ? 'network.yaml' : configured;
      const uri = vscode.Uri.joinPath(folder.uri, name);
      if (!isInside(folder.uri, uri)) {
        throw new UserError(
          `The setting contractorNetwork.file ("${configured}") points outside the folder; nothing was created.`,
        );
      }
      let exists = false;
      try {
        await vscode.workspace.fs.stat(uri);
        exists = true;
      } catch {
        exists = false;
      }
      if (!exists) {
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(starterNetworkFile(todayLocal())));
      }
      await store.locate();
      await vscode.window.showTextDocument(uri, { preview: false });
      return uri;
    },

    /** Opens network.yaml at a blueprint (from a draft's "Blueprint: …" lens). */
    async revealBlueprint(fileUri?: unknown, id?: unknown): Promise<void> {
      const file = typeof fileUri === 'string' ? store.fileForUri(vscode.Uri.parse(fileUri)) : store.all[0];
      const entry = file?.current().blueprints.find(e => (e.parsed.value as { id?: unknown } | null)?.id === id);
      if (!file || !entry) {
        return;
      }
      const doc = await vscode.workspace.openTextDocument(file.uri);
      const at = doc.positionAt(entry.start + Math.max(0, entry.parsed.node.start));
      const editor = await vscode.window.showTextDocument(doc, { preview: true });
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    },

    /** Opens network.yaml at a person ({ name, profile? }), in whichever list they are. */
    async revealPerson(ref?: unknown): Promise<void> {
      const found = ref ? await resolveAnyEntry(store, ref) : undefined;
      if (!found) {
        return;
      }
      const doc = await vscode.workspace.openTextDocument(found.file.uri);
      const at = doc.positionAt(found.entry.start + Math.max(0, found.entry.parsed.node.start));
      const editor = await vscode.window.showTextDocument(doc, { preview: true });
      editor.selection = new vscode.Selection(at, at);
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    },

    async revealEntry(node?: unknown): Promise<void> {
      if (!(node instanceof PersonNodeBase)) {
        return;
      }
      const model = node.file.current();
      const entry = model[node.entry.list].find(e => e.start === node.entry.start) ?? node.entry;
      const doc = await vscode.workspace.openTextDocument(node.file.uri);
      const start = doc.positionAt(entry.start + Math.max(0, entry.parsed.node.start));
      const editor = await vscode.window.showTextDocument(doc, { preview: true, preserveFocus: true });
      editor.selection = new vscode.Selection(start, start);
      editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    },
  };
}

async function pickFile(store: NetworkStore): Promise<ReturnType<NetworkStore['fileForFolder']>> {
  const files = store.all;
  if (files.length === 0) {
    return undefined;
  }
  const pick = await vscode.window.showQuickPick(
    files.map(f => ({ label: f.folder.name, description: vscode.workspace.asRelativePath(f.uri), file: f })),
    { placeHolder: 'Which network?' },
  );
  return pick?.file;
}
