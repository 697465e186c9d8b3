import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ContractorNetworkApi } from '../../src/extension';
import type { PeopleNode } from '../../src/views/peopleTreeProvider';
import { generateNetwork } from '../../bench/generateNetwork';
import {
  closeAllEditors,
  folder,
  itemLabel,
  networkUri,
  openNetwork,
  readText,
  sampleNetworkSuite,
  waitFor,
  writeText,
} from './helpers';

async function rootLabels(a: ContractorNetworkApi): Promise<string[]> {
  return (await a.people.provider.getChildren()).map(itemLabel);
}

async function childrenOf(a: ContractorNetworkApi, prefix: string): Promise<PeopleNode[]> {
  const group = (await a.people.provider.getChildren()).find(n => itemLabel(n).startsWith(prefix));
  assert.ok(group, `group ${prefix}`);
  return a.people.provider.getChildren(group);
}

suite('people tree', () => {
  let a: ContractorNetworkApi;
  let original: string;

  sampleNetworkSuite('2026-11-26', (host, text) => {
    a = host;
    original = text;
  });

  teardown(async () => {
    await closeAllEditors();
    if ((await readText(networkUri())) !== original) {
      await writeText(networkUri(), original);
      await waitFor('the tree to follow the restored file', async () =>
        (await rootLabels(a)).includes('Invitations (7)'),
      );
    }
  });

  test('shows invitations, contacts by category with counts, and the archive', async () => {
    assert.deepStrictEqual(await rootLabels(a), [
      'Available from 15 January 2027 (in 7 weeks) (15)',
      'Due (5)',
      'Invitations (7)',
      'Clients (4)',
      'Prospects (4)',
      'Recruiters (4)',
      'Agencies (3)',
      'Partners (3)',
      'Peers (4)',
      'Other (3)',
      'Uncategorized (1)',
      'Archive (3)',
    ]);
  });

  test('a big file found at activation: its groups and counts before its parse (the same as after), its people after', async function () {
    this.timeout(120_000);
    const big = vscode.Uri.joinPath(folder().uri, 'big-network.yaml');
    await writeText(big, generateNetwork(1000));
    const config = vscode.workspace.getConfiguration('contractorNetwork');
    let atFound: { parsed: boolean; roots: string[]; people: PeopleNode[] } | undefined;
    // at the moment the view hears of the file: what it shows then (nothing else can run in between)
    const sub = a.store.onDidFindFiles(() => {
      const file = a.store.all[0];
      const roots = a.people.provider.getChildren();
      const invitations = roots.find(n => itemLabel(n).startsWith('Invitations'));
      atFound ??= {
        parsed: file.isParsed,
        roots: roots.map(itemLabel),
        people: invitations ? a.people.provider.getChildren(invitations) : [],
      };
    });
    try {
      await config.update('file', 'big-network.yaml', vscode.ConfigurationTarget.Workspace);
      const file = await waitFor('the big file, parsed', () =>
        a.store.all[0]?.uri.path.endsWith('/big-network.yaml') && a.store.all[0].isParsed ? a.store.all[0] : undefined,
      );
      assert.ok(atFound, 'the view heard of the big file');
      assert.strictEqual(atFound.parsed, false, 'not parsed when the view first showed it');
      assert.ok(atFound.roots.includes('Invitations (300)'), atFound.roots.join(', '));
      assert.deepStrictEqual(
        atFound.people.map(n => n.contextValue === 'loading'),
        [true],
        'an open group reads its entries',
      );
      assert.deepStrictEqual(await rootLabels(a), atFound.roots, 'the parsed model has the same groups and counts');
      assert.strictEqual((await childrenOf(a, 'Invitations')).length, 300);
      assert.strictEqual(file.current().contacts.length, 1000);
    } finally {
      sub.dispose();
      await config.update('file', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(big);
      await waitFor('the sample network again', async () => (await rootLabels(a)).includes('Invitations (7)'));
    }
  });

  test('invitations come oldest first, with the rule suggestion and the headline', async () => {
    const inv = await childrenOf(a, 'Invitations');
    assert.deepStrictEqual(inv.map(itemLabel), [
      'Rahul Mehta',
      'Lena Vogt',
      'Max Hollis',
      'Priya Anand',
      'Dana Whitfield',
      'CRYPTO KING 💰 $$$',
      'Ines Duarte',
    ]);
    const priya = inv.find(n => itemLabel(n) === 'Priya Anand')!;
    assert.strictEqual(priya.description, '→ accept (rule 1) · Senior Technical Recruiter at Brightlane Talent');
    assert.strictEqual(priya.contextValue, 'invitation');
    assert.strictEqual((priya.iconPath as vscode.ThemeIcon).id, 'mail');
    const max = inv.find(n => itemLabel(n) === 'Max Hollis')!;
    assert.match(String(max.description), /^→ ignore \(rule 2\)/);
  });

  test('contacts show position · company, a category icon, and whether they are followed', async () => {
    const recruiters = await childrenOf(a, 'Recruiters');
    const hannah = recruiters.find(n => itemLabel(n) === 'Hannah Weber')!;
    assert.strictEqual(hannah.description, 'unfollowed · Principal Recruiter · Brightlane Talent');
    assert.strictEqual(hannah.contextValue, 'contact.unfollowed');
    const mia = recruiters.find(n => itemLabel(n) === 'Mia Rossi')!;
    assert.strictEqual(mia.contextValue, 'contact.following');
    assert.strictEqual((mia.iconPath as vscode.ThemeIcon).id, 'megaphone');
    const resolved = a.people.provider.resolveTreeItem(mia, mia);
    assert.ok(resolved.tooltip instanceof vscode.MarkdownString);
    assert.match((resolved.tooltip as vscode.MarkdownString).value, /^\*\*Mia(&nbsp;| )Rossi\*\*/);
  });

  test('the badge counts the pending invitations', async () => {
    assert.deepStrictEqual(a.people.treeView.badge?.value, 7);
  });

  test('the tree follows unsaved typing in the open document', async () => {
    const editor = await openNetwork();
    const doc = editor.document;
    const at = doc.positionAt(doc.getText().indexOf('contacts:\n') + 'contacts:\n'.length);
    await editor.edit(e => e.insert(at, '  - name: Typed Person\n    category: client\n'));
    assert.ok(doc.isDirty);
    await waitFor('Clients (5)', async () => (await rootLabels(a)).includes('Clients (5)'));
  });

  test('the tree follows changes on disk', async () => {
    const text = original.replace('    received: 2026-11-24\n', '    received: 2026-11-24\n    snoozed: 2099-01-01\n');
    await writeText(networkUri(), text);
    await waitFor('the badge to drop to 6', () => a.people.treeView.badge?.value === 6);
    const inv = await childrenOf(a, 'Invitations');
    const ines = inv.find(n => itemLabel(n) === 'Ines Duarte')!;
    assert.strictEqual(ines.contextValue, 'invitation.snoozed');
    assert.match(String(ines.description), /snoozed until 2099-01-01/);
  });

  test('a broken file shows one item that says where, and opens the file there', async () => {
    const broken = original.replace('  - name: Amelia Hart\n', '  - name: "Amelia Hart\n');
    await writeText(networkUri(), broken);
    const nodes = await waitFor('the broken-file item', async () => {
      const n = await a.people.provider.getChildren();
      return n.length === 1 && n[0].contextValue === 'brokenFile' ? n : undefined;
    });
    const expectedLine = broken.slice(0, broken.indexOf('"Amelia Hart')).split('\n').length;
    assert.strictEqual(itemLabel(nodes[0]), `network.yaml has a problem on line ${expectedLine}`);
    await vscode.commands.executeCommand(nodes[0].command!.command, ...(nodes[0].command!.arguments ?? []));
    const editor = await waitFor('an editor on network.yaml', () => vscode.window.activeTextEditor);
    assert.strictEqual(editor.document.uri.toString(), networkUri().toString());
    assert.strictEqual(editor.selection.active.line + 1, expectedLine);
  });

  test('names with markdown or HTML show as text in tooltips', async () => {
    const text = original.replace(
      '  - name: Jonas Schmidt\n',
      '  - name: "**Jonas** <img src=x onerror=alert(1)> [x](command:evil)"\n',
    );
    await writeText(networkUri(), text);
    const other = await waitFor('the renamed contact', async () => {
      const kids = await childrenOf(a, 'Other');
      return kids.find(n => itemLabel(n).includes('<img'));
    });
    const tip = a.people.provider.resolveTreeItem(other, other).tooltip as vscode.MarkdownString;
    assert.ok(!tip.isTrusted);
    assert.ok(!tip.supportHtml);
    assert.ok(!/\*\*Jonas\*\*/.test(tip.value.replace(/^\*\*/, '')), "the name's own ** are escaped");
    assert.match(tip.value, /\\\*\\\*Jonas\\\*\\\*/);
    assert.match(tip.value, /\\\[x\\\]\\\(command:evil\\\)|\\\[x\\\]\(command:evil\)/);
  });
});
