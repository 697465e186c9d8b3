import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ContractorNetworkApi } from '../../src/extension';
import {
  itemLabel,
  networkUri,
  openNetwork,
  readText,
  resetNetwork,
  sampleNetworkSuite,
  treeLabels,
  waitFor,
} from './helpers';

const TODAY = '2026-11-26';

/** The Opportunities view as a user reads it: "Stage (n)" then `title — description` per item. */
async function opportunitiesView(a: ContractorNetworkApi): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const stage of await a.opportunities.provider.getChildren()) {
    const items = await a.opportunities.provider.getChildren(stage);
    out[itemLabel(stage)] = items.map(i => `${itemLabel(i)} — ${String(i.description)}`);
  }
  return out;
}

suite('opportunities and availability in the real host', () => {
  let a: ContractorNetworkApi;
  let original: string;

  sampleNetworkSuite(TODAY, (host, text) => {
    a = host;
    original = text;
  });

  setup(async () => {
    await resetNetwork(a, original);
  });

  test('the view: open stages in pipeline order with counts, closed ones last; an item reads role · client with via · rate · IR35 · start', async () => {
    const view = await opportunitiesView(a);
    assert.deepStrictEqual(Object.keys(view), [
      'Lead (2)',
      'Applied (1)',
      'Submitted (1)',
      'Interview (1)',
      'Offer (1)',
      'Won (2)',
      'Lost (1)',
      'Withdrawn (1)',
    ]);
    assert.deepStrictEqual(view['Interview (1)'], [
      'Senior Kafka Engineer · Vantage Bank — Hannah Weber · 650/day · outside IR35 · starts 2027-01-18',
    ]);
    assert.deepStrictEqual(view['Lead (2)'], [
      'Kafka Migration Lead · Orbital Freight — Dana Whitfield',
      'Kafka Support Engineer · Nordwerk GmbH — Yuki Tanaka · competitive',
    ]);
    assert.strictEqual(a.opportunities.treeView.description, '6 open');
  });

  test('logOpportunity from a recruiter: via and agency filled, lastContact today, resolves to the new id; then setStage and a note', async () => {
    const id = await vscode.commands.executeCommand<string>(
      'contractorNetwork.logOpportunity',
      { name: 'Mia Rossi' },
      { role: 'Kafka Streams Developer', client: 'Kafka Works', rate: '600/day' },
    );
    assert.strictEqual(id, 'kafka-works-kafka-streams-developer');
    let text = await readText(networkUri());
    assert.ok(
      text.endsWith(
        '  - id: kafka-works-kafka-streams-developer\n    role: Kafka Streams Developer\n    client: Kafka Works\n' +
          '    agency: Stackhouse Search\n    via: https://www.linkedin.com/in/mia-rossi-talent\n    stage: lead\n    rate: 600/day\n',
      ),
      text.slice(-400),
    );
    assert.ok(text.includes('    category: recruiter\n    connected: 2024-04-18\n    lastContact: 2026-11-26\n'));
    await vscode.commands.executeCommand('contractorNetwork.setStage', { opportunity: id }, 'submitted');
    await vscode.commands.executeCommand('contractorNetwork.addNote', { opportunity: id }, 'CV sent', '2026-11-25');
    text = await readText(networkUri());
    assert.ok(
      text.endsWith(
        '    stage: submitted\n    rate: 600/day\n    submitted: 2026-11-26\n    notes:\n      - date: 2026-11-25\n        text: CV sent\n',
      ),
      text.slice(-300),
    );
    await waitFor('the view to show it submitted', async () =>
      ((await opportunitiesView(a))['Submitted (2)'] ?? []).some(i =>
        i.startsWith('Kafka Streams Developer · Kafka Works'),
      ),
    );
  });

  test('the double submission shows in the Problems panel on the later one, and an unknown stage typed by hand has its own group', async () => {
    const diags = await waitFor('diagnostics', () => {
      const d = vscode.languages.getDiagnostics(networkUri());
      return d.length ? d : undefined;
    });
    const lines = original.split('\n');
    const line = lines.findIndex(l => l.includes('submitted: 2026-11-24'));
    assert.deepStrictEqual(
      diags.map(d => [d.code, d.range.start.line, d.severity, d.message]),
      [
        [
          'double-submission',
          line,
          vscode.DiagnosticSeverity.Warning,
          'Vantage Bank: already submitted via Brightlane Talent on 2026-11-03 (vantage-bank-kafka-engineer).',
        ],
      ],
    );
    await resetNetwork(a, original.replace('    stage: applied\n', '    stage: aplied\n'));
    await waitFor('the unknown-stage diagnostic', () =>
      vscode.languages.getDiagnostics(networkUri()).some(d => d.code === 'unknown-stage'),
    );
    assert.deepStrictEqual((await opportunitiesView(a))['Unknown stage (1)'], [
      'Solution Architect · Bluewave Consulting — Oliver Brandt · 4,500/week · inside IR35',
    ]);
  });

  test('an opportunity without an id: an error whose quick fix writes one', async () => {
    await resetNetwork(a, original.replace('  - id: bluewave-architect\n    role:', '  - role:'));
    const editor = await openNetwork();
    const diag = await waitFor('the missing-id error', () =>
      vscode.languages.getDiagnostics(networkUri()).find(d => d.code === 'opportunity-id'),
    );
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      networkUri(),
      diag.range,
    );
    const fix = fixes.find(f => f.title === 'Add id: bluewave-consulting-solution-architect');
    assert.ok(fix?.edit, fixes.map(f => f.title).join(', '));
    await vscode.workspace.applyEdit(fix.edit);
    assert.ok(
      editor.document
        .getText()
        .includes('  - id: bluewave-consulting-solution-architect\n    role: Solution Architect\n'),
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('the People view puts "Available from …" first, recruiters who brought work first; Tell writes the contract bytes', async () => {
    const root = await treeLabels(a);
    assert.strictEqual(root[0], 'Available from 15 January 2027 (in 7 weeks) (15)');
    const toTell = await treeLabels(a, 'Available from');
    assert.deepStrictEqual(toTell.slice(0, 6), [
      'Sara Costa',
      'Felix Moreau',
      'Hannah Weber',
      'Ivan Ivanova',
      'Mia Rossi',
      'Yuki Tanaka',
    ]);
    const before =
      '    company: Rapid Engineering Partners\n    position: Delivery Manager\n    category: agency\n    following: false\n    connected: 2024-01-15\n';
    await vscode.commands.executeCommand('contractorNetwork.tellAvailability', { name: 'Yuki Tanaka' });
    assert.ok(
      (await readText(networkUri())).includes(
        before +
          '    availabilityTold: 2027-01-15\n    notes:\n      - date: 2026-11-26\n        text: "Told: available from 2027-01-15"\n    lastContact: 2026-11-26\n',
      ),
    );
    await waitFor(
      'Yuki to leave the group',
      async () => !(await treeLabels(a, 'Available from')).includes('Yuki Tanaka'),
    );
  });

  test('lenses: Advance · Add note · Open contact on an opportunity; a contact shows what came through them', async () => {
    await openNetwork();
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      networkUri(),
      10_000, // how many lenses to resolve (and return): all of them
    );
    const lines = original.split('\n');
    const at = (text: string): string[] =>
      lenses
        .filter(l => l.range.start.line === lines.findIndex(x => x.includes(text)))
        .map(l => l.command?.title ?? '');
    assert.deepStrictEqual(at('- id: vantage-bank-kafka-engineer'), ['Advance', 'Add note', 'Open contact']);
    assert.deepStrictEqual(at('- name: Hannah Weber'), [
      'Follow',
      'Remove',
      'Open on LinkedIn',
      'Add note',
      'Follow-up',
      'Log opportunity',
      '1 opportunity · 1 open',
    ]);
  });

  test('hover on an opportunity and on the person who brought it', async () => {
    const lines = original.split('\n');
    const hoverText = async (text: string): Promise<string> => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        networkUri(),
        new vscode.Position(
          lines.findIndex(l => l.includes(text)),
          6,
        ),
      );
      const md = hovers
        .flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value)))
        .join('\n');
      // the hover as it reads: appendText writes values with &nbsp; and backslash escapes
      return md.replace(/&nbsp;/g, ' ').replace(/\\(.)/g, '$1');
    };
    const opp = await hoverText('- id: vantage-bank-kafka-engineer');
    assert.match(opp, /Senior Kafka Engineer · Vantage Bank/);
    assert.match(opp, /Via: Hannah Weber/);
    assert.match(opp, /Note 2026-11-03: CV sent/);
    assert.match(await hoverText('- name: Sara Costa'), /Opportunities: 1 opportunity · 0 open · 1 won/);
  });

  test('completion: stages, IR35 by where it is, people for via', async () => {
    const editor = await openNetwork();
    const doc = editor.document;
    const lineOf = (text: string): number =>
      doc
        .getText()
        .split('\n')
        .findIndex(l => l.includes(text));
    const complete = async (line: number, value: string): Promise<string[]> => {
      await editor.edit(b => b.replace(doc.lineAt(line).range, value));
      const list = await vscode.commands.executeCommand<vscode.CompletionList>(
        'vscode.executeCompletionItemProvider',
        doc.uri,
        new vscode.Position(line, value.length),
      );
      return list.items.map(i => (typeof i.label === 'string' ? i.label : i.label.label));
    };
    assert.deepStrictEqual((await complete(lineOf('    stage: lead'), '    stage: ')).slice(0, 3), [
      'lead',
      'applied',
      'submitted',
    ]);
    assert.deepStrictEqual(await complete(lineOf('    ir35: inside'), '    ir35: '), [
      'outside',
      'inside',
      'undetermined',
    ]);
    assert.deepStrictEqual(await complete(lineOf('  ir35: outside'), '  ir35: '), ['outside', 'inside', 'any']);
    const via = await complete(lineOf('    via: Dana Whitfield'), '    via: Han');
    assert.deepStrictEqual(
      via.slice(0, 4),
      ['Felix Moreau', 'Hannah Weber', 'Ivan Ivanova', 'Mia Rossi'],
      'recruiters first',
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('newAvailabilityPost drafts from me and the blueprints, never the rate', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('contractorNetwork.newAvailabilityPost');
    try {
      assert.ok(uri.path.endsWith('/posts/2026-11-26-availability-post.md'), uri.path);
      const text = await readText(uri);
      assert.match(text, /^---\nkind: availability\n/);
      assert.match(text, /From 15 January 2027 I am available/);
      assert.ok(!text.includes('650'), 'never the rate');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(uri);
    }
  });
});
