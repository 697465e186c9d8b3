import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, EXTENSION_ID } from './helpers';

interface Manifest {
  contributes: { commands: { command: string }[]; menus: Record<string, { command?: string }[]> };
}

suite('the manifest and the running extension agree', () => {
  test('every declared command has a handler, and every handler is declared', async () => {
    const a = await api();
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as Manifest;
    const declared = new Set(manifest.contributes.commands.map(c => c.command));
    const registered = new Set(
      (await vscode.commands.getCommands(true)).filter(c => c.startsWith('contractorNetwork.')),
    );
    // views register their own focus/refresh commands (`contractorNetwork.people.focus`, ...)
    const ours = [...registered].filter(c => !/^contractorNetwork\.(people|content|opportunities)\./.test(c));
    assert.deepStrictEqual(
      [...declared].filter(c => !registered.has(c)),
      [],
      'declared without a handler',
    );
    assert.deepStrictEqual(
      ours.filter(c => !declared.has(c)),
      [],
      'a handler that is not declared',
    );
    // the declared commands are registered at activation; their handlers are made on the first one
    assert.deepStrictEqual(
      a
        .commandIds()
        .map(id => `contractorNetwork.${id}`)
        .sort(),
      [...declared].sort(),
      'the command table and the declared commands',
    );
  });

  test('every menu entry names a declared command', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as Manifest;
    const declared = new Set(manifest.contributes.commands.map(c => c.command));
    for (const [menu, items] of Object.entries(manifest.contributes.menus)) {
      for (const item of items) {
        assert.ok(!item.command || declared.has(item.command), `${menu}: ${item.command}`);
      }
    }
  });

  test('Show Changes of the Last Import says when there has been no import (the import suite opens the diff)', async () => {
    // this suite runs first (a-…): no import has happened in this window yet
    const shown = await vscode.commands.executeCommand('contractorNetwork.showImportChanges');
    assert.strictEqual(shown, false);
  });
});
