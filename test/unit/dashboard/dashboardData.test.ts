import { parseNetwork } from '../../../src/model/network/networkParser';
import { dashboardData } from '../../../src/model/dashboard/dashboardData';
import { renderDashboard } from '../../../src/model/dashboard/dashboardHtml';
import * as assert from 'assert';
import { fixtureDashboard } from '../../support/dashboardFixture';

suite('dashboard data', () => {
  const data = fixtureDashboard();

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

  test('content coverage: "sent to" counts the people who got one of the cell\'s drafts, each once', () => {
    const model = parseNetwork(
      [
        'contacts:',
        '  - name: A',
        '    notes: [{date: 2026-11-01, text: Sent "First" https://www.linkedin.com/x}, {text: Sent "Second"}]',
        '  - {name: B, notes: [{text: Sent "Second"}]}',
        '  - {name: C, notes: [{text: Sent "Elsewhere"}]}',
        'archive:',
        '  - {name: D, outcome: removed, notes: [{text: Sent "First"}]}',
        'blueprints:',
        '  - {id: k, title: K, channels: [post, article]}',
        '',
      ].join('\n'),
    );
    const drafts = [
      { path: 'posts/a.md', blueprint: 'k', channel: 'post', status: 'published', title: 'First' },
      { path: 'posts/b.md', blueprint: 'k', channel: 'post', status: 'draft', title: 'Second' },
      { path: 'posts/c.md', blueprint: 'k', channel: 'article', status: 'draft', title: 'Unsent' },
    ];
    const cells = dashboardData(model, drafts, '2026-11-26').coverage[0].cells;
    assert.strictEqual(cells.find(c => c.channel === 'post')!.sentTo, 3, 'A, B and the archived D');
    assert.strictEqual(cells.find(c => c.channel === 'article')!.sentTo, 0);
    const html = renderDashboard(dashboardData(model, drafts, '2026-11-26'));
    assert.ok(html.includes('published · sent to 3</button>'), 'the cell says it');
  });

  test('content coverage: "sent to" follows a renamed draft by its url; title-only notes still count', () => {
    const url = 'https://www.linkedin.com/feed/update/urn:li:share:1';
    const model = parseNetwork(
      [
        'contacts:',
        `  - {name: A, notes: [{text: 'Sent "Old heading" ${url}'}]}`,
        `  - {name: B, notes: [{text: 'Sent "New heading"'}]}`,
        `  - {name: C, notes: [{text: 'Sent "Another draft" ${url}2'}]}`,
        'blueprints:',
        '  - {id: k, title: K, channels: [post]}',
        '',
      ].join('\n'),
    );
    const sentTo = (drafts: { title?: string; url?: string }[]): number =>
      dashboardData(
        model,
        drafts.map((d, i) => ({ path: `posts/${i}.md`, blueprint: 'k', channel: 'post', ...d })),
        '2026-11-26',
      ).coverage[0].cells.find(c => c.channel === 'post')!.sentTo;
    assert.strictEqual(sentTo([{ title: 'New heading', url }]), 2, 'A by the url (renamed since), B by the title');
    assert.strictEqual(sentTo([{ title: 'New heading' }]), 1, 'without a url: the title alone');
    assert.strictEqual(sentTo([{ title: 'Old heading' }]), 1, 'the old title still names A');
    assert.strictEqual(sentTo([{ title: 'Unsent', url: `${url}3` }]), 0, "another draft's notes are not counted");
  });
});
