import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ContractorNetworkApi } from '../../src/extension';
import { generateNetwork } from '../../bench/generateNetwork';
import { api, networkUri, openNetwork, readText, resetNetwork, waitFor } from './helpers';

suite('a big network in the real host', () => {
  let a: ContractorNetworkApi;
  let original: string;

  suiteSetup(async () => {
    a = await api();
    original = await readText(networkUri());
  });

  suiteTeardown(async () => {
    await resetNetwork(a, original);
  });

  test('3,000 contacts: lenses only around the visible lines, following the scroll; actions stay exact', async function () {
    this.timeout(120_000);
    const text = generateNetwork(3000, 50);
    await resetNetwork(a, text);
    const editor = await openNetwork();
    const doc = editor.document;
    const lines = (lenses: vscode.CodeLens[]): number[] => lenses.map(l => l.range.start.line);
    const top = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    assert.ok(top.length > 0 && top.length < 2000, `${top.length} lenses, not all ${(3000 + 50 + 30) * 5}`);
    assert.ok(Math.max(...lines(top)) < 2000, 'near the top of the file');
    const end = new vscode.Position(doc.lineCount - 40, 0);
    editor.revealRange(new vscode.Range(end, end), vscode.TextEditorRevealType.InCenter);
    const bottom = await waitFor('lenses near the end', async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
      return l.some(x => x.range.start.line > doc.lineCount - 500) ? l : undefined;
    });
    assert.ok(bottom.length < 2000);
    await vscode.commands.executeCommand('contractorNetwork.accept', {
      name: (a.store.all[0].current().invitations[10].parsed.value as { name: string }).name,
    });
    assert.deepStrictEqual(a.store.all[0].current().syntaxErrors, []);
    assert.strictEqual(a.store.all[0].current().contacts.length, 3001);
  });
});
