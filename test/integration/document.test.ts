import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ContractorNetworkApi } from '../../src/extension';
import { fixtureText, networkUri, openNetwork, readText, resetNetwork, sampleNetworkSuite, waitFor } from './helpers';

const TODAY = '2026-11-26';

suite('network.yaml as a document', () => {
  let a: ContractorNetworkApi;
  let contract: string;

  sampleNetworkSuite(TODAY, host => {
    a = host;
  });

  suiteSetup(async () => {
    contract = await fixtureText('edits', 'contract.yaml');
  });

  setup(async () => {
    await resetNetwork(a, contract);
  });

  test('an action on a clean file changes exactly the expected bytes and saves', async () => {
    await vscode.commands.executeCommand('contractorNetwork.accept', { name: 'Priya Anand' });
    const expected = await fixtureText('edits', 'expected', 'contract--accept--priya-anand-todo.yaml');
    assert.strictEqual(await readText(networkUri()), expected);
    const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === networkUri().toString());
    assert.ok(doc && !doc.isDirty, 'saved');
  });

  test('Undo after an action restores the exact original text', async () => {
    const editor = await openNetwork();
    await vscode.commands.executeCommand('contractorNetwork.ignore', { name: 'Priya Anand' });
    assert.notStrictEqual(editor.document.getText(), contract);
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), contract);
  });

  test('an action on a dirty document keeps the unsaved typing and leaves it dirty', async () => {
    const editor = await openNetwork();
    const at = editor.document.positionAt(contract.indexOf('version: 1'));
    await editor.edit(e => e.insert(at, '# typed, not saved\n'));
    assert.ok(editor.document.isDirty);
    await vscode.commands.executeCommand('contractorNetwork.later', { name: 'Priya Anand' });
    const text = editor.document.getText();
    assert.ok(
      text.startsWith('# My contractor network') && text.includes('# typed, not saved\nversion: 1'),
      'the typing is kept',
    );
    assert.ok(text.includes('snoozed: 2026-12-03'), 'the action is applied');
    assert.ok(editor.document.isDirty, 'still dirty: the user decides when to save');
    assert.strictEqual(await readText(networkUri()), contract, 'nothing written to disk');
  });

  test('an action on a broken file is refused and the file is unchanged on disk', async () => {
    const broken = contract.replace(
      '  - name: Priya Anand             # required',
      '  - name: "Priya Anand             # required',
    );
    await resetNetwork(a, broken);
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('contractorNetwork.accept', { name: 'Priya Anand' })),
      /YAML error on line 10/,
    );
    assert.strictEqual(await readText(networkUri()), broken);
  });

  test('two actions fired at once are both applied, one after the other', async () => {
    await Promise.all([
      vscode.commands.executeCommand('contractorNetwork.addNote', { name: 'Tobias Ferreira' }, 'first'),
      vscode.commands.executeCommand('contractorNetwork.addTag', { name: 'Tobias Ferreira' }, 'second'),
    ]);
    const text = await readText(networkUri());
    assert.ok(text.includes('text: first') && text.includes('tags: [kafka, berlin, second]'), text);
  });

  test('diagnostics appear at the offending nodes, with stable codes', async () => {
    const bad = contract
      .replace('    category: client              #', '    category: clinet              #')
      .replace('    received: 2026-11-20          #', '    received: 2026-02-30          #');
    await resetNetwork(a, bad);
    const diags = await waitFor('diagnostics', () => {
      const d = vscode.languages.getDiagnostics(networkUri());
      return d.length >= 2 ? d : undefined;
    });
    const byCode = new Map(diags.map(d => [String(d.code), d]));
    const cat = byCode.get('unknown-category');
    assert.ok(cat, JSON.stringify(diags.map(d => d.code)));
    assert.strictEqual(
      cat.range.start.line,
      bad.split('\n').findIndex(l => l.includes('category: clinet')),
    );
    assert.match(cat.message, /did you mean "client"/);
    const date = byCode.get('invalid-date');
    assert.ok(date);
    assert.strictEqual(
      date.range.start.line,
      bad.split('\n').findIndex(l => l.includes('2026-02-30')),
    );
    assert.strictEqual(date.source, 'Contractor Network');
  });

  test('a YAML syntax error shows in the Problems panel, and goes when fixed while typing', async () => {
    const editor = await openNetwork();
    const line = contract.split('\n').findIndex(l => l.includes('company: Nordwerk GmbH'));
    await editor.edit(e => e.insert(new vscode.Position(line, 4), '"'));
    const diag = await waitFor('a syntax diagnostic', () =>
      vscode.languages.getDiagnostics(networkUri()).find(d => d.code === 'yaml-syntax'),
    );
    assert.strictEqual(diag.range.start.line, line);
    await editor.edit(e => e.delete(new vscode.Range(line, 4, line, 5)));
    await waitFor('the diagnostic to go', () => vscode.languages.getDiagnostics(networkUri()).length === 0);
  });

  test('the quick fix for an unknown category writes the suggestion', async () => {
    const bad = contract.replace('    category: client              #', '    category: clinet              #');
    await resetNetwork(a, bad);
    const editor = await openNetwork();
    const diag = await waitFor('the category diagnostic', () =>
      vscode.languages.getDiagnostics(networkUri()).find(d => d.code === 'unknown-category'),
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      networkUri(),
      diag.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fix = actions.find(x => x.title === 'Change to client');
    assert.ok(fix?.edit, JSON.stringify(actions.map(x => x.title)));
    await vscode.workspace.applyEdit(fix.edit);
    assert.ok(editor.document.getText().includes('    category: client              #'));
  });

  test('hovering an entry shows its card; completion offers categories and tags in use', async () => {
    const editor = await openNetwork();
    const line = contract.split('\n').findIndex(l => l.includes('company: Nordwerk GmbH'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      networkUri(),
      new vscode.Position(line, 8),
    );
    const text = hovers
      .flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value)))
      .join('\n');
    assert.match(text, /Tobias(&nbsp;| )Ferreira/);
    assert.match(text, /Last contact: 2026-10-02/);
    assert.match(text, /Wants(&nbsp;| )a(&nbsp;| )Kafka/);
    const catLine = contract.split('\n').findIndex(l => l.includes('category: client'));
    await editor.edit(e =>
      e.replace(new vscode.Range(catLine, 0, catLine, editor.document.lineAt(catLine).text.length), '    category: '),
    );
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      networkUri(),
      new vscode.Position(catLine, 14),
    );
    const labels = list.items.map(i => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const c of ['client', 'prospect', 'recruiter', 'agency', 'partner', 'peer', 'other']) {
      assert.ok(labels.includes(c), `${c} offered: ${labels.join(', ')}`);
    }
    const tagLine = contract.split('\n').findIndex(l => l.includes('tags: [kafka, berlin]'));
    await editor.edit(e =>
      e.replace(
        new vscode.Range(tagLine, 0, tagLine, editor.document.lineAt(tagLine).text.length),
        '    tags: [kafka, ',
      ),
    );
    const tags = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      networkUri(),
      new vscode.Position(tagLine, 17),
    );
    assert.ok(
      tags.items.some(i => i.label === 'kafka'),
      'tags used in the file are offered',
    );
  });
});
