import * as assert from 'assert';
import * as path from 'path';
import { REPO_ROOT } from '../support/repoRoot';
import { probeLines, sourceFiles, usesIn } from '../support/sourceScan';

// VS Code turns `[label](command:…)` in a notification into a link that runs the command. Every
// notification goes through src/services/notify.ts, which makes the message and the button titles
// plain (plainNotice); a file calling window.show(Information|Warning|Error)Message itself could
// show a contact's name as a live link.

const SERVICE = path.join('src', 'services', 'notify.ts');
const DIRECT = /\bshow(?:Information|Warning|Error)Message\b/g;

/** `file:line` of each direct use of window.show…Message in the file's code. */
const directUses = (file: string): string[] => usesIn(file, DIRECT);

suite('notifications: one service shows them all', () => {
  const files = sourceFiles(path.join(REPO_ROOT, 'src'));

  test('no file but src/services/notify.ts calls window.show(Information|Warning|Error)Message', () => {
    assert.ok(files.length > 50, `the sources were found (${files.length})`);
    const uses = files.filter(f => path.relative(REPO_ROOT, f) !== SERVICE).flatMap(directUses);
    assert.deepStrictEqual(uses, [], 'use notify (src/services/notify.ts) instead');
  });

  test('the service itself shows all three kinds (the check above looks for the right names)', () => {
    const uses = directUses(path.join(REPO_ROOT, SERVICE)).join('\n');
    for (const kind of ['Information', 'Warning', 'Error']) {
      assert.ok(uses.includes(`show${kind}Message`), `show${kind}Message in ${SERVICE}`);
    }
  });

  test('a direct call is found, also one reached through a destructured window or a variable', () => {
    assert.deepStrictEqual(
      probeLines(
        'notify',
        [
          '// showWarningMessage in a comment is fine',
          'const { showErrorMessage } = vscode.window;',
          "void vscode.window.showInformationMessage('x'); /* showWarningMessage */",
          "const url = 'https://example.com'; // showErrorMessage",
        ],
        DIRECT,
      ),
      ['2', '3'],
    );
  });
});
