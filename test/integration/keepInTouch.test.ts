import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ContractorNetworkApi } from '../../src/extension';
import { networkUri, readText, resetNetwork, sampleNetworkSuite, treeLabels, waitFor } from './helpers';

const TODAY = '2026-11-26';

suite('keeping in touch: notes, tags, categories, follow-ups, due, merge, filter', () => {
  let a: ContractorNetworkApi;
  let original: string;

  sampleNetworkSuite(TODAY, (host, text) => {
    a = host;
    original = text;
  });

  setup(async () => {
    await resetNetwork(a, original);
    a.people.setFilter(undefined);
  });

  suiteTeardown(() => a.people.setFilter(undefined));

  test('the Due group lists who is due, most overdue first, and a note takes them out of it', async () => {
    const root = await treeLabels(a);
    assert.match(root[1], /^Due \(\d+\)$/, 'after the availability campaign of the sample');
    const due = await treeLabels(a, 'Due');
    assert.deepStrictEqual(
      due,
      ['Oliver Brandt', 'Aisha Okafor', 'Sofia Lindqvist', 'Amelia Hart', 'Mia Rossi'],
      'most overdue first',
    );
    assert.ok(due.includes('Amelia Hart'));
    const group = (await a.people.provider.getChildren()).find(n => String(n.label).startsWith('Due'))!;
    const amelia = (await a.people.provider.getChildren(group)).find(n => n.label === 'Amelia Hart')!;
    assert.match(String(amelia.description), /^37 days overdue · CTO · Fjord Analytics$/);
    await vscode.commands.executeCommand(
      'contractorNetwork.addNote',
      { name: 'Amelia Hart' },
      'Coffee in Berlin; she is hiring in Q1',
    );
    const text = await readText(networkUri());
    assert.ok(
      text.includes(
        '    lastContact: 2026-11-26\n    notes:\n      - date: 2026-11-26\n        text: Coffee in Berlin; she is hiring in Q1\n',
      ),
      text.slice(text.indexOf('Amelia'), text.indexOf('Amelia') + 300),
    );
    await waitFor('Amelia to leave the Due group', async () => !(await treeLabels(a, 'Due')).includes('Amelia Hart'));
  });

  test('setCategory moves a contact to another group; addTag appends without duplicates', async () => {
    await vscode.commands.executeCommand('contractorNetwork.setCategory', { name: 'Mateo Rossi' }, 'prospect');
    assert.ok(
      (await readText(networkUri())).includes(
        '    position: Product Owner\n    connected: 2026-04-02\n    x-met-at: Vantage onboarding day  # a key of your own: kept as it is\n    category: prospect\n',
      ),
    );
    await waitFor('Mateo among the prospects', async () => (await treeLabels(a, 'Prospects')).includes('Mateo Rossi'));
    await vscode.commands.executeCommand('contractorNetwork.addTag', { name: 'Kenji Sato' }, 'berlin');
    await vscode.commands.executeCommand('contractorNetwork.addTag', { name: 'Kenji Sato' }, 'Berlin');
    assert.ok((await readText(networkUri())).includes('    tags: [kafka, berlin]\n    connected: 2023-02-01'));
  });

  test('setFollowUp takes a phrase and writes the resolved date', async () => {
    await vscode.commands.executeCommand('contractorNetwork.setFollowUp', { name: 'Kenji Sato' }, '+2w');
    assert.ok((await readText(networkUri())).includes('    lastContact: 2026-11-05\n    followUp: 2026-12-10\n'));
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand('contractorNetwork.setFollowUp', { name: 'Kenji Sato' }, 'whenever'),
      ),
      /not a date/,
    );
  });

  test('a duplicate contact gets a diagnostic whose quick fix merges it', async () => {
    const dup = original.replace(
      '  # --- other ---\n',
      '  - name: Tobias F.\n    profile: https://linkedin.com/in/TFerreira/\n    position: Platform Lead\n    tags: [rust]\n  # --- other ---\n',
    );
    await resetNetwork(a, dup);
    const diag = await waitFor('the duplicate diagnostic', () =>
      vscode.languages.getDiagnostics(networkUri()).find(d => d.code === 'duplicate-person'),
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      networkUri(),
      diag.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const merge = actions.find(x => x.title.startsWith('Merge into Tobias Ferreira'));
    assert.ok(merge?.command, JSON.stringify(actions.map(x => x.title)));
    await vscode.commands.executeCommand(merge.command.command, ...(merge.command.arguments ?? []));
    const text = await readText(networkUri());
    assert.ok(!text.includes('- name: Tobias F.'), 'the duplicate left the list');
    assert.ok(text.includes('    tags: [kafka, berlin, rust]'));
    assert.ok(
      /text: "?Merged Tobias F\.: name was Tobias F\.; profile was https:\/\/linkedin.com\/in\/TFerreira\/; position was Platform Lead/.test(
        text,
      ) || /text: "?Merged Tobias F\.: name was Tobias F\./.test(text),
      text.slice(text.indexOf('Merged') - 20, text.indexOf('Merged') + 200),
    );
    await waitFor(
      'the diagnostic to go',
      () => !vscode.languages.getDiagnostics(networkUri()).some(d => d.code === 'duplicate-person'),
    );
  });

  test('the filter narrows the tree and shows in the view description', async () => {
    await vscode.commands.executeCommand('contractorNetwork.filterPeople', 'tag:kafka');
    assert.strictEqual(a.people.treeView.description, 'filter: tag:kafka');
    const root = await treeLabels(a);
    assert.ok(root.includes('Clients (2)'), root.join(', '));
    assert.ok(!root.some(l => l.startsWith('Agencies')), 'groups without a match are hidden');
    assert.deepStrictEqual(await treeLabels(a, 'Clients'), ['Kenji Sato', 'Tobias Ferreira']);
    await vscode.commands.executeCommand('contractorNetwork.clearPeopleFilter');
    assert.strictEqual(a.people.treeView.description, undefined);
    assert.ok((await treeLabels(a)).includes('Clients (4)'));
  });
});
