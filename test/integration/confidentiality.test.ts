import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ContractorNetworkApi } from '../../src/extension';
import { folder, resetNetwork, sampleNetworkSuite, waitFor, writeText } from './helpers';

const TODAY = '2026-11-26';

suite('the confidentiality check on drafts in the real host', () => {
  let a: ContractorNetworkApi;
  let original: string;
  const draft = (): vscode.Uri => vscode.Uri.joinPath(folder().uri, 'posts', `${TODAY}-nda-post.md`);

  sampleNetworkSuite(TODAY, (host, text) => {
    a = host;
    original = text;
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(draft()).then(undefined, () => undefined);
  });

  test('a draft naming a submitted client is warned at the name; Acme Cloud, public, is not', async () => {
    await resetNetwork(a, original);
    // Vantage Bank: opportunities at interview and submitted; Acme Cloud is in me.publicClients already
    await writeText(draft(), '---\nchannel: post\n---\nWhat I learnt at vantage bank this year.\n\nAcme Cloud too.\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draft()));
    const d = await waitFor('the confidentiality warning', () =>
      vscode.languages.getDiagnostics(draft()).find(x => x.code === 'names-client'),
    );
    assert.strictEqual(d.message, 'names Vantage Bank, a client: check your NDA before publishing');
    assert.deepStrictEqual([d.range.start.line, d.range.start.character, d.range.end.character], [3, 17, 29]);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(
      vscode.languages.getDiagnostics(draft()).filter(x => x.code === 'names-client').length,
      1,
      'Acme Cloud is public: no warning',
    );
  });
});
