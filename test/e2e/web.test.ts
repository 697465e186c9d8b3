import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../host/codeServer';
import { useWorkbench } from './support/workbenchSuite';

// The same .vsix, moved to the browser's web-worker extension host, where vscode.dev and
// github.dev run extensions: there the browser build (dist/web/extension.js) is loaded.
suite('e2e: in the web-worker extension host, as on vscode.dev', () => {
  const workbench = useWorkbench({
    settings: {
      'remote.extensionKind': { 'contractor-network.contractor-network': ['web'] },
      'contractorNetwork.confirmNotKnown': true,
    },
    // a LinkedIn export, unzipped, inside the workspace: on the web the import reads it through VS Code's file system
    prepare: ws =>
      fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'linkedin-export', 'basic'), path.join(ws, 'linkedin-export'), {
        recursive: true,
      }),
  });

  test("VS Code's list of running extensions shows it in the web worker", async () => {
    const wb = workbench();
    await wb.openContractorNetwork();
    await wb.row(/^Invitations \(7\)/).waitFor();
    await wb.runCommand('Developer: Show Running Extensions');
    const ours = wb.page
      .locator('.monaco-list-row', { hasText: 'Contractor Network' })
      .filter({ hasText: /Activation/ });
    await ours.first().waitFor();
    assert.strictEqual(await ours.count(), 1, 'it runs in one extension host');
    assert.match(await ours.innerText(), /web worker/i);
    await wb.screenshot('web-running-extensions');
    await wb.page.keyboard.press('Escape');
    await wb.runCommand('View: Close All Editors');
  });

  test('a person triages three invitations with Shift+Alt+T and the keyboard alone', async () => {
    const wb = workbench();
    const page = wb.page;
    await wb.setViewExpanded('Content', false);
    await wb.setViewExpanded('Opportunities', false);
    await wb.row('Invitations (7)').click();
    await page.keyboard.press('Shift+Alt+T');
    const title = page.locator('.quick-input-widget .quick-input-title');
    await title.filter({ hasText: '1 of 7 · Rahul Mehta' }).waitFor();
    const active = page.locator('.quick-input-widget .monaco-list-row.focused');
    assert.match(await active.innerText(), /Accept[\s\S]*suggested by rule 4/);
    await wb.screenshot('web-triage-1-suggestion');
    await page.keyboard.press('Enter');
    await title.filter({ hasText: '2 of 7 · Lena Vogt' }).waitFor();
    await page.keyboard.type('later');
    await page.keyboard.press('Enter');
    await title.filter({ hasText: '3 of 7 · Max Hollis' }).waitFor();
    await page.keyboard.press('Enter'); // the rule's suggestion: ignore
    await title.filter({ hasText: '4 of 7 · Priya Anand' }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });

    const text = await wb.waitForFile('network.yaml', t => /name: Max Hollis[\s\S]*outcome: ignored/.test(t));
    assert.match(text.slice(text.indexOf('\ncontacts:')), /- name: Rahul Mehta\n[\s\S]*?connected: \d{4}-\d\d-\d\d/);
    assert.match(text.slice(0, text.indexOf('\ncontacts:')), /- name: Lena Vogt\n[\s\S]*?snoozed: \d{4}-\d\d-\d\d/);
    await wb.row('Invitations (5)').waitFor();
    await wb.row('Archive (4)').waitFor();
    await wb.screenshot('web-triage-after');
  });

  test('in the People view, Alt+I and Alt+L act on the invitation under the cursor', async () => {
    const wb = workbench();
    const page = wb.page;
    // the cursor: the Invitations group, then down past Lena (snoozed) to Priya Anand; the mouse
    // first goes to the editor area, where no tree row's hover card can cover the row
    await page.mouse.move(800, 600);
    await page.keyboard.press('Escape');
    await wb.row('Invitations (5)').click();
    await wb.row('Priya Anand').waitFor();
    const cursor = page.locator('.part.sidebar .monaco-list-row.focused');
    await cursor.filter({ hasText: 'Invitations (5)' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await cursor.filter({ hasText: 'Lena Vogt' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await cursor.filter({ hasText: 'Priya Anand' }).waitFor();
    await wb.screenshot('web-keys-1-cursor-on-priya');
    await page.keyboard.press('Alt+I');
    await wb.waitForFile('network.yaml', t =>
      /- name: Priya Anand\n[\s\S]*?outcome: ignored/.test(t.slice(t.indexOf('\narchive:'))),
    );
    // the cursor moved on to the next invitation: Dana Whitfield
    await cursor.filter({ hasText: 'Dana Whitfield' }).waitFor();
    await wb.row('Invitations (4)').waitFor();
    await wb.screenshot('web-keys-2-priya-ignored');
    await page.keyboard.press('Alt+L');
    const text = await wb.waitForFile('network.yaml', t =>
      /- name: Dana Whitfield[^\n]*\n(?: {4}[^\n]*\n)*? {4}snoozed: /.test(t),
    );
    assert.match(text.slice(0, text.indexOf('\ncontacts:')), /- name: Dana Whitfield/, 'Dana stays an invitation');
    await cursor.filter({ hasText: /CRYPTO KING/ }).waitFor();
    await wb.screenshot('web-keys-3-dana-snoozed');
  });

  test('a person imports an unzipped LinkedIn export: the CSV files are read in the browser', async () => {
    const wb = workbench();
    const page = wb.page;
    await wb.runCommand('Contractor Network: Import LinkedIn Data Export…');
    // on the web, VS Code's own file dialog: a path to type
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    // the dialog fills in the workspace's path first, and may do so after a first fill of ours:
    // type over it until it holds our path
    const folder = `${wb.workspace}/linkedin-export/`;
    for (let i = 0; i < 50 && !(await input.inputValue()).endsWith('/'); i++) {
      await page.waitForTimeout(100);
    }
    for (let i = 0; i < 20 && (await input.inputValue()) !== folder; i++) {
      await input.fill(folder);
      await page.waitForTimeout(250);
    }
    await page.locator('.quick-input-widget .monaco-list-row', { hasText: 'Connections.csv' }).waitFor();
    await wb.screenshot('web-import-1-dialog');
    await page.keyboard.press('Enter');
    const text = await wb.waitForFile('network.yaml', t => t.includes('- name: Nadia Rahman'), 20_000);
    assert.match(
      text.slice(0, text.indexOf('\ncontacts:')),
      /- name: Nadia Rahman/,
      'a new invitation from Invitations.csv',
    );
    const note = await wb.notification(/Imported Connections\.csv/, 20_000);
    assert.match(note, /1 new invitation/);
    await wb.screenshot('web-import-2-done');
  });

  test('the dashboard opens in its webview', async () => {
    const wb = workbench();
    await wb.runCommand('Contractor Network: Show Dashboard');
    await wb.webview().locator('h1', { hasText: 'Your network at a glance' }).waitFor();
    await wb.page.waitForTimeout(600);
    await wb.screenshot('web-dashboard');
  });
});
