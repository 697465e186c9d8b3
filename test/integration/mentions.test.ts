import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ContractorNetworkApi } from '../../src/extension';
import {
  folder,
  networkUri,
  openNetwork,
  readText,
  resetNetwork,
  sampleNetworkSuite,
  waitFor,
  writeText,
} from './helpers';

const TODAY = '2026-11-26';
const NOTES = ['2026-11-20-vantage-bank-call.md', '2026-11-24-kafka-summit.md', 'introductions.md'];

const note = (name: string): vscode.Uri => vscode.Uri.joinPath(folder().uri, 'notes', name);
const rel = (uri: vscode.Uri): string => vscode.workspace.asRelativePath(uri, false);

/** Where `needle` is in a text: its line and column (the n-th time it appears). */
function positionIn(text: string, needle: string, nth = 0): vscode.Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
  }
  assert.ok(at >= 0, `${needle} is in the text`);
  const before = text.slice(0, at).split('\n');
  return new vscode.Position(before.length - 1, before[before.length - 1].length);
}

let completions = 0;

/** Our completion items (people) for a text typed into a new scratch note, the cursor at `|`. */
async function complete(typed: string): Promise<vscode.CompletionItem[]> {
  const uri = note(`scratch-completion-${++completions}.md`);
  const cursor = typed.indexOf('|');
  await writeText(uri, typed.replace('|', ''));
  const doc = await vscode.workspace.openTextDocument(uri);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider',
    uri,
    doc.positionAt(cursor),
  );
  return list.items.filter(i => i.kind === vscode.CompletionItemKind.User);
}

const labelOf = (i: vscode.CompletionItem): string => (typeof i.label === 'string' ? i.label : i.label.label);
const lines = (locations: readonly vscode.Location[]): string[] =>
  locations.map(l => `${rel(l.uri)}:${l.range.start.line + 1}:${l.range.start.character + 1}`);

suite('mentions across the notes in the real host', () => {
  let a: ContractorNetworkApi;
  let original: string;
  const notes = new Map<string, string>();
  const scratch: vscode.Uri[] = [];

  sampleNetworkSuite(TODAY, (host, text) => {
    a = host;
    original = text;
  });

  suiteSetup(async () => {
    for (const n of NOTES) {
      notes.set(n, await readText(note(n)));
    }
    await a.mentions.ready();
    scratch.push(note('scratch.md'), note('scratch-unknown.md'));
    for (let i = 1; i <= 8; i++) {
      scratch.push(note(`scratch-completion-${i}.md`));
    }
  });

  teardown(async () => {
    // revert first: closing a dirty editor asks whether to save (a dialog the test host answers)
    for (const doc of vscode.workspace.textDocuments.filter(d => d.isDirty)) {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of scratch) {
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
    await waitFor('the scratch notes to be forgotten', () =>
      a.mentions.filesOf(folder()).every(f => !f.uri.path.includes('/scratch')),
    );
    for (const [n, text] of notes) {
      if ((await readText(note(n))) !== text) {
        await writeText(note(n), text);
      }
    }
    if ((await readText(networkUri())) !== original) {
      await resetNetwork(a, original);
    }
  });

  test('completion after @[ and @: people by name, headline and company, contacts first; inserts @[Name]', async () => {
    const pri = await complete('Talked to @[Pri|');
    assert.deepStrictEqual(pri.slice(0, 3).map(labelOf), ['Priya Anand', 'Hannah Weber', 'Ravi Kaur']);
    assert.strictEqual(pri[0].insertText, '@[Priya Anand]');
    assert.deepStrictEqual(
      (pri[0].label as vscode.CompletionItemLabel).description,
      'Senior Technical Recruiter at Brightlane Talent',
    );
    const range = pri[0].range as vscode.Range;
    assert.deepStrictEqual([range.start.character, range.end.character], [10, 15], 'from the @ to the cursor');
    const closed = await complete('Talked to @[Pri|] today');
    assert.strictEqual((closed[0].range as vscode.Range).end.character, 16, 'the ] the editor closed is replaced too');
    const at = await complete('ask @Noa|');
    assert.deepStrictEqual([labelOf(at[0]), at[0].insertText], ['Noah Berg', '@[Noah Berg]']);
    const everyone = await complete('@[|');
    assert.strictEqual(labelOf(everyone[0]), 'Tobias Ferreira', 'contacts first');
    const kinds = everyone.map(i => i.detail);
    assert.strictEqual(kinds.lastIndexOf('contact') < kinds.indexOf('invitation'), true, kinds.join(','));
    assert.deepStrictEqual(await complete('`@[Pri|`'), [], 'not in code');
    assert.deepStrictEqual(await complete('sam@[Pri|'), [], 'not in an e-mail address');
  });

  test('hover on a mention shows the person’s card; Go to Definition opens their entry in network.yaml', async () => {
    const uri = note(NOTES[0]);
    const text = notes.get(NOTES[0])!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      uri,
      positionIn(text, '@[Priya Anand]').translate(0, 4),
    );
    const shown = hovers.flatMap(h =>
      h.contents.map(c => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value)),
    );
    // appendText writes spaces as &nbsp;
    const card =
      shown.map(s => s.replace(/&nbsp;/g, ' ')).find(s => s.includes('Priya Anand')) ?? JSON.stringify(shown);
    assert.match(card, /Senior Technical Recruiter at Brightlane Talent/);
    assert.match(card, /Received: 2026-11-20/);
    assert.match(card, /2 mentions in your notes/);
    const links = await vscode.commands.executeCommand<vscode.LocationLink[]>(
      'vscode.executeDefinitionProvider',
      uri,
      positionIn(text, '@[Noah Berg]').translate(0, 3),
    );
    const link = links.find(l => l.targetUri.toString() === networkUri().toString());
    assert.ok(link, 'a link into network.yaml');
    const yaml = original.split('\n');
    assert.strictEqual(yaml[link.targetSelectionRange!.start.line], '  - name: Noah Berg');
    assert.strictEqual(link.targetSelectionRange!.start.character, 10);
    assert.strictEqual(link.originSelectionRange?.end.character, positionIn(text, '@[Noah Berg]').character + 12);
  });

  test('Find All References on a name in network.yaml, on a mention, showMentions and the lens: the same mentions in three files', async () => {
    await openNetwork();
    const onName = positionIn(original, '- name: Noah Berg').translate(0, 10);
    const expected = [
      'notes/2026-11-20-vantage-bank-call.md:3:6',
      'notes/2026-11-20-vantage-bank-call.md:15:55',
      'notes/2026-11-24-kafka-summit.md:4:34',
      'notes/introductions.md:3:22',
    ];
    const refs = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      networkUri(),
      onName,
    );
    const mine = (ls: vscode.Location[]): vscode.Location[] =>
      ls.filter(l => l.uri.path.endsWith('.md') || l.uri.path.endsWith('.yaml'));
    assert.deepStrictEqual(lines(mine(refs)).sort(), [`network.yaml:${onName.line + 1}:11`, ...expected].sort());
    const fromNote = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      note(NOTES[1]),
      positionIn(notes.get(NOTES[1])!, '@[Noah Berg]'),
    );
    assert.deepStrictEqual(
      lines(mine(fromNote))
        .filter(l => l.startsWith('notes/'))
        .sort(),
      [...expected].sort(),
      'from a mention',
    );
    const shown = await vscode.commands.executeCommand<vscode.Location[]>('contractorNetwork.showMentions', {
      name: 'Noah Berg',
    });
    assert.deepStrictEqual(lines(shown), expected, 'showMentions');
    const view = vscode.extensions.getExtension<{ getInput(): { title: string } | undefined }>(
      'vscode.references-view',
    );
    assert.strictEqual(view?.exports.getInput()?.title, 'Mentions of Noah Berg', 'shown in the References view');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      networkUri(),
      100,
    );
    const on = (name: string): string[] =>
      lenses
        .filter(l => l.range.start.line === positionIn(original, `- name: ${name}`).line)
        .map(l => l.command?.title ?? '');
    assert.ok(on('Noah Berg').includes('4 mentions'), on('Noah Berg').join(', '));
    assert.ok(on('Kenji Sato').includes('1 mention'), 'a mention by profile counts');
    assert.ok(!on('Amelia Hart').some(t => /mention/.test(t)), 'no lens without mentions');
    assert.ok(!on('Priya Anand').some(t => /mention/.test(t)), 'the lens is for contacts');
    const lens = lenses.find(l => l.command?.title === '4 mentions')!;
    assert.strictEqual(lens.command?.command, 'contractorNetwork.showMentions');
  });

  test('the index follows typing (unsaved), closing without saving, and files created and deleted on disk', async () => {
    const count = (): number => a.mentions.count(folder(), ['name:amelia hart']);
    assert.strictEqual(count(), 0);
    const uri = note('scratch.md');
    await writeText(uri, 'Lunch with @[Amelia Hart].\n');
    await waitFor('the new note to be read', () => count() === 1);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await editor.edit(e => e.insert(new vscode.Position(1, 0), 'And @[amelia hart] again.\n'));
    await waitFor('the typed mention', () => count() === 2);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('back to the file on disk', () => count() === 1);
    await vscode.workspace.fs.delete(uri);
    await waitFor('the deleted note to be forgotten', () => count() === 0);
  });

  test('a mention that matches nobody is a warning, with the closest names as quick fixes', async () => {
    const uri = note('scratch-unknown.md');
    await writeText(uri, 'Met @[Priya Anad] and @[in/nobody-here] and @[Noah Berg].\n');
    const diags = await waitFor('the warnings', () => {
      const d = vscode.languages.getDiagnostics(uri).filter(x => x.code === 'mention-unknown');
      return d.length === 2 ? d : undefined;
    });
    assert.deepStrictEqual(
      diags.map(d => [d.message, d.severity, d.range.start.character, d.range.end.character]),
      [
        ['Nobody in network.yaml is "Priya Anad".', vscode.DiagnosticSeverity.Warning, 4, 17],
        ['Nobody in network.yaml has the profile in/nobody-here.', vscode.DiagnosticSeverity.Warning, 22, 39],
      ],
    );
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      uri,
      diags[0].range,
    );
    const fix = actions.find(x => x.title === 'Change to @[Priya Anand]');
    assert.ok(fix?.edit, actions.map(x => x.title).join(', '));
    await vscode.workspace.applyEdit(fix.edit);
    assert.strictEqual(doc.getText(), 'Met @[Priya Anand] and @[in/nobody-here] and @[Noah Berg].\n');
    await waitFor(
      'one warning left',
      () => vscode.languages.getDiagnostics(uri).filter(x => x.code === 'mention-unknown').length === 1,
    );
  });

  test('Rename (F2) on a name in network.yaml: the entry, a via by name, and every @[Old Name], in one edit', async () => {
    const network = original.replace('    via: https://www.linkedin.com/in/oliverbrandt\n', '    via: noah berg\n');
    await resetNetwork(a, network);
    const onName = positionIn(network, '- name: Noah Berg').translate(0, 12);
    await assert.rejects(
      Promise.resolve(
        vscode.commands.executeCommand(
          'vscode.prepareRename',
          networkUri(),
          positionIn(network, '- name: Noah Berg').translate(1, 6),
        ),
      ),
      /name/,
    );
    const prepared = await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>(
      'vscode.prepareRename',
      networkUri(),
      onName,
    );
    assert.strictEqual(prepared.placeholder, 'Noah Berg');
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>(
      'vscode.executeDocumentRenameProvider',
      networkUri(),
      onName,
      'Noah Berg-Larsen',
    );
    assert.deepStrictEqual(
      edit
        .entries()
        .map(([u, es]) => [rel(u), es.length])
        .sort(),
      [
        ['network.yaml', 2],
        ['notes/2026-11-20-vantage-bank-call.md', 2],
        ['notes/2026-11-24-kafka-summit.md', 1],
        ['notes/introductions.md', 1],
      ],
    );
    assert.ok(await vscode.workspace.applyEdit(edit, { isRefactoring: true }));
    await vscode.workspace.saveAll(false);
    assert.strictEqual(
      await readText(networkUri()),
      network
        .replace('- name: Noah Berg\n', '- name: Noah Berg-Larsen\n')
        .replace('    via: noah berg\n', '    via: Noah Berg-Larsen\n'),
    );
    for (const n of NOTES) {
      const before = notes.get(n)!;
      const after =
        n === NOTES[0]
          ? before
              .replace('With @[Noah Berg] (lead', 'With @[Noah Berg-Larsen] (lead')
              .replace('the invitation to @[Noah Berg] on', 'the invitation to @[Noah Berg-Larsen] on')
          : before.replace('@[Noah Berg]', '@[Noah Berg-Larsen]');
      assert.strictEqual(await readText(note(n)), after, n);
    }
    assert.ok((await readText(note(NOTES[0]))).includes('`@[Noah Berg]` here'), 'code keeps its text');
  });
});
