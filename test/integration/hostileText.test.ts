import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ContractorNetworkApi } from '../../src/extension';
import {
  folder,
  itemLabel,
  networkUri,
  readText,
  resetNetwork,
  sampleNetworkSuite,
  type TreeRow,
  waitFor,
  walkTree,
  writeText,
} from './helpers';

// A person named like a command link, and every other field the new sections show (company,
// headline, opportunity role, client and notes, the old job of a move, a mention): every hover,
// tooltip, tree item and dashboard cell must show it as text, never as a link that runs a command.
const QUIT = '(command:workbench.action.quit)';
const NAME = `[x]${QUIT}`;
const hostile = (what: string): string => `[${what}]${QUIT} <img src=x onerror=alert(1)>`;

const NETWORK = `version: 1
me:
  name: Sam Keller
invitations:
  - name: "[inv]${QUIT}"
    profile: https://www.linkedin.com/in/hostile-inv
    headline: "${hostile('headline')}"
    company: "${hostile('inv-company')}"
    received: 2026-11-20
    message: "${hostile('message')}"
contacts:
  - name: "${NAME}"
    profile: https://www.linkedin.com/in/hostile-x
    company: "${hostile('company')}"
    position: "${hostile('position')}"
    previousCompany: "${hostile('old-company')}"
    previousPosition: "${hostile('old-position')}"
    moved: 2026-11-25
    category: client
    tags: ["${hostile('tag')}"]
    connected: 2021-11-02
    lastContact: 2026-10-02
    todoOnLinkedIn: unfollow
    notes:
      - date: 2026-10-02
        text: "${hostile('note')} @[in/hostile-x]"
archive:
  - name: "[arch]${QUIT}"
    company: "${hostile('arch-company')}"
    outcome: ignored
    decided: 2026-11-21
    reason: "${hostile('reason')}"
    todoOnLinkedIn: ignore
blueprints:
  - id: hostile
    title: "${hostile('blueprint')}"
    promise: "${hostile('promise')}"
    audience: [client]
    channels: [post]
opportunities:
  - id: hostile-opp
    role: "${hostile('role')}"
    client: "${hostile('client')}"
    via: https://www.linkedin.com/in/hostile-x
    stage: lead
    rate: "${hostile('rate')}"
    notes:
      - date: 2026-11-03
        text: "${hostile('opp-note')}"
`;

/** A Markdown string that cannot run a command and shows its text: no trust, no HTML, every link bracket escaped. */
function assertInert(md: vscode.MarkdownString | vscode.MarkedString, where: string): void {
  assert.ok(typeof md !== 'string' && 'value' in md, `${where}: a MarkdownString`);
  const m = md as vscode.MarkdownString;
  assert.ok(!m.isTrusted, `${where}: not trusted (command links stay dead)`);
  assert.ok(!m.supportHtml, `${where}: no HTML`);
  const unescaped = m.value.replace(/\\./g, '');
  assert.ok(!unescaped.includes('](') && !unescaped.includes(QUIT), `${where}: a link survived: ${m.value}`);
}

/** The text a Markdown string shows, its escapes undone. */
const shown = (md: vscode.MarkdownString): string => md.value.replace(/\\(.)/g, '$1').replace(/&nbsp;/g, ' ');

async function hoversAt(uri: vscode.Uri, text: string, needle: string): Promise<vscode.MarkdownString[]> {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  const doc = await vscode.workspace.openTextDocument(uri);
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    uri,
    doc.positionAt(at + 2),
  );
  return hovers.flatMap(h => h.contents) as vscode.MarkdownString[];
}

suite('hostile text shows as text on every surface', () => {
  let a: ContractorNetworkApi;
  let original: string;
  const scratch = (): vscode.Uri => vscode.Uri.joinPath(folder().uri, 'notes', 'scratch-hostile.md');

  sampleNetworkSuite('2026-11-26', (host, text) => {
    a = host;
    original = text;
  });

  suiteSetup(async () => {
    await resetNetwork(a, NETWORK);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(scratch()).then(undefined, () => undefined);
    if ((await readText(networkUri())) !== original) {
      await resetNetwork(a, original);
    }
  });

  test('hovers on network.yaml: the contact, the invitation, the archive entry and the opportunity', async () => {
    const cases: [needle: string, shows: string[]][] = [
      [`- name: "${NAME}"`, [NAME, hostile('company'), hostile('note')]],
      [`- name: "[inv]`, [`[inv]${QUIT}`, hostile('headline'), hostile('message')]],
      [`- name: "[arch]`, [`[arch]${QUIT}`]],
      ['- id: hostile-opp', [hostile('role'), hostile('client'), hostile('opp-note')]],
    ];
    for (const [needle, texts] of cases) {
      const mds = await hoversAt(networkUri(), NETWORK, needle);
      const ours = mds.filter(md => shown(md).includes(QUIT));
      assert.ok(ours.length, `a hover at ${needle}: ${JSON.stringify(mds.map(m => m.value))}`);
      for (const md of mds) {
        assertInert(md, `hover at ${needle}`);
      }
      for (const t of texts) {
        assert.ok(
          ours.some(md => shown(md).includes(t)),
          `hover at ${needle} shows ${t} as text: ${ours.map(shown).join(' | ')}`,
        );
      }
    }
  });

  test('the hover on a mention of them in a markdown note', async () => {
    const text = `Met @[in/hostile-x] today.\n`;
    await writeText(scratch(), text);
    await waitFor('the mention to be indexed', () => a.mentions.count(folder(), ['profile:/in/hostile-x']) > 0);
    const mds = await hoversAt(scratch(), text, '@[in/hostile-x]');
    const card = mds.find(md => shown(md).includes(NAME));
    assert.ok(card, JSON.stringify(mds.map(m => m.value)));
    mds.forEach(md => assertInert(md, 'mention hover'));
  });

  test('every item of the People, Opportunities and Content views: label and description as typed, tooltip inert', async () => {
    const seen: string[] = [];
    const row = ({ item, label, description }: TreeRow): void => {
      const tip = item.tooltip;
      if (tip && typeof tip !== 'string') {
        assertInert(tip, `tooltip of ${label}`);
        seen.push(shown(tip));
      } else if (tip) {
        seen.push(tip);
      }
      seen.push(label, description);
    };
    await waitFor('the tree to show the hostile network', async () =>
      ((await a.people.provider.getChildren()) ?? []).some(n => itemLabel(n).startsWith('Moved')),
    );
    await walkTree(a.people.provider, row);
    await walkTree(a.opportunities.provider, row);
    await walkTree(a.content, row);
    for (const t of [
      NAME,
      `[inv]${QUIT}`,
      `[arch]${QUIT}`,
      hostile('company'),
      hostile('old-company'),
      hostile('role'),
      hostile('client'),
      hostile('blueprint'),
      hostile('promise'),
    ]) {
      assert.ok(
        seen.some(s => s.includes(t)),
        `${t} is shown literally somewhere in the views:\n${seen.filter(s => s.includes(QUIT)).join('\n')}`,
      );
    }
    // the To do on LinkedIn and Moved groups hold the contact
    const roots = (await a.people.provider.getChildren()) ?? [];
    for (const g of ['To do on LinkedIn', 'Moved']) {
      const group = roots.find(n => itemLabel(n).startsWith(g));
      assert.ok(group, `group ${g}: ${roots.map(itemLabel).join(', ')}`);
      const kids = (await a.people.provider.getChildren(group)) ?? [];
      assert.ok(
        kids.some(k => itemLabel(k) === NAME || itemLabel(k) === `[arch]${QUIT}`),
        `${g}: ${kids.map(itemLabel).join(', ')}`,
      );
    }
  });

  test('the dashboard escapes every cell, and its CSP allows no script but its own nonce', async () => {
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('contractorNetwork.showDashboard');
    const page = panel.webview.html;
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page)?.[1] ?? '';
    const nonce = /script-src 'nonce-([A-Za-z0-9]{32})'/.exec(csp)?.[1];
    assert.ok(nonce, csp);
    assert.match(csp, /default-src 'none'/);
    assert.ok(!/script-src[^;]*('unsafe-inline'|'unsafe-eval'|\*|https?:)/.test(csp), csp);
    const scripts = [...page.matchAll(/<script\b[^>]*>/g)].map(m => m[0]);
    assert.deepStrictEqual(scripts, [`<script nonce="${nonce}">`]);
    const html = a.dashboard.lastHtml;
    assert.ok(!/<img/i.test(html), 'no live <img> from a name');
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the hostile HTML is shown escaped');
    assert.ok(!/<a\b[^>]*command:workbench/.test(html), 'no link to a command');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
