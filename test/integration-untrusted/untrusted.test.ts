import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ContractorNetworkApi } from '../../src/extension';

const ID = 'contractor-network.contractor-network';

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

suite('an untrusted workspace (Restricted Mode) is read-only', () => {
  let a: ContractorNetworkApi;
  let uri: vscode.Uri;
  let original: string;

  suiteSetup(async () => {
    const ext = vscode.extensions.getExtension<ContractorNetworkApi>(ID);
    assert.ok(ext);
    a = await ext.activate();
    await a.store.ready();
    uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'network.yaml');
    original = await readText(uri);
  });

  test('the workspace is not trusted', () => {
    assert.strictEqual(vscode.workspace.isTrusted, false);
  });

  test('the tree, hovers and diagnostics work', async () => {
    const roots = (await a.people.provider.getChildren()).map(n =>
      typeof n.label === 'string' ? n.label : n.label?.label,
    );
    assert.ok(roots.includes('Invitations (7)'), roots.join(', '));
    const priya = original.split('\n').findIndex(l => l.includes('- name: Priya Anand'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      new vscode.Position(priya, 8),
    );
    assert.ok(hovers.length > 0);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    assert.ok(lenses.length > 0);
  });

  test('every editing action is refused with a message that says to trust the workspace; the file is unchanged', async () => {
    for (const [cmd, args] of [
      ['accept', [{ name: 'Priya Anand' }]],
      ['ignore', [{ name: 'Max Hollis' }]],
      ['later', [{ name: 'Priya Anand' }]],
      ['remove', [{ name: 'Tobias Ferreira' }, 'x']],
      ['unfollow', [{ name: 'Tobias Ferreira' }]],
      ['addNote', [{ name: 'Tobias Ferreira' }, 'x']],
      ['setCategory', [{ name: 'Tobias Ferreira' }, 'peer']],
      ['addTag', [{ name: 'Tobias Ferreira' }, 'x']],
      ['setFollowUp', [{ name: 'Tobias Ferreira' }, '2027-01-01']],
      ['restore', [{ name: 'Gary Blunt' }]],
      ['newPost', ['kafka-migration', 'post']],
      ['createNetworkFile', []],
      ['markPublished', [vscode.Uri.joinPath(uri, '..', 'posts', '2026-11-25-data-contracts-post.md')]],
    ] as [string, unknown[]][]) {
      await assert.rejects(
        Promise.resolve(vscode.commands.executeCommand(`contractorNetwork.${cmd}`, ...args)),
        /not trusted[\s\S]*Trust the workspace/,
        cmd,
      );
    }
    assert.strictEqual(await readText(uri), original);
  });
});
