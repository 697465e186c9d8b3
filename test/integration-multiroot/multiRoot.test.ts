import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ContractorNetworkApi } from '../../src/extension';
import { api, readText, waitFor } from '../integration/helpers';

const label = (n: vscode.TreeItem): string => (typeof n.label === 'string' ? n.label : (n.label?.label ?? ''));

function folderNamed(name: string): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.find(w => w.name === name);
  assert.ok(f, `the workspace has the folder ${name}`);
  return f;
}

const networkOf = (name: string): vscode.Uri => vscode.Uri.joinPath(folderNamed(name).uri, 'network.yaml');

suite('multi-root workspace: two folders, two network files', () => {
  let a: ContractorNetworkApi;
  const original = new Map<string, string>();

  suiteSetup(async () => {
    a = await api();
    a.clock.setToday('2026-11-26');
    assert.deepStrictEqual(
      vscode.workspace.workspaceFolders?.map(f => f.name),
      ['acme', 'globex'],
      'the host opened clients.code-workspace',
    );
    await waitFor('both network files', () => a.store.all.length === 2);
    for (const name of ['acme', 'globex']) {
      original.set(name, await readText(networkOf(name)));
    }
  });

  suiteTeardown(() => a.clock.setToday(undefined));

  /** Each folder's file is back as it was (on disk and in the model) before a test runs. */
  setup(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const [name, text] of original) {
      if ((await readText(networkOf(name))) !== text) {
        await vscode.workspace.fs.writeFile(networkOf(name), new TextEncoder().encode(text));
      }
      await waitFor(`${name}'s model`, () => a.store.fileForUri(networkOf(name))?.current().text === text);
    }
  });

  async function groupOf(folder: string, prefix: string): Promise<vscode.TreeItem[]> {
    const root = await a.people.provider.getChildren();
    const node = root.find(n => label(n) === folder);
    assert.ok(node, `a node for ${folder}: ${root.map(label).join(', ')}`);
    const groups = await a.people.provider.getChildren(node);
    const group = groups.find(g => label(g).startsWith(prefix));
    assert.ok(group, `${folder} has a group "${prefix}…": ${groups.map(label).join(', ')}`);
    return a.people.provider.getChildren(group);
  }

  test('the People view groups by folder, each with its own people', async () => {
    const root = await a.people.provider.getChildren();
    assert.deepStrictEqual(root.map(label), ['acme', 'globex']);
    assert.deepStrictEqual(
      root.map(n => n.description),
      ['network.yaml', 'network.yaml'],
    );
    assert.deepStrictEqual((await groupOf('acme', 'Invitations')).map(label), ['Priya Anand']);
    assert.deepStrictEqual((await groupOf('globex', 'Invitations')).map(label).sort(), ['Omar Haddad', 'Priya Anand']);
    assert.strictEqual(a.people.pendingCount(), 3, 'the badge and status bar count both folders');
    const opportunities = await a.opportunities.provider.getChildren();
    assert.deepStrictEqual(opportunities, [], 'no opportunities, no folder nodes');
  });

  test("accept by a reference with `folder` writes only that folder's file, byte for byte", async () => {
    const acmeBefore = await readText(networkOf('acme'));
    await vscode.commands.executeCommand('contractorNetwork.accept', {
      name: 'Priya Anand',
      folder: folderNamed('globex').uri.fsPath,
    });
    const globex = await waitFor('globex written', async () => {
      const t = await readText(networkOf('globex'));
      return t !== original.get('globex') ? t : undefined;
    });
    assert.strictEqual(await readText(networkOf('acme')), acmeBefore, 'acme untouched');
    const expected = original
      .get('globex')!
      .replace(
        `  - name: Priya Anand
    profile: https://www.linkedin.com/in/priya-anand-77
    company: Brightlane Talent
    received: 2026-11-21
`,
        '',
      )
      .replace(
        `    connected: 2025-01-15
`,
        `    connected: 2025-01-15
  - name: Priya Anand
    profile: https://www.linkedin.com/in/priya-anand-77
    company: Brightlane Talent
    received: 2026-11-21
    connected: 2026-11-26
    todoOnLinkedIn: accept
`,
      );
    assert.strictEqual(globex, expected);
  });

  test('a reference without `folder` to someone in both files is refused, and nothing is written', async () => {
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('contractorNetwork.accept', { name: 'Priya Anand' })),
      /Priya Anand is in the network\.yaml of several folders \(acme, globex\)/,
    );
    assert.strictEqual(await readText(networkOf('acme')), original.get('acme'));
    assert.strictEqual(await readText(networkOf('globex')), original.get('globex'));
    // someone in one file only needs no folder
    await vscode.commands.executeCommand('contractorNetwork.addTag', { name: 'Tobias Ferreira' }, 'kafka');
    assert.match(await readText(networkOf('acme')), /connected: 2021-11-02\n {4}tags: \[kafka\]\n/);
    assert.strictEqual(await readText(networkOf('globex')), original.get('globex'));
  });

  test("an action from a tree node of the second folder writes the second folder's file", async () => {
    const lena = (await groupOf('globex', 'Client')).find(n => label(n) === 'Lena Brandt');
    assert.ok(lena, 'Lena Brandt under globex');
    await vscode.commands.executeCommand('contractorNetwork.addNote', lena, 'Met at the Globex kick-off.');
    const globex = await readText(networkOf('globex'));
    assert.ok(
      globex.includes(
        `    connected: 2024-03-10
    notes:
      - date: 2026-11-26
        text: Met at the Globex kick-off.
`,
      ),
      globex,
    );
    assert.strictEqual(await readText(networkOf('acme')), original.get('acme'));
  });

  test('the dashboard shows the folder it is given, and says which in its title and heading', async () => {
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>(
      'contractorNetwork.showDashboard',
      folderNamed('globex').uri.fsPath,
    );
    assert.strictEqual(panel.title, 'Contractor Network: globex');
    assert.match(
      a.dashboard.lastHtml,
      /<p class="folder" id="dashboard-folder">The network of the folder globex \(globex\/network\.yaml\)/,
    );
    assert.match(a.dashboard.lastHtml, /<strong>2<\/strong> contacts/);
    assert.match(a.dashboard.lastHtml, /<strong>2<\/strong> invitations waiting/);
    await vscode.commands.executeCommand('contractorNetwork.showDashboard', 'acme');
    assert.strictEqual(panel.title, 'Contractor Network: acme');
    assert.match(a.dashboard.lastHtml, /<strong>1<\/strong> contacts/);
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('contractorNetwork.showDashboard', 'initech')),
      /There is no network\.yaml in the folder initech/,
    );
    panel.dispose();
  });

  test("the Content view groups by folder, each with its own posts folder's drafts", async () => {
    await a.drafts.ready();
    const root = await waitFor('drafts of both folders', async () => {
      const r = await a.content.getChildren();
      return r.length === 2 ? r : undefined;
    });
    assert.deepStrictEqual(root.map(label), ['acme', 'globex']);
    const under = async (i: number): Promise<string[]> => (await a.content.getChildren(root[i])).map(label);
    assert.deepStrictEqual(await under(0), ['Zero-downtime Kafka migrations']);
    assert.deepStrictEqual(await under(1), ['Data contracts that hold']);
  });
});
