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
const URL = 'https://www.linkedin.com/feed/update/urn:li:share:4242';
const NOTE = `Sent "Outbox dual writes" ${URL}`;
const run = <T = unknown>(command: string, ...args: unknown[]): Thenable<T> =>
  vscode.commands.executeCommand<T>(`contractorNetwork.${command}`, ...args);
const pause = (ms = 500): Promise<void> => new Promise(r => setTimeout(r, ms));

/** `text` with `after` (a unique line) followed by `inserted`. */
function insertAfter(text: string, after: string, inserted: string): string {
  assert.strictEqual(text.split(after).length, 2, `"${after}" is unique`);
  return text.replace(after, after + inserted);
}

suite('shareWithAudience in the real host: the note on the chosen people, the pick, the lenses', () => {
  let a: ContractorNetworkApi;
  let original: string;
  const draft = (name = 'share'): vscode.Uri => vscode.Uri.joinPath(folder().uri, 'posts', `${TODAY}-${name}.md`);

  sampleNetworkSuite(TODAY, (host, text) => {
    a = host;
    original = text;
  });

  suiteSetup(async () => {
    await writeText(
      draft(),
      `---\nblueprint: kafka-migration\nchannel: post\nstatus: published\nurl: ${URL}\n---\n# Outbox dual writes\n\nHow we did it at Vantage Bank.\n`,
    );
    await writeText(draft('loose'), '---\nchannel: post\n---\nA thought on its own.\n');
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const d of [draft(), draft('loose')]) {
      await vscode.workspace.fs.delete(d).then(undefined, () => undefined);
    }
    // the suites after this one (the studio's content view) must not see these drafts
    await waitFor(
      'the drafts to leave the Content view',
      () => !a.drafts.get(draft()) && !a.drafts.get(draft('loose')),
    );
  });

  test('with refs: each gets the note and lastContact today, only those bytes change, one undo step', async () => {
    await resetNetwork(a, original);
    const editor = await openNetwork();
    const n = await run<number>('shareWithAudience', draft(), [
      { name: 'Amelia Hart' },
      { profile: 'https://www.linkedin.com/in/OliverBrandt/' },
    ]);
    assert.strictEqual(n, 2);
    let expected = original.replace(
      '    category: client\n    tags: [data, london]\n    connected: 2019-05-14\n    lastContact: 2026-09-20\n',
      `    category: client\n    tags: [data, london]\n    connected: 2019-05-14\n    lastContact: ${TODAY}\n    notes:\n      - date: ${TODAY}\n        text: ${NOTE}\n`,
    );
    expected = insertAfter(
      expected,
      '    tags: [fintech]\n    connected: 2025-03-11\n',
      `    notes:\n      - date: ${TODAY}\n        text: ${NOTE}\n    lastContact: ${TODAY}\n`,
    );
    assert.notStrictEqual(expected, original);
    await waitFor('the save', async () => (await readText(networkUri())) === expected);
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), original, 'one undo step');
    await vscode.commands.executeCommand('workbench.action.files.save');
  });

  test('without refs: a multi-select of the audience, longest unheard first; the two checked get the note', async () => {
    await resetNetwork(a, original);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draft()));
    const sent = run<number | undefined>('shareWithAudience');
    await pause(800);
    // the first two rows: Oliver Brandt (never contacted) and Aisha Okafor (last contact in June)
    await vscode.commands.executeCommand('quickInput.first');
    await vscode.commands.executeCommand('quickInput.toggleCheckbox');
    await vscode.commands.executeCommand('quickInput.next');
    await vscode.commands.executeCommand('quickInput.toggleCheckbox');
    await vscode.commands.executeCommand('quickInput.accept');
    const n = await sent;
    const text = await waitFor('the save', async () => {
      const t = await readText(networkUri());
      return t !== original ? t : undefined;
    });
    const noted = [...text.matchAll(/- name: ([^\n]+)\n(?:(?! {2}- )[^\n]*\n)*? {8}text: Sent "Outbox/g)].map(
      m => m[1],
    );
    assert.deepStrictEqual({ n, noted }, { n: 2, noted: ['Oliver Brandt', 'Aisha Okafor'] });
  });

  test('a draft without a blueprint: a message, nothing written, resolves to 0', async () => {
    await resetNetwork(a, original);
    assert.strictEqual(await run<number>('shareWithAudience', draft('loose')), 0);
    await pause();
    assert.strictEqual(await readText(networkUri()), original);
  });

  test("the draft's lenses: Share with audience, and the confidentiality warning that leads to its quick fix", async () => {
    await resetNetwork(a, original);
    const lenses = await waitFor('the lenses', async () => {
      const all = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', draft());
      return all.some(l => l.command?.title.includes('NDA')) ? all : undefined;
    });
    const titles = lenses.map(l => l.command?.title);
    assert.strictEqual(titles[0], '$(warning) Names Vantage Bank, a client: check your NDA', titles.join(' | '));
    const share = lenses.find(l => l.command?.title === 'Share with audience');
    assert.deepStrictEqual(share?.command?.arguments?.map(String), [draft().toString()]);
    // the warning's place holds the diagnostic whose quick fix adds the client to me.publicClients
    // a click opens the draft at the first place (the selection does not survive executeCodeLensProvider's conversion)
    // vscode.open comes back as the workbench command it converts to, with its options converted too
    assert.ok(
      ['vscode.open', '_workbench.open'].includes(lenses[0].command?.command ?? ''),
      lenses[0].command?.command,
    );
    assert.strictEqual(String(lenses[0].command?.arguments?.[0]), draft().toString());
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(draft()));
    const diagnostic = await waitFor('the diagnostic', () =>
      vscode.languages.getDiagnostics(draft()).find(d => d.code === 'names-client'),
    );
    const at = { selection: diagnostic.range };
    const fixes = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      draft(),
      at.selection,
    );
    const fix = fixes.find(f => f.title.includes('me.publicClients'));
    assert.ok(fix?.edit, fixes.map(f => f.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const net = vscode.workspace.textDocuments.find(d => d.uri.toString() === networkUri().toString())!;
    assert.strictEqual(
      net.getText(),
      original.replace('  publicClients: [Acme Cloud]', '  publicClients: [Acme Cloud, Vantage Bank]'),
    );
    await net.save();
    await waitFor('the lens to go', async () => {
      const all = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', draft());
      return !all.some(l => l.command?.title.includes('NDA'));
    });
  });
});
