import * as assert from 'assert';
import { dashboardData } from '../../../src/model/dashboard/dashboardData';
import { renderDashboard } from '../../../src/model/dashboard/dashboardHtml';
import { escapeHtml } from '../../../src/model/dashboard/htmlText';
import { NetworkParser } from '../../../src/model/network/networkParser';
import { fixtureDashboard } from '../../support/dashboardFixture';

suite('dashboard rendering', () => {
  test('every name is escaped; an empty network shows what to do first', () => {
    const html = renderDashboard(fixtureDashboard());
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(!html.includes('<img'));
    assert.strictEqual(escapeHtml('"\'<>&`'), '&quot;&#39;&lt;&gt;&amp;&#96;');
    const empty = renderDashboard(dashboardData(new NetworkParser().parse('version: 1\n'), [], '2026-11-26'));
    assert.match(empty, /Nothing to show yet/);
    assert.match(empty, /Import your LinkedIn data export/);
  });

  test('client companies with no current contact are listed, escaped; none is said in a sentence', () => {
    const model = new NetworkParser().parse(`contacts:
  - {name: Tobias, company: Fjord, category: client, moved: 2026-11-25, previousCompany: "Nordwerk <GmbH>"}
`);
    const html = renderDashboard(dashboardData(model, [], '2026-11-26'));
    assert.match(html, /<h2 id="h-lost">Client companies with no current contact<\/h2>/);
    assert.match(html, /<strong>Nordwerk &lt;GmbH&gt;<\/strong> <span class="muted">Tobias moved to Fjord<\/span>/);
    assert.match(renderDashboard(fixtureDashboard()), /You know someone at every client company\./);
  });
});
