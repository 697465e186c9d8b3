import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ContractorNetworkApi } from '../../src/extension';
import { api, networkUri, readText, resetNetwork, waitFor } from './helpers';

suite('dashboard in the real host', () => {
  let a: ContractorNetworkApi;
  let original: string;

  suiteSetup(async () => {
    a = await api();
    a.clock.setToday('2026-11-26');
    original = await readText(networkUri());
  });

  suiteTeardown(async () => {
    a.clock.setToday(undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await resetNetwork(a, original);
  });

  test('the panel opens and shows the sample network\'s numbers, and follows the file', async () => {
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('contractorNetwork.showDashboard');
    assert.ok(panel.visible);
    assert.strictEqual(panel.title, 'Contractor Network');
    const html = a.dashboard.lastHtml;
    assert.match(html, /<strong>26<\/strong> contacts/);
    assert.match(html, /<strong>7<\/strong> invitations waiting/);
    assert.match(html, /<strong>4<\/strong> connected but muted/);
    assert.match(html, /<strong class="overdue">5<\/strong> overdue/);
    assert.match(html, /aria-label="Zero-downtime Kafka migrations, post: published \(1 draft\)"/);
    assert.match(html, /aria-label="Zero-downtime Kafka migrations, webinar: missing"/);
    await vscode.commands.executeCommand('contractorNetwork.accept', { name: 'Priya Anand' });
    await waitFor('the dashboard to follow', () => /<strong>6<\/strong> invitations waiting/.test(a.dashboard.lastHtml), 5000);
    assert.match(a.dashboard.lastHtml, /<strong>27<\/strong> contacts/);
  });
});
