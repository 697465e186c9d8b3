import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ContractorNetworkApi } from '../../src/extension';
import { ACTION_LIST } from '../../src/model/actions/networkEdits';
import type { ActionKind } from '../../src/model/actions/actionSpec';
import { requestFor } from '../support/actionRequests';
import { networkUri, openNetwork, readText, resetNetwork, sampleNetworkSuite, waitFor, writeText } from './helpers';

const KINDS = (Object.keys(ACTION_LIST) as ActionKind[]).filter(k => k !== 'notKnown'); // notKnown asks first (covered elsewhere)

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

suite('reliability in the real host', () => {
  let a: ContractorNetworkApi;
  let original: string;

  sampleNetworkSuite('2026-11-26', (host, text) => {
    a = host;
    original = text;
  });

  test('random sequences of actions: every step reads cleanly, and Undo of the whole sequence restores the original exactly', async function () {
    this.timeout(180_000);
    for (let seed = 1; seed <= 8; seed++) {
      await resetNetwork(a, original);
      const editor = await openNetwork();
      const random = rng(seed);
      let applied = 0;
      for (let step = 0; step < 8; step++) {
        const kind = KINDS[Math.floor(random() * KINDS.length)];
        const model = a.store.all[0].current();
        const list = model[ACTION_LIST[kind]];
        if (!list.length) {
          continue;
        }
        const entry = list[Math.floor(random() * list.length)];
        const { ref, value } = requestFor(
          kind,
          entry,
          kind === 'setCategory' ? 'peer' : `note ${seed}-${step}: "quoted", #hash`,
        );
        const name = ref.name ?? ref.opportunity;
        const before = editor.document.getText();
        await vscode.commands.executeCommand(`contractorNetwork.${kind}`, ref, value);
        if (editor.document.getText() !== before) {
          applied++; // an action with nothing to change (unfollowing the unfollowed) makes no undo step
        }
        const now = a.store.all[0].current();
        assert.deepStrictEqual(now.syntaxErrors, [], `seed ${seed} step ${step}: ${kind} ${name}`);
      }
      await vscode.window.showTextDocument(editor.document);
      for (let i = 0; i < applied; i++) {
        await vscode.commands.executeCommand('undo');
      }
      assert.strictEqual(editor.document.getText(), original, `seed ${seed}: undo of ${applied} actions`);
      await vscode.commands.executeCommand('workbench.action.files.save');
    }
  });

  test('the model follows every kind of edit to the open document: several ranges at once, undo, redo, line endings', async () => {
    await resetNetwork(a, original);
    const editor = await openNetwork();
    const doc = editor.document;
    const file = a.store.all[0];
    const next = rng(7);
    const same = (what: string): void => assert.strictEqual(file.current().text, doc.getText(), what);
    for (let step = 0; step < 40; step++) {
      const len = doc.getText().length;
      const edit = new vscode.WorkspaceEdit();
      // one to three disjoint ranges, replaced at once (as multi-cursor typing does)
      const cuts = [
        ...new Set([0, 1, 2].slice(0, 1 + Math.floor(next() * 3)).map(() => Math.floor(next() * len))),
      ].sort((x, y) => x - y);
      cuts.forEach((at, i) => {
        const end = Math.min(at + Math.floor(next() * 4), cuts[i + 1] ?? len);
        edit.replace(
          doc.uri,
          new vscode.Range(doc.positionAt(at), doc.positionAt(end)),
          ['x', '', '\n', '  # n\n', 'é🚀'][Math.floor(next() * 5)],
        );
      });
      assert.ok(await vscode.workspace.applyEdit(edit));
      same(`after edit ${step}`);
      if (step % 7 === 3) {
        await vscode.commands.executeCommand('undo');
        same(`after undo ${step}`);
        await vscode.commands.executeCommand('redo');
        same(`after redo ${step}`);
      }
    }
    await editor.edit(b => b.setEndOfLine(vscode.EndOfLine.CRLF));
    same('after the switch to CRLF');
    await editor.edit(b => b.insert(doc.positionAt(10), 'y\r\n'));
    same('after typing in CRLF');
    await editor.edit(b => b.setEndOfLine(vscode.EndOfLine.LF));
    same('after the switch back to LF');
  });

  test('broken files: diagnostics with a position, the views and providers keep working, actions are refused', async function () {
    this.timeout(120_000);
    const broken = [
      original.replace('  - name: Amelia Hart\n', '  - name: Amelia Hart\n   broken: indent\n'),
      original.replace('contacts:\n', 'contacts:\n\t- name: Tab\n'),
      original.replace('version: 1\n', 'version: 1\n---\nsecond: document\n'),
      // a file cut off in the middle of a quoted value (a half-written sync, a crash)
      original.slice(0, original.indexOf('message: "Great chat') + 20),
      original.replace('  # --- clients ---\n', '  - name: [unclosed\n'),
      '\u0000\u0001 binary junk: [{',
      original.replace('rules:', 'rules: *undefined_alias'),
    ];
    for (const text of broken) {
      await resetNetwork(a, text);
      const model = a.store.all[0].current();
      const diags = await waitFor('a diagnostic', () => {
        const d = vscode.languages.getDiagnostics(networkUri());
        return d.length ? d : undefined;
      });
      if (model.syntaxErrors.length) {
        assert.ok(
          diags.some(d => d.code === 'yaml-syntax' && d.range.start.line >= 0),
          JSON.stringify(diags.map(d => d.message)),
        );
        const roots = await a.people.provider.getChildren();
        assert.strictEqual(roots.length, 1);
        assert.strictEqual(roots[0].contextValue, 'brokenFile');
        await assert.rejects(
          Promise.resolve(vscode.commands.executeCommand('contractorNetwork.accept', { name: 'Priya Anand' })),
          /YAML error on line/,
        );
        assert.strictEqual(await readText(networkUri()), text, 'nothing written');
      }
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
        'vscode.executeCodeLensProvider',
        networkUri(),
      );
      assert.ok(Array.isArray(lenses));
      await vscode.commands.executeCommand('vscode.executeHoverProvider', networkUri(), new vscode.Position(3, 4));
      await vscode.commands.executeCommand(
        'vscode.executeCompletionItemProvider',
        networkUri(),
        new vscode.Position(3, 4),
      );
      await a.dashboard.show();
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('an action while the file changes on disk works on the new text', async () => {
    await resetNetwork(a, original);
    const changed = original.replace(
      '    received: 2026-11-24\n',
      '    received: 2026-11-24\n    message: written by another program\n',
    );
    await writeText(networkUri(), changed);
    await vscode.commands.executeCommand('contractorNetwork.accept', { name: 'Ines Duarte' });
    const text = await readText(networkUri());
    assert.ok(text.includes('message: written by another program'), 'the change on disk is kept');
    assert.ok(
      /- name: Ines Duarte[\s\S]*connected: 2026-11-26/.test(text.slice(text.indexOf('\ncontacts:'))),
      'and the action is applied',
    );
  });

  test('a change on disk between two actions: the second works on the new text (the first one’s save is no excuse to skip reading it)', async () => {
    await resetNetwork(a, original);
    await vscode.commands.executeCommand('contractorNetwork.accept', { name: 'Ines Duarte' });
    const afterFirst = await readText(networkUri());
    assert.ok(/- name: Ines Duarte[\s\S]*connected: /.test(afterFirst.slice(afterFirst.indexOf('\ncontacts:'))));
    // another program rewrites the file right after our save: same length, other bytes
    const changed = afterFirst.replace('Priya Anand', 'Priya Anandx').replace('Max Hollis', 'Max Holli');
    assert.strictEqual(changed.length, afterFirst.length);
    await writeText(networkUri(), changed);
    await vscode.commands.executeCommand('contractorNetwork.accept', { name: 'Rahul Mehta' });
    const text = await readText(networkUri());
    assert.ok(text.includes('Priya Anandx') && text.includes('Max Holli\n'), 'the change on disk is kept');
    assert.ok(
      /- name: Rahul Mehta[\s\S]*connected: /.test(text.slice(text.indexOf('\ncontacts:'))),
      'and the action is applied',
    );
  });

  test('the file deleted or renamed before an action: a clear message, nothing recreated silently', async () => {
    await resetNetwork(a, original);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const moved = vscode.Uri.joinPath(networkUri(), '..', 'network-renamed.yaml');
    await vscode.workspace.fs.rename(networkUri(), moved);
    try {
      await waitFor('the store to lose the file', () => a.store.all.length === 0, 10_000);
      await assert.rejects(
        Promise.resolve(vscode.commands.executeCommand('contractorNetwork.accept', { name: 'Priya Anand' })),
        /no network\.yaml/i,
      );
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(networkUri())), 'not recreated');
    } finally {
      await vscode.workspace.fs.rename(moved, networkUri(), { overwrite: true });
      await waitFor('the store to find the file again', () => a.store.all.length === 1, 10_000);
    }
  });
});
