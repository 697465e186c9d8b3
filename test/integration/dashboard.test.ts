import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ContractorNetworkApi } from '../../src/extension';
import { sampleNetworkSuite, waitFor } from './helpers';

suite('dashboard in the real host', () => {
  let a: ContractorNetworkApi;

  sampleNetworkSuite('2026-11-26', host => {
    a = host;
  });

  test("the panel opens and shows the sample network's numbers, and follows the file", async () => {
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('contractorNetwork.showDashboard');
    assert.ok(panel.visible);
    assert.strictEqual(panel.title, 'Contractor Network');
    // a strict CSP with a nonce, and nothing loaded from anywhere
    const page = panel.webview.html;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? '';
    assert.match(csp, /default-src 'none'/);
    const nonce = /script-src 'nonce-([A-Za-z0-9]{32})'/.exec(csp)?.[1];
    assert.ok(nonce, csp);
    assert.ok(page.includes(`<script nonce="${nonce}">`) && page.includes(`<style nonce="${nonce}">`));
    assert.ok(!/(src|href)=["']?https?:/i.test(page), 'no remote resources');
    assert.ok(!/ style=/.test(page), 'no inline style attributes (the CSP would block them)');
    const html = a.dashboard.lastHtml;
    assert.match(html, /<strong>26<\/strong> contacts/);
    assert.match(html, /<strong>7<\/strong> invitations waiting/);
    assert.match(html, /<strong>4<\/strong> connected but muted/);
    assert.match(html, /<strong class="overdue">5<\/strong> overdue/);
    assert.match(html, /aria-label="Zero-downtime Kafka migrations, post: published \(1 draft\)"/);
    assert.match(html, /aria-label="Zero-downtime Kafka migrations, webinar: missing"/);
    await vscode.commands.executeCommand('contractorNetwork.accept', { name: 'Priya Anand' });
    await waitFor(
      'the dashboard to follow',
      () => /<strong>6<\/strong> invitations waiting/.test(a.dashboard.lastHtml),
      5000,
    );
    assert.match(a.dashboard.lastHtml, /<strong>27<\/strong> contacts/);
  });
});
