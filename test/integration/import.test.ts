import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { zipSync } from 'fflate';
import type { ContractorNetworkApi } from '../../src/extension';
import {
  fixtureText,
  folder,
  networkUri,
  openNetwork,
  readText,
  repoPath,
  resetNetwork,
  sampleNetworkSuite,
  treeLabels,
  waitFor,
} from './helpers';

const TODAY = '2026-11-26';

suite('importing a LinkedIn export in the real host', () => {
  let a: ContractorNetworkApi;
  let base: string;
  let expected: string;
  let exportDir: string;
  let zipPath: string;

  sampleNetworkSuite(TODAY, host => {
    a = host;
  });

  suiteSetup(async () => {
    base = await fixtureText('linkedin-export', 'base-network.yaml');
    expected = await fixtureText('linkedin-export', 'expected-after-basic.yaml');
    exportDir = repoPath('test', 'fixtures', 'linkedin-export', 'basic').fsPath;
    // a zip like LinkedIn's: the CSVs at the top, plus files the import does not read
    const entries: Record<string, Uint8Array> = { 'Profile.csv': new TextEncoder().encode('First Name\nSam\n') };
    for (const f of fs.readdirSync(exportDir)) {
      entries[f] = fs.readFileSync(path.join(exportDir, f));
    }
    zipPath = path.join(
      fs.mkdtempSync(path.join(os.tmpdir(), 'cn-export-')),
      'Basic_LinkedInDataExport_11-26-2026.zip',
    );
    fs.writeFileSync(zipPath, zipSync(entries));
  });

  test('the zip: counts, the expected bytes, one undo step; a second import changes nothing', async () => {
    await resetNetwork(a, base);
    const editor = await openNetwork();
    const counts = await vscode.commands.executeCommand(
      'contractorNetwork.importLinkedInExport',
      vscode.Uri.file(zipPath),
    );
    assert.deepStrictEqual(counts, { added: 3, updated: 3, unchanged: 1, invitations: 2, todosDone: 0, published: 0 });
    assert.strictEqual(await readText(networkUri()), expected);
    await waitFor('the new contacts in the tree', async () =>
      (await treeLabels(a, 'Uncategorized')).includes('José García, Jr.'),
    );
    const again = await vscode.commands.executeCommand(
      'contractorNetwork.importLinkedInExport',
      vscode.Uri.file(zipPath),
    );
    assert.deepStrictEqual(again, { added: 0, updated: 0, unchanged: 7, invitations: 0, todosDone: 0, published: 0 });
    assert.strictEqual(await readText(networkUri()), expected, 'byte for byte the same');
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), base, 'the whole import is one undoable edit');
  });

  test('Show Changes of the Last Import opens the diff: the file before the import, and the file', async () => {
    await resetNetwork(a, base);
    await vscode.commands.executeCommand('contractorNetwork.importLinkedInExport', vscode.Uri.file(zipPath));
    const shown = await vscode.commands.executeCommand('contractorNetwork.showImportChanges');
    assert.strictEqual(shown, true);
    const tab = await waitFor('the diff tab', () => {
      const t = vscode.window.tabGroups.activeTabGroup.activeTab;
      return t?.input instanceof vscode.TabInputTextDiff ? t : undefined;
    });
    const input = tab.input as vscode.TabInputTextDiff;
    assert.match(tab.label, /network\.yaml: before and after the import/);
    assert.strictEqual(input.modified.toString(), networkUri().toString());
    assert.strictEqual(
      (await vscode.workspace.openTextDocument(input.original)).getText(),
      base,
      'the left side is the file before the import',
    );
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('the unzipped folder gives the same result', async () => {
    await resetNetwork(a, base);
    const counts = await vscode.commands.executeCommand(
      'contractorNetwork.importLinkedInExport',
      vscode.Uri.file(exportDir),
    );
    assert.deepStrictEqual(counts, { added: 3, updated: 3, unchanged: 1, invitations: 2, todosDone: 0, published: 0 });
    assert.strictEqual(await readText(networkUri()), expected);
  });

  test('a broken export is a message naming the file and line, and nothing is written', async () => {
    await resetNetwork(a, base);
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand(
          'contractorNetwork.importLinkedInExport',
          repoPath('test', 'fixtures', 'linkedin-export', 'malformed'),
        ),
      ),
      /Connections\.csv, line \d+: the CSV does not read.*Nothing was written/,
    );
    const notZip = path.join(path.dirname(zipPath), 'not-a-zip.zip');
    fs.writeFileSync(notZip, 'hello');
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand('contractorNetwork.importLinkedInExport', vscode.Uri.file(notZip)),
      ),
      /not a zip file/,
    );
    assert.strictEqual(await readText(networkUri()), base);
  });

  test('Shares.csv: the draft whose LinkedIn text was shared gets status, day and url, nothing else changes; bad rows are skipped', async () => {
    await resetNetwork(a, base);
    const posts = vscode.Uri.joinPath(folder().uri, 'posts');
    const shared = vscode.Uri.joinPath(posts, '2026-11-25-data-contracts-post.md');
    const other = vscode.Uri.joinPath(posts, '2026-11-12-kafka-migration-post.md');
    const [sharedBefore, otherBefore] = [await readText(shared), await readText(other)];
    const copied = await vscode.commands.executeCommand<string>('contractorNetwork.copyForLinkedIn', shared);
    const link = 'https://www.linkedin.com/feed/update/urn:li:share:7448081445065035';
    // LinkedIn keeps the text with CR LF line ends, quotes doubled inside a quoted cell
    const cell = `"${copied.replace(/\n/g, '\r\n').replace(/"/g, '""')}"`;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-shares-'));
    fs.writeFileSync(
      path.join(dir, 'Shares.csv'),
      [
        'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility',
        `2026-11-27 08:30:00,https://evil.example/feed/1,${cell},,,MEMBER_NETWORK`,
        `2026-11-28 08:30:00,${link},${cell},,,MEMBER_NETWORK`,
        'not a date,https://www.linkedin.com/feed/update/urn:li:share:1,something else,,,PUBLIC',
        '',
      ].join('\r\n'),
    );
    try {
      const result = await vscode.commands.executeCommand(
        'contractorNetwork.importLinkedInExport',
        vscode.Uri.file(dir),
      );
      assert.deepStrictEqual(result, {
        added: 0,
        updated: 0,
        unchanged: 0,
        invitations: 0,
        todosDone: 0,
        published: 1,
      });
      assert.strictEqual(
        await readText(shared),
        sharedBefore.replace('status: draft\n', `status: published\npublished: 2026-11-28\nurl: ${link}\n`),
      );
      assert.strictEqual(await readText(other), otherBefore, 'the other draft is untouched');
      assert.strictEqual(await readText(networkUri()), base, 'network.yaml is untouched');
      const again = await vscode.commands.executeCommand(
        'contractorNetwork.importLinkedInExport',
        vscode.Uri.file(dir),
      );
      assert.deepStrictEqual(again, { added: 0, updated: 0, unchanged: 0, invitations: 0, todosDone: 0, published: 0 });
    } finally {
      await vscode.workspace.fs.writeFile(shared, new TextEncoder().encode(sharedBefore));
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
