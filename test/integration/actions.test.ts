import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ContractorNetworkApi } from '../../src/extension';
import {
  fixtureText,
  networkUri,
  openNetwork,
  readText,
  resetNetwork,
  sampleNetworkSuite,
  treeLabels,
  waitFor,
} from './helpers';

const TODAY = '2026-11-26';

/**
 * Each command with an entry reference: the file afterwards equals the reviewed expected file
 * (with `linkedinTodos` on, as by default: the ones that leave a to-do have their `-todo` file).
 */
const CASES: [string, string, string?][] = [
  ['accept', 'Priya Anand'],
  ['ignore', 'Priya Anand'],
  ['notKnown', 'Priya Anand'],
  ['later', 'Priya Anand'],
  ['remove', 'Tobias Ferreira', 'went quiet'],
  ['restore', 'Max Hollis'],
  ['follow', 'Tobias Ferreira'],
  ['addNote', 'Tobias Ferreira', 'Call about Q1: "yes" #1'],
  ['setCategory', 'Tobias Ferreira', 'partner'],
  ['addTag', 'Tobias Ferreira', 'data, eng'],
  ['setFollowUp', 'Tobias Ferreira', '2027-01-15'],
];

const LEAVES_A_TODO = new Set(['accept', 'ignore', 'notKnown', 'remove', 'unfollow', 'follow']);

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

suite('action commands in the real host', () => {
  let a: ContractorNetworkApi;
  let original: string;
  let contract: string;

  sampleNetworkSuite(TODAY, (host, text) => {
    a = host;
    original = text;
  });

  suiteSetup(async () => {
    contract = await fixtureText('edits', 'contract.yaml');
    await vscode.workspace
      .getConfiguration('contractorNetwork')
      .update('confirmNotKnown', false, vscode.ConfigurationTarget.Workspace);
  });

  suiteTeardown(async () => {
    await vscode.workspace
      .getConfiguration('contractorNetwork')
      .update('confirmNotKnown', undefined, vscode.ConfigurationTarget.Workspace);
  });

  for (const [command, name, value] of CASES) {
    test(`${command}(${name}${value ? `, ${JSON.stringify(value)}` : ''}) writes the expected bytes, and Undo restores`, async () => {
      await resetNetwork(a, contract);
      const editor = await openNetwork();
      const args: unknown[] = [{ name }];
      if (value !== undefined) {
        args.push(value);
      }
      await vscode.commands.executeCommand(`contractorNetwork.${command}`, ...args);
      const todo = LEAVES_A_TODO.has(command) ? '-todo' : '';
      const expected = await fixtureText('edits', 'expected', `contract--${command}--${slug(name)}${todo}.yaml`);
      // the save may still be writing when a loaded machine reads the file (an empty read was seen)
      const onDisk = await waitFor('the expected bytes on disk', async () => {
        const t = await readText(networkUri());
        return t === expected ? t : undefined;
      }).catch(async () => readText(networkUri()));
      assert.strictEqual(onDisk, expected, 'on disk');
      assert.strictEqual(editor.document.getText(), expected, 'in the editor');
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('undo');
      assert.strictEqual(editor.document.getText(), contract, 'after undo');
    });
  }

  test('unfollow adds `following: false` (and the to-do), follow takes both away, nothing else', async () => {
    await resetNetwork(a, original);
    const block =
      '    position: Tech Recruiter\n    category: recruiter\n    connected: 2024-04-18\n    lastContact: 2026-08-08\n';
    assert.ok(original.includes(block));
    await vscode.commands.executeCommand('contractorNetwork.unfollow', { name: 'Mia Rossi' });
    assert.strictEqual(
      await readText(networkUri()),
      original.replace(block, block + '    following: false\n    todoOnLinkedIn: unfollow\n'),
    );
    // following again before unfollowing there leaves nothing to do on LinkedIn
    await vscode.commands.executeCommand('contractorNetwork.follow', { name: 'Mia Rossi' });
    assert.strictEqual(await readText(networkUri()), original);
  });

  test('with contractorNetwork.linkedinTodos off, the actions write no to-do (the version 0 bytes)', async () => {
    const config = vscode.workspace.getConfiguration('contractorNetwork');
    await config.update('linkedinTodos', false, vscode.ConfigurationTarget.Workspace);
    try {
      await resetNetwork(a, contract);
      await vscode.commands.executeCommand('contractorNetwork.accept', { name: 'Priya Anand' });
      const expected = await fixtureText('edits', 'expected', 'contract--accept--priya-anand.yaml');
      assert.strictEqual(await readText(networkUri()), expected);
    } finally {
      await config.update('linkedinTodos', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('the tree and the badge follow a decision', async () => {
    await resetNetwork(a, original);
    assert.strictEqual(a.people.treeView.badge?.value, 7);
    assert.ok((await treeLabels(a)).includes('Recruiters (4)'));
    await vscode.commands.executeCommand('contractorNetwork.accept', { name: 'Priya Anand' });
    await waitFor('the badge to show 6', () => a.people.treeView.badge?.value === 6);
    await waitFor('Priya among the recruiters', async () =>
      (await treeLabels(a, 'Recruiters')).includes('Priya Anand'),
    );
    assert.ok((await treeLabels(a)).includes('Invitations (6)'));
    await vscode.commands.executeCommand('contractorNetwork.ignore', { name: 'Max Hollis' });
    await waitFor('Archive (4)', async () => (await treeLabels(a)).includes('Archive (4)'));
    await vscode.commands.executeCommand('contractorNetwork.restore', { name: 'Max Hollis' });
    await waitFor('Max back among the invitations', async () =>
      (await treeLabels(a, 'Invitations')).includes('Max Hollis'),
    );
  });

  test('with several rows selected in the tree, accept takes them all', async () => {
    await resetNetwork(a, original);
    const group = (await a.people.provider.getChildren()).find(n => String(n.label).startsWith('Invitations'))!;
    const rows = await a.people.provider.getChildren(group);
    const picked = rows.filter(n => ['Lena Vogt', 'Priya Anand'].includes(String(n.label)));
    assert.strictEqual(picked.length, 2);
    // VS Code calls an item command with the clicked node and the whole selection
    await vscode.commands.executeCommand('contractorNetwork.accept', picked[0], picked);
    await waitFor('both to be contacts', async () => {
      const recruiters = await treeLabels(a, 'Recruiters');
      return recruiters.includes('Lena Vogt') && recruiters.includes('Priya Anand');
    });
    assert.ok((await treeLabels(a)).includes('Invitations (5)'));
  });

  test('the triage queue walks the pending invitations, oldest first, with the suggestion pre-selected', async () => {
    await resetNetwork(a, original);
    const run = vscode.commands.executeCommand<{ decided: Record<string, number>; remaining: number }>(
      'contractorNetwork.triage',
    );
    // 1 of 7 is Rahul Mehta, whose rule suggests accept: Enter takes the suggestion
    await new Promise(r => setTimeout(r, 500));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await waitFor('Rahul accepted', async () => (await readText(networkUri())).includes('connected: 2026-11-26'));
    // 2 of 7 is Lena Vogt (rule 1: accept as recruiter); Escape stops
    await new Promise(r => setTimeout(r, 500));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    const result = await run;
    assert.deepStrictEqual(result.decided, { accept: 1 });
    assert.strictEqual(result.remaining, 6);
    const text = await readText(networkUri());
    const contacts = text.slice(text.indexOf('\ncontacts:'));
    assert.ok(contacts.includes('- name: Rahul Mehta'), 'Rahul moved to contacts');
    assert.ok(
      /name: Rahul Mehta[\s\S]*?category: agency[\s\S]*?following: false/.test(contacts),
      "with the rule's category and following",
    );
  });

  test('openOnLinkedIn refuses anything but https://www.linkedin.com', async () => {
    const evil = original.replace(
      '    profile: https://www.linkedin.com/in/amelia-hart\n',
      '    profile: javascript:alert(1)\n',
    );
    await resetNetwork(a, evil);
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('contractorNetwork.openOnLinkedIn', { name: 'Amelia Hart' })),
      /javascript: links/,
    );
    const lookalike = original.replace(
      '    profile: https://www.linkedin.com/in/amelia-hart\n',
      '    profile: https://www.linkedin.com.evil.example/in/amelia\n',
    );
    await resetNetwork(a, lookalike);
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('contractorNetwork.openOnLinkedIn', { name: 'Amelia Hart' })),
      /is not linkedin.com/,
    );
  });

  test('an entry reference that matches nobody is a clear message, not an exception', async () => {
    await resetNetwork(a, original);
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('contractorNetwork.accept', { name: 'Nobody Here' })),
      /There is no pending invitation Nobody Here/,
    );
    assert.strictEqual(await readText(networkUri()), original);
  });
});
