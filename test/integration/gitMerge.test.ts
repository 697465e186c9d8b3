import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { ContractorNetworkApi } from '../../src/extension';
import type { ResolveResult } from '../../src/commands/mergeCommand';
import { MERGE_CONFLICT_CODE } from '../../src/model/merge/conflictMarkers';
import { parseNetwork } from '../../src/model/network/networkParser';
import { validateNetwork } from '../../src/model/validation/networkValidation';
import { assertNothingLost } from '../support/branchMerge';
import { folder, networkUri, readText, sampleNetworkSuite, treeLabels, waitFor } from './helpers';

/** Runs git in the workspace folder; returns its output, or throws with it. */
function git(...args: string[]): string {
  return execFileSync('git', args, {
    cwd: folder().uri.fsPath,
    encoding: 'utf8',
    env: { ...process.env, GIT_AUTHOR_DATE: '2026-11-26T09:00:00Z', GIT_COMMITTER_DATE: '2026-11-26T09:00:00Z' },
  });
}

suite('merge conflicts from real git', () => {
  let a: ContractorNetworkApi;

  sampleNetworkSuite('2026-11-26', host => {
    a = host;
  });

  suiteTeardown(() => {
    fs.rmSync(path.join(folder().uri.fsPath, '.git'), { recursive: true, force: true });
  });

  /** After git changed network.yaml on disk: the model has what git wrote. */
  async function settled(): Promise<string> {
    const disk = await readText(networkUri());
    await waitFor('the model to read what git wrote', () => a.store.all[0]?.current().text === disk, 15_000);
    return disk;
  }

  async function run(kind: string, name: string, value?: string): Promise<void> {
    await vscode.commands.executeCommand(`contractorNetwork.${kind}`, { name }, value);
  }

  test('two branches of actions, git merge, then Resolve Merge Conflict by Person: nothing lost, one undo step', async function () {
    this.timeout(120_000);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    git('init', '-q', '-b', 'base');
    git('config', 'user.email', 'sam@example.invalid');
    git('config', 'user.name', 'Sam');
    git('config', 'merge.conflictStyle', 'diff3');
    git('add', 'network.yaml');
    git('commit', '-qm', 'base');

    git('checkout', '-qb', 'laptop');
    await run('accept', 'Priya Anand');
    await run('addNote', 'Kenji Sato', 'from the laptop: Q1 budget approved');
    await run('addNote', 'Tobias Ferreira', 'from the laptop: call on Friday');
    git('commit', '-qam', 'laptop triage');

    git('checkout', '-q', '-b', 'desktop', 'base');
    await settled();
    await run('ignore', 'Max Hollis');
    await run('addNote', 'Kenji Sato', 'from the desktop: prefers email');
    await run('remove', 'Tobias Ferreira', 'left the industry');
    git('commit', '-qam', 'desktop triage');

    git('checkout', '-q', 'laptop');
    await settled();
    assert.throws(() => git('merge', 'desktop'), 'git leaves conflict markers');
    const conflicted = await settled();
    const ours = git('show', ':2:network.yaml');
    const theirs = git('show', ':3:network.yaml');
    const base = git('show', ':1:network.yaml');

    // what the user sees before resolving: one problem per conflict, the tree item, the lens, no writes
    const hunks = conflicted.split('\n').filter(l => l.startsWith('<<<<<<<')).length;
    assert.ok(hunks >= 1, conflicted);
    const diagnostics = await waitFor('the conflict diagnostics', () => {
      const d = vscode.languages.getDiagnostics(networkUri()).filter(x => x.code === MERGE_CONFLICT_CODE);
      return d.length === hunks ? d : undefined;
    });
    assert.strictEqual(
      diagnostics[0].range.start.line,
      conflicted.split('\n').findIndex(l => l.startsWith('<<<<<<<')),
    );
    assert.deepStrictEqual(await treeLabels(a), ['network.yaml has a merge conflict']);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      networkUri(),
    );
    const ourLenses = lenses.filter(l => l.command?.command.startsWith('contractorNetwork.')); // VS Code adds Accept Current Change...
    assert.deepStrictEqual(
      ourLenses.map(l => [l.range.start.line, l.command?.title]),
      [[diagnostics[0].range.start.line, 'Resolve merge conflict by person']],
    );
    await assert.rejects(Promise.resolve(run('addNote', 'Kenji Sato', 'typed during the conflict')), /merge conflict/);
    assert.strictEqual(await readText(networkUri()), conflicted, 'no action writes');

    const result = await vscode.commands.executeCommand<ResolveResult>(
      'contractorNetwork.resolveMergeConflict',
      networkUri(),
    );
    const merged = await readText(networkUri());
    console.log(`      resolved from ${result.from}: ${result.message}`);
    assertNothingLost(ours, theirs, base, merged);
    const model = parseNetwork(merged);
    assert.deepStrictEqual(
      validateNetwork(model).filter(p => p.severity === 'error'),
      [],
      'the result validates',
    );
    const names = (list: 'invitations' | 'contacts' | 'archive'): string[] =>
      model[list].map(e => (e.parsed.value as { name: string }).name);
    assert.ok(names('contacts').includes('Priya Anand'), 'the laptop accepted Priya');
    assert.ok(names('archive').includes('Max Hollis'), 'the desktop ignored Max');
    assert.ok(names('archive').includes('Tobias Ferreira'), 'the desktop removed Tobias');
    assert.ok(merged.includes('from the laptop: call on Friday'), 'the note on the removed contact is kept');
    assert.ok(
      merged.includes('from the laptop: Q1 budget approved') && merged.includes('from the desktop: prefers email'),
    );
    await waitFor(
      'the tree to show people again',
      async () => !(await treeLabels(a)).includes('network.yaml has a merge conflict'),
    );

    // one undo step gives the file with its markers back
    const editor = await vscode.window.showTextDocument(networkUri());
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), conflicted);
    await vscode.commands.executeCommand('redo');
    assert.strictEqual(editor.document.getText(), merged);
    await editor.document.save();
    git('add', 'network.yaml');
    git('commit', '-qm', 'merge desktop by person');
    assert.strictEqual(git('status', '--porcelain', '--', 'network.yaml'), '');
  });
});
