import * as assert from 'assert';
import { inlineValueEnd, keyLineValueKind } from '../../../src/model/network/keyLineValue';

/** The value written after `key: ` on a one-line text, as the key line scan cuts it. */
function inlineOf(line: string): string {
  const v = line.indexOf(': ') + 2;
  return line.slice(v, inlineValueEnd(line, v, line.length));
}

suite('keyLineValue: the value written on a top-level key line', () => {
  test('ends before a comment and trailing spaces, but not inside quotes', () => {
    const cases: [string, string][] = [
      ['version: 1', '1'],
      ['version: 1   ', '1'],
      ['version: 1 # the format', '1'],
      ['note: a#b', 'a#b'],
      ['note: "a # b" # c', '"a # b"'],
      ['note: "a \\" # b" # c', '"a \\" # b"'],
      ["note: 'it''s # x' # c", "'it''s # x'"],
      ['note: "open # c', '"open # c'], // a quote left open: no comment on the line
      ['contacts: [ ] # none yet', '[ ]'],
    ];
    for (const [line, value] of cases) {
      assert.strictEqual(inlineOf(line), value, line);
    }
  });

  test('the kind of value it makes; an entry list written inline with items is left to yaml', () => {
    const cases: [boolean, string, string | undefined][] = [
      [false, '', 'empty'],
      [false, '1', 'inline'],
      [false, '[a]', 'inline'],
      [true, '', 'empty'],
      [true, '[]', 'flow-seq'],
      [true, '[  ]', 'flow-seq'],
      [true, '~', 'empty'],
      [true, 'null', 'empty'],
      [true, '[{name: A}]', undefined],
      [true, 'x', undefined],
    ];
    for (const [isList, inline, kind] of cases) {
      assert.strictEqual(keyLineValueKind(isList, inline), kind, `${isList} ${inline}`);
    }
  });
});
