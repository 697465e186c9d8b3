import * as assert from 'assert';
import * as fc from 'fast-check';
import { LineIndex, lineColumn } from '../../../src/model/yaml/lineIndex';

const TEXT = 'version: 1\ncontacts:\n  - name: A\n';

suite('line index: offsets and line/column positions', () => {
  test('positions are 0-based lines and columns', () => {
    assert.deepStrictEqual(lineColumn(TEXT, 0), { line: 0, column: 0 });
    assert.deepStrictEqual(lineColumn(TEXT, 9), { line: 0, column: 9 });
    assert.deepStrictEqual(lineColumn(TEXT, 10), { line: 0, column: 10 }, 'the newline ends its line');
    assert.deepStrictEqual(lineColumn(TEXT, 11), { line: 1, column: 0 });
    assert.deepStrictEqual(lineColumn(TEXT, TEXT.indexOf('name')), { line: 2, column: 4 });
    assert.deepStrictEqual(lineColumn(TEXT, TEXT.length), { line: 3, column: 0 }, 'after the last newline');
  });

  test('offsets outside the text are clamped to it', () => {
    assert.deepStrictEqual(lineColumn(TEXT, -5), { line: 0, column: 0 });
    assert.deepStrictEqual(lineColumn(TEXT, TEXT.length + 100), { line: 3, column: 0 });
    assert.deepStrictEqual(lineColumn('no newline', 99), { line: 0, column: 10 });
    const idx = LineIndex.of(TEXT);
    assert.strictEqual(idx.offset(99, 0), idx.lineStart(3));
    assert.strictEqual(idx.offset(-1, 3), 3);
    assert.strictEqual(idx.offset(0, 99), TEXT.length, 'never past the end of the text');
  });

  test('CRLF: the \\r is the last column of its line', () => {
    const crlf = 'a: 1\r\nb: 2\r\n';
    assert.deepStrictEqual(lineColumn(crlf, 4), { line: 0, column: 4 });
    assert.deepStrictEqual(lineColumn(crlf, 6), { line: 1, column: 0 });
    assert.strictEqual(LineIndex.of(crlf).lineCount, 3);
  });

  test('line count, line starts and lines of offsets', () => {
    const idx = LineIndex.of(TEXT);
    assert.strictEqual(idx.lineCount, 4);
    assert.deepStrictEqual(
      [0, 1, 2, 3].map(l => idx.lineStart(l)),
      [0, 11, 21, TEXT.length],
    );
    assert.strictEqual(idx.lineOf(TEXT.indexOf('- name')), 2);
    assert.strictEqual(LineIndex.of('').lineCount, 1);
    assert.deepStrictEqual(lineColumn('', 0), { line: 0, column: 0 });
  });

  test('property: offset -> position -> offset is the identity, and agrees with counting newlines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', ' ', '\n', '\r\n', 'é', '🚀'), { maxLength: 60 }),
        fc.nat(),
        (parts, n) => {
          const text = parts.join('');
          const offset = text.length === 0 ? 0 : n % (text.length + 1);
          const idx = LineIndex.of(text);
          const pos = idx.position(offset);
          const before = text.slice(0, offset);
          assert.strictEqual(pos.line, before.split('\n').length - 1);
          assert.strictEqual(pos.column, offset - (before.lastIndexOf('\n') + 1));
          assert.strictEqual(idx.offset(pos.line, pos.column), offset);
          assert.strictEqual(idx.lineOf(offset), pos.line);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('the index answers for its own text, even when asked about several texts in turn', () => {
    const a = 'a\nb\n';
    const b = 'xx\nyy\nzz\n';
    const c = 'one line';
    for (const [text, offset, line] of [
      [a, 2, 1],
      [b, 6, 2],
      [c, 3, 0],
      [a, 3, 1],
      [b, 3, 1],
    ] as const) {
      assert.strictEqual(LineIndex.of(text).lineOf(offset), line, `${JSON.stringify(text)} @${offset}`);
    }
  });
});
