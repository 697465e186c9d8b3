import * as vscode from 'vscode';
import { entryHandleOf } from '../services/entryHandle';
import type { NetworkStore } from '../services/networkStore';
import type { CommandTable } from './commandTable';
import { opportunityOf, viaRef } from '../model/opportunities/opportunity';
import { entryOf, resolveAnyEntry, resolveTargets } from './entryTargets';

/** Showing an entry of network.yaml in the editor: from a tree item, a draft's lens, a reference. */
export function revealCommands(store: NetworkStore): CommandTable {
  return {
    /** Opens network.yaml at the person an opportunity came through (its `via`). */
    async openContact(arg?: unknown): Promise<void> {
      const targets = await resolveTargets(store, ['opportunities'], arg);
      const entry = targets?.[0] && entryOf(targets[0]);
      const via = entry && viaRef(opportunityOf(entry).via);
      if (!targets?.[0] || !via) {
        return;
      }
      await vscode.commands.executeCommand('contractorNetwork.revealPerson', {
        ...via,
        folder: targets[0].file.folder.uri.fsPath,
      });
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
      const handle = entryHandleOf(node);
      const entry = handle && entryOf(handle);
      if (!handle || !entry) {
        return;
      }
      const doc = await vscode.workspace.openTextDocument(handle.file.uri);
      const start = doc.positionAt(entry.start + Math.max(0, entry.parsed.node.start));
      const editor = await vscode.window.showTextDocument(doc, { preview: true, preserveFocus: true });
      editor.selection = new vscode.Selection(start, start);
      editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    },
  };
}
