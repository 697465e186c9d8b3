import * as assert from 'assert';
import * as vscode from 'vscode';

suite('harness', () => {
  test('runs inside a real VS Code extension host', () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
    console.log(
      `    VS Code ${vscode.version} (${vscode.env.appName}, uiKind ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'}, remote ${vscode.env.remoteName ?? 'none'})`,
    );
    assert.ok(vscode.workspace.workspaceFolders?.length, 'a workspace folder is open');
  });

  test('a failing in-host test fails the run (only when CN_HARNESS_FAIL=1)', function () {
    if (process.env.CN_HARNESS_FAIL !== '1') {
      this.skip();
    }
    assert.strictEqual(1, 2, 'deliberate failure: proves that a failing in-host test fails npm test');
  });
});
