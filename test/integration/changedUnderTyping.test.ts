import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
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

const CHANGED = /changed on disk \(a git checkout or pull\?\) while you have unsaved changes in the editor/;

// The repository's git directory is kept outside the workspace (GIT_DIR, GIT_WORK_TREE): git
// checks files out into the workspace as usual, but no `.git` appears there, so VS Code's own Git
// extension never opens this repository. (When it had, its background `git check-ignore` on the
// repository deleted by the teardown ended in an uncaught EPIPE inside the shared extension host,
// which mocha pinned on the next suite's test.)
const GIT_DIR = path.join(os.tmpdir(), `cn-changed-under-typing-${process.pid}.git`);

/** Runs git on the workspace folder; returns its output, or throws with it. */
function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: folder().uri.fsPath,
    encoding: 'utf8',
    env: { ...process.env, GIT_DIR, GIT_WORK_TREE: folder().uri.fsPath },
  });
}

/**
 * Records the warnings the extension shows (the test and the extension share one `vscode.window`)
 * and answers each with `click` (a button title) instead of showing it; `restore()` puts it back.
 */
function captureWarnings(click?: string): {
  readonly shown: { message: string; buttons: unknown[] }[];
  restore(): void;
} {
  const shown: { message: string; buttons: unknown[] }[] = [];
  const w = vscode.window as unknown as Record<string, unknown>;
  const original = w.showWarningMessage;
  w.showWarningMessage = (message: string, ...buttons: unknown[]) => {
    shown.push({ message, buttons });
    return Promise.resolve(buttons.includes(click) ? click : undefined);
  };
  return { shown, restore: () => (w.showWarningMessage = original) };
}

/** Leaves no unsaved changes behind for the next test (closing a dirty editor asks to save). */
async function revertIfDirty(doc: vscode.TextDocument): Promise<void> {
  if (doc.isDirty) {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
}

suite('network.yaml changed on disk under unsaved typing', () => {
  let a: ContractorNetworkApi;
  let original: string;

  sampleNetworkSuite('2026-11-26', (host, text) => {
    a = host;
    original = text;
  });

  // VS Code for the Web (the test host) auto-saves after a second by default: the typing must stay unsaved
  const files = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('files');
  suiteSetup(() => files().update('autoSave', 'off', vscode.ConfigurationTarget.Global));

  suiteTeardown(async () => {
    fs.rmSync(GIT_DIR, { recursive: true, force: true });
    await files().update('autoSave', undefined, vscode.ConfigurationTarget.Global);
  });

  test('git checkout of another network.yaml under unsaved typing: the action refuses and says so, the typing and the checked-out file are both kept; Revert File on the message takes the checked-out file', async function () {
    this.timeout(90_000);
    await resetNetwork(a, original);
    git('init', '-q', '-b', 'laptop');
    git('config', 'user.email', 'sam@example.invalid');
    git('config', 'user.name', 'Sam');
    git('add', 'network.yaml');
    git('commit', '-qm', 'laptop');
    git('checkout', '-qb', 'desktop');
    const desktop = original.replace(
      'Wants a Kafka migration blueprint.',
      'Wants a Kafka migration blueprint (said on the desktop).',
    );
    assert.notStrictEqual(desktop, original, 'the sample has the note this test changes');
    fs.writeFileSync(networkUri().fsPath, desktop);
    git('commit', '-qam', 'desktop');
    git('checkout', '-q', 'laptop');
    await waitFor('the model to follow git', () => a.store.all[0]?.current().text === original, 15_000);

    const editor = await openNetwork();
    // the extension reads what the disk holds when the document opens (a user types later than that)
    assert.strictEqual(await a.store.all[0].disk.changed(), false);
    await editor.edit(e => e.insert(new vscode.Position(0, 0), '# typed on the laptop, not saved\n'));
    assert.ok(editor.document.isDirty);
    const typed = editor.document.getText();

    const warnings = captureWarnings('Revert File');
    try {
      git('checkout', '-q', 'desktop');
      assert.strictEqual(await readText(networkUri()), desktop, 'git wrote the other version');
      await assert.rejects(
        Promise.resolve(vscode.commands.executeCommand('contractorNetwork.later', { name: 'Priya Anand' })),
        CHANGED,
      );
      assert.strictEqual(
        editor.document.getText(),
        typed,
        'the typing is still in the editor, and nothing added to it',
      );
      assert.ok(editor.document.isDirty, 'still unsaved');
      assert.strictEqual(await readText(networkUri()), desktop, 'the checked-out file is not overwritten');
      assert.strictEqual(warnings.shown.length, 1, JSON.stringify(warnings.shown));
      assert.match(
        warnings.shown[0].message,
        /^network\.yaml changed on disk .* your typing and the file on disk are both kept/,
      );
      assert.deepStrictEqual(warnings.shown[0].buttons, ['Compare', 'Revert File']);

      // the button (clicked by the capture) runs VS Code's Revert File: the document takes the disk's text
      await waitFor(
        'the document to hold the checked-out file',
        () => !editor.document.isDirty && editor.document.getText() === desktop,
      );
      await vscode.commands.executeCommand('contractorNetwork.later', { name: 'Priya Anand' });
      const after = await readText(networkUri());
      assert.ok(
        after.includes('said on the desktop') && after.includes('snoozed: 2026-12-03'),
        'the action works on the checked-out file',
      );
      assert.strictEqual(warnings.shown.length, 1, 'no second warning');
    } finally {
      warnings.restore();
      await revertIfDirty(editor.document);
    }
  });

  test('an action while VS Code still writes the save of the typing (the file half written, as a large file is in a remote window): not refused, applied to the editor', async function () {
    this.timeout(60_000);
    await resetNetwork(a, original);
    const warnings = captureWarnings();
    const editor = await openNetwork();
    const doc = editor.document;
    // VS Code writes a large file in pieces: while its save is under way the file holds the start
    // of the new text. Here the save is held in its will-save step with that on disk.
    let writing = false;
    let release = (): void => undefined;
    const held = vscode.workspace.onWillSaveTextDocument(e => {
      if (e.document.uri.toString() === doc.uri.toString() && !writing) {
        writing = true;
        const saved = e.document.getText();
        fs.writeFileSync(networkUri().fsPath, saved.slice(0, saved.length >> 1));
        e.waitUntil(new Promise<void>(resolve => (release = resolve)));
      }
    });
    let saving: Thenable<boolean> | undefined;
    try {
      await waitFor('the document to hold the file', () => !doc.isDirty && doc.getText() === original);
      assert.strictEqual(await a.store.all[0].disk.changed(), false);
      await editor.edit(e => e.insert(new vscode.Position(0, 0), '# typed, being saved\n'));
      saving = doc.save();
      await waitFor('the save to begin', () => writing);
      await vscode.commands.executeCommand('contractorNetwork.addNote', { name: 'Kenji Sato' }, 'while it saves');
      assert.ok(doc.getText().includes('while it saves'), 'applied to the document');
      assert.deepStrictEqual(
        warnings.shown.filter(w => CHANGED.test(w.message)),
        [],
        'no changed-on-disk warning',
      );
    } finally {
      // the file as it was before the held save (so the save finds no conflict), then let it go on
      fs.writeFileSync(networkUri().fsPath, original);
      release();
      held.dispose();
      await saving;
      warnings.restore();
      await revertIfDirty(doc);
    }
  });

  test('the usual flows are not refused: type, save, act; type right after a save and act; the same text rewritten on disk under the typing; the disk holding exactly the typing', async function () {
    this.timeout(60_000);
    await resetNetwork(a, original);
    const warnings = captureWarnings();
    const editor = await openNetwork();
    const doc = editor.document;
    try {
      await waitFor('the document to hold the file', () => !doc.isDirty && doc.getText() === original);
      await editor.edit(e => e.insert(new vscode.Position(0, 0), '# typed and saved\n'));
      assert.ok(await doc.save(), 'saved');
      await vscode.commands.executeCommand('contractorNetwork.later', { name: 'Priya Anand' });
      assert.ok(!doc.isDirty, 'a clean document is saved after the action');
      assert.match(await readText(networkUri()), /^# typed and saved\n[\s\S]*snoozed: 2026-12-03/);

      // the first keystroke after the action's save, then an action on the dirty document
      await editor.edit(e => e.insert(new vscode.Position(0, 0), '# typed after the save\n'));
      await vscode.commands.executeCommand('contractorNetwork.addNote', { name: 'Kenji Sato' }, 'typed, then acted');
      assert.ok(doc.isDirty && doc.getText().includes('typed, then acted'), 'applied to the dirty document');
      assert.ok(!(await readText(networkUri())).includes('# typed after the save'), 'and not saved');

      // a program rewrites the file with the text it already had (a touch): nothing changed under the typing
      const disk = await readText(networkUri());
      await writeText(networkUri(), disk);
      await vscode.commands.executeCommand('contractorNetwork.addNote', { name: 'Kenji Sato' }, 'after the touch');
      assert.ok(doc.getText().includes('after the touch'));

      // the file rewritten with exactly what the editor holds, the document still marked unsaved
      // (another tool saving the same text; a save whose event has not arrived yet): nothing to lose
      await writeText(networkUri(), doc.getText());
      assert.ok(doc.isDirty, 'still marked unsaved');
      await vscode.commands.executeCommand('contractorNetwork.addNote', { name: 'Kenji Sato' }, 'after the same text');
      assert.ok(doc.getText().includes('after the same text'), 'applied, not refused');
      assert.deepStrictEqual(
        warnings.shown.filter(w => CHANGED.test(w.message)),
        [],
        'no changed-on-disk warning',
      );
    } finally {
      warnings.restore();
      await revertIfDirty(doc);
    }
  });
});
