import * as assert from 'assert';
import { inlineData, inlineValue } from '../../../src/model/yaml/fastInlineValue';
import { nodeValue } from '../../../src/model/yaml/nodeValue';
import { DECLINE } from '../../../src/model/yaml/fastSubset';
import type { YMap, YNode, YSeq } from '../../../src/model/yaml/syntax';

/** The value written in `line`, read from its start to its end. */
function read(line: string): YNode {
  return inlineValue(line, 0, line.length);
}

function declines(line: string): void {
  assert.throws(
    () => read(line),
    (e: unknown) => e === DECLINE,
    JSON.stringify(line),
  );
}

suite('fastInlineValue: values written on one line', () => {
  test('plain scalars are typed as YAML 1.2 types them and end before a comment', () => {
    const cases: [string, unknown, string][] = [
      ['Ada Lovelace', 'Ada Lovelace', 'Ada Lovelace'],
      ['42', 42, '42'],
      ['1.5', 1.5, '1.5'],
      ['true', true, 'true'],
      ['~', null, '~'],
      ['2026-01-01', '2026-01-01', '2026-01-01'],
      ['a:b # note', 'a:b', 'a:b'],
      ['x#y', 'x#y', 'x#y'],
      ['trailing   ', 'trailing', 'trailing'],
    ];
    for (const [line, value, text] of cases) {
      const node = read(line);
      assert.deepStrictEqual(
        [node.kind, node.kind === 'scalar' && node.value, line.slice(node.start, node.end)],
        ['scalar', value, text],
        line,
      );
    }
  });

  test('inlineData gives the value inlineValue and nodeValue give, and declines the same lines', () => {
    const lines = [
      'Ada Lovelace',
      '42',
      '2026-01-01 # met',
      'a:b # note',
      'trailing   ',
      '"quoted" # c',
      "'single'",
      '[a, b]',
      '{a: 1}',
      'a: b',
      '- x',
      '&anchor x',
      '"open',
      '[a, b] x',
    ];
    for (const line of lines) {
      const outcome = (f: () => unknown): unknown => {
        try {
          return { value: f() };
        } catch (e) {
          return e === DECLINE ? 'declined' : e;
        }
      };
      assert.deepStrictEqual(
        outcome(() => inlineData(line, 0, line.length)),
        outcome(() => nodeValue(read(line))),
        line,
      );
    }
  });

  test('quoted scalars: escapes, doubled single quotes, their style and where they end', () => {
    const cases: [string, string, string, number][] = [
      ['"a\\tb\\u00e9\\x41\\U0001F680\\\\"', 'a\tbéA🚀\\', 'double', 28],
      ["'It''s'", "It's", 'single', 7],
      ['"" # empty', '', 'double', 2],
    ];
    for (const [line, value, style, end] of cases) {
      const node = read(line);
      assert.deepStrictEqual(
        node.kind === 'scalar' && [node.value, node.style, node.start, node.end],
        [value, style, 0, end],
        line,
      );
    }
  });

  test('flow collections of scalars, with the offsets of their items', () => {
    const seq = read('[a, "b c", 3] # tags') as YSeq;
    assert.deepStrictEqual(
      [seq.kind, seq.flow, seq.start, seq.end, seq.items.map(i => [i.node.start, i.node.end])],
      [
        'seq',
        true,
        0,
        13,
        [
          [1, 2],
          [4, 9],
          [11, 12],
        ],
      ],
    );
    const map = read('{web: x.example, n: 1}') as YMap;
    assert.deepStrictEqual(
      map.pairs.map(p => [p.key, p.keyStart, p.keyEnd, p.value.kind === 'scalar' && p.value.value]),
      [
        ['web', 1, 4, 'x.example'],
        ['n', 17, 18, 1],
      ],
    );
    assert.deepStrictEqual([(read('[ ]') as YSeq).items, (read('{}') as YMap).pairs], [[], []]);
  });

  test('declines what is outside the subset', () => {
    for (const line of [
      '&anchor x',
      '*alias',
      '!tag x',
      '|',
      '>',
      '- x',
      'a: b',
      '"open',
      '"line\\',
      '"\\q"',
      '"\\u12"',
      '"\\U00110000"',
      '"quoted": key',
      '"x" y',
      '[a, b,]',
      '[a,, b]',
      '[a, [b]]',
      '[a',
      '[a: b]',
      '{a: b, a: c}',
      '{true: x}',
      '{a:b}',
      '{a: }',
      '@x',
    ]) {
      declines(line);
    }
  });
});
