import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../support/repoRoot';

// VS Code turns `[label](command:…)` in a notification into a link that runs the command. Every
// notification goes through src/services/notify.ts, which makes the message and the button titles
// plain (plainNotice); a file calling window.show(Information|Warning|Error)Message itself could
// show a contact's name as a live link.

const SERVICE = path.join('src', 'services', 'notify.ts');
const DIRECT = /\bshow(?:Information|Warning|Error)Message\b/g;

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap(d =>
      d.isDirectory() ? sourceFiles(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : [],
    );
}

/** The code of a file with its comments blanked (a comment may name the API it avoids). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\/|(?<![:'"`\\])\/\/[^\n]*/g, c => c.replace(/[^\n]/g, ' '));
}

/** `file:line` of each direct use of window.show…Message in the file's code. */
function directUses(file: string): string[] {
  const lines = code(fs.readFileSync(file, 'utf8')).split('\n');
  return lines.flatMap((line, i) =>
    [...line.matchAll(DIRECT)].map(() => `${path.relative(REPO_ROOT, file)}:${i + 1}: ${line.trim()}`),
  );
}

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
    const probe = path.join(REPO_ROOT, 'out', 'notify-probe.tmp.ts');
    fs.mkdirSync(path.dirname(probe), { recursive: true });
    fs.writeFileSync(
      probe,
      [
        '// showWarningMessage in a comment is fine',
        'const { showErrorMessage } = vscode.window;',
        "void vscode.window.showInformationMessage('x'); /* showWarningMessage */",
        "const url = 'https://example.com'; // showErrorMessage",
      ].join('\n'),
    );
    try {
      assert.deepStrictEqual(
        directUses(probe).map(u => u.split(':')[1]),
        ['2', '3'],
      );
    } finally {
      fs.rmSync(probe);
    }
  });
});
