import * as assert from 'assert';
import { dashboardData } from '../../../src/model/dashboard/dashboardData';
import { escapeHtml, renderDashboard } from '../../../src/model/dashboard/dashboardHtml';
import { parseNetwork } from '../../../src/model/network/networkParser';

const NET = `cadence:
  client: 30
contacts:
  - {name: A, category: client, connected: 2026-10-03, lastContact: 2026-09-01}
  - {name: B, category: client, following: false, connected: 2026-11-02}
  - {name: C, category: peer, connected: 2025-01-01}
  - {name: "<img src=x onerror=alert(1)>", category: client, lastContact: 2026-01-01}
invitations:
  - {name: P, received: 2026-11-20}
  - {name: S, received: 2026-11-20, snoozed: 2099-01-01}
archive:
  - {name: X, outcome: ignored, decided: 2026-11-05}
  - {name: Y, outcome: not-known, decided: 2026-11-06}
  - {name: Z, outcome: removed, decided: 2026-10-30}
blueprints:
  - {id: kafka, title: Kafka, channels: [post, webinar]}
`;

suite('dashboard data and rendering', () => {
  const model = parseNetwork(NET);
  const drafts = [
    { path: 'posts/a.md', blueprint: 'kafka', channel: 'post', status: 'published' },
    { path: 'posts/b.md', blueprint: 'kafka', channel: 'article', status: 'draft' },
  ];
  const data = dashboardData(model, drafts, '2026-11-26');

  test('the network by category, with the muted share', () => {
    assert.deepStrictEqual(
      data.categories.map(c => [c.label, c.total, c.unfollowed]),
      [
        ['Clients', 3, 1],
        ['Peers', 1, 0],
      ],
    );
    assert.deepStrictEqual(data.totals, { contacts: 4, pending: 1, archived: 3, unfollowed: 1 });
  });

  test('triage over time, per month, from the dates in the file', () => {
    assert.strictEqual(data.months.length, 12);
    assert.strictEqual(data.months[11].month, '2026-11');
    assert.deepStrictEqual(data.months[11], { month: '2026-11', accepted: 1, ignored: 1, notKnown: 1, removed: 0 });
    assert.deepStrictEqual(data.months[10], { month: '2026-10', accepted: 1, ignored: 0, notKnown: 0, removed: 1 });
    assert.ok(!data.months.some(m => m.month === '2025-01'), 'older than twelve months is not shown');
  });

  test('follow-ups due and overdue', () => {
    assert.strictEqual(data.followUps.overdue, 2);
    assert.deepStrictEqual(
      data.followUps.list.map(d => d.name),
      ['<img src=x onerror=alert(1)>', 'A'],
    );
  });

  test('content coverage: blueprints × channels', () => {
    const row = data.coverage[0];
    const state = (c: string): string => row.cells.find(x => x.channel === c)!.state;
    assert.strictEqual(state('post'), 'published');
    assert.strictEqual(state('article'), 'draft');
    assert.strictEqual(state('webinar'), 'missing');
    assert.strictEqual(state('podcast'), 'unplanned');
  });

  test('every name is escaped; an empty network shows what to do first', () => {
    const html = renderDashboard(data);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(!html.includes('<img'));
    assert.strictEqual(escapeHtml('"\'<>&`'), '&quot;&#39;&lt;&gt;&amp;&#96;');
    const empty = renderDashboard(dashboardData(parseNetwork('version: 1\n'), [], '2026-11-26'));
    assert.match(empty, /Nothing to show yet/);
    assert.match(empty, /Import your LinkedIn data export/);
  });
});
