import * as assert from 'assert';
import * as path from 'path';
import { REPO_ROOT } from '../support/repoRoot';
import { probeLines, sourceFiles, usesIn } from '../support/sourceScan';

// VS Code turns `$(name)` in a status-bar text into an icon, and a right-to-left override in a
// name reorders what follows it. Every status-bar text goes through src/services/statusText.ts,
// which makes the text plain (plainStatus) and takes our own icons apart; a file calling
// window.setStatusBarMessage, or holding a status-bar item whose text it could set, could show a
// contact's `$(zap) Boss` as an icon.

const SERVICE = path.join('src', 'services', 'statusText.ts');
const DIRECT = /\b(?:setStatusBarMessage|createStatusBarItem)\b/g;

const directUses = (file: string): string[] => usesIn(file, DIRECT);

suite('status-bar texts: one service sets them all', () => {
  const files = sourceFiles(path.join(REPO_ROOT, 'src'));

  test('no file but src/services/statusText.ts calls window.setStatusBarMessage or createStatusBarItem', () => {
    assert.ok(files.length > 50, `the sources were found (${files.length})`);
    const uses = files.filter(f => path.relative(REPO_ROOT, f) !== SERVICE).flatMap(directUses);
    assert.deepStrictEqual(uses, [], 'use status (src/services/statusText.ts) instead');
  });

  test('the service itself makes both (the check above looks for the right names), and sets an item’s text only from plain parts', () => {
    const uses = directUses(path.join(REPO_ROOT, SERVICE));
    for (const api of ['setStatusBarMessage(plainStatus(', 'createStatusBarItem(']) {
      assert.ok(
        uses.some(u => u.includes(api)),
        `${api} in ${SERVICE}: ${uses.join(' | ')}`,
      );
    }
    const texts = usesIn(path.join(REPO_ROOT, SERVICE), /\.text\s*=(?!=)/g);
    assert.deepStrictEqual(
      texts.map(t => t.replace(/^[^:]*:\d+: /, '')),
      ['item.text = plainStatus(parts);'],
    );
  });

  test('a direct call is found, also one reached through a destructured window', () => {
    assert.deepStrictEqual(
      probeLines(
        'status',
        [
          '// setStatusBarMessage in a comment is fine',
          'const { setStatusBarMessage } = vscode.window;',
          "vscode.window.createStatusBarItem('x'); /* setStatusBarMessage */",
          "const url = 'https://example.com'; // createStatusBarItem",
        ],
        DIRECT,
      ),
      ['2', '3'],
    );
  });
});
