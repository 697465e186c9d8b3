import * as assert from 'assert';
import * as fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { formatFlowString, formatString, isSafePlain, quoteDouble, resolvePlain } from '../../../src/model/yaml/scalar';
import { runs } from '../../support/runs';

/** What the `yaml` package (YAML 1.2, core schema) reads `k: <source>` as. */
const yamlValue = (source: string): unknown => (parseYaml(`k: ${source}\n`) as { k: unknown }).k;

/** Plain scalars of every kind the core schema knows, and near misses. */
const PLAIN = [
  '',
  '~',
  'null',
  'Null',
  'NULL',
  'nULL',
  'true',
  'True',
  'TRUE',
  'tRUE',
  'false',
  'FALSE',
  'yes',
  'no',
  'on',
  'off',
  '0',
  '-0',
  '+12',
  '007',
  '0o17',
  '0o8',
  '0x1F',
  '0X1F',
  '0xg',
  '1.5',
  '.5',
  '5.',
  '-.5',
  '1e3',
  '1E-3',
  '+1.5e+3',
  '1e',
  '.inf',
  '-.Inf',
  '+.INF',
  '.nan',
  '.NaN',
  'NaN',
  '2026-11-20',
  '2026-13-45',
  '1-2',
  '12-',
  '1e-3',
  '1.5e-3',
  '1E-3-4',
  '1e--3',
  '0x1-2',
  '1.-5',
  '+1-2',
  '-1-2',
  '1_000',
  '12:30',
  '-dash',
  '.dot',
  'Nordwerk GmbH',
  'tomorrow',
  'n',
  'f',
];

suite('YAML scalars: reading plain values and writing strings', () => {
  test('plain scalars are typed exactly as the yaml package types them', () => {
    for (const source of PLAIN) {
      const expected = yamlValue(source);
      const actual = resolvePlain(source);
      if (typeof expected === 'number' && Number.isNaN(expected)) {
        assert.ok(typeof actual === 'number' && Number.isNaN(actual), source);
      } else {
        assert.strictEqual(actual, expected, source);
      }
    }
  });

  test('words that are not null, booleans or numbers stay strings (YAML 1.2: yes and no are words)', () => {
    assert.strictEqual(resolvePlain('yes'), 'yes');
    assert.strictEqual(resolvePlain('2026-11-20'), '2026-11-20');
    assert.strictEqual(resolvePlain('true'), true);
    assert.strictEqual(resolvePlain('0x1F'), 31);
    assert.strictEqual(resolvePlain(''), null);
  });

  test('a string is written plain when it reads back as itself, else double-quoted', () => {
    const cases: [string, string][] = [
      ['Tobias Ferreira', 'Tobias Ferreira'],
      ['Acme, Inc.', 'Acme, Inc.'],
      ['2026-11-20', '2026-11-20'],
      ["O'Brien", "O'Brien"],
      ['-dash', '-dash'],
      ['true', '"true"'],
      ['123', '"123"'],
      ['null', '"null"'],
      ['', '""'],
      ['- item', '"- item"'],
      ['a: b', '"a: b"'],
      ['trailing:', '"trailing:"'],
      ['x #y', '"x #y"'],
      ['#tag', '"#tag"'],
      ['*star', '"*star"'],
      ['[x]', '"[x]"'],
      [' lead', '" lead"'],
      ['trail ', '"trail "'],
      ['new\nline', '"new\\nline"'],
      ['tab\there', '"tab\\there"'],
      ['say "hi"', 'say "hi"'],
      ['"quoted"', '"\\"quoted\\""'],
    ];
    for (const [s, written] of cases) {
      assert.strictEqual(formatString(s), written, JSON.stringify(s));
    }
    assert.ok(!isSafePlain('x'.repeat(1001)), 'very long strings are quoted');
  });

  test('inside flow collections, commas and brackets are quoted too', () => {
    assert.strictEqual(formatFlowString('kafka'), 'kafka');
    assert.strictEqual(formatFlowString('data, eng'), '"data, eng"');
    assert.strictEqual(formatFlowString('a{b}'), '"a{b}"');
    assert.strictEqual(formatFlowString('a]'), '"a]"');
  });

  test('double quotes escape what YAML would not keep as written', () => {
    assert.strictEqual(quoteDouble('a\u2028b'), '"a\\u2028b"');
    assert.strictEqual(quoteDouble('\ufeffbom'), '"\\ufeffbom"');
    assert.strictEqual(quoteDouble('\u0085'), '"\\u0085"');
    assert.strictEqual(quoteDouble('back\\slash'), '"back\\\\slash"');
  });

  test('property: any string written as a block value or a flow list item reads back as the same string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 30 }),
          fc.constantFrom(...PLAIN),
          fc.string({ unit: 'grapheme', maxLength: 8 }),
        ),
        s => {
          assert.strictEqual(yamlValue(formatString(s)), s, `block: ${JSON.stringify(s)} as ${formatString(s)}`);
          const list = parseYaml(`k: [${formatFlowString(s)}, x]\n`) as { k: unknown[] };
          assert.deepStrictEqual(list.k, [s, 'x'], `flow: ${JSON.stringify(s)} as ${formatFlowString(s)}`);
        },
      ),
      { numRuns: runs(1000) },
    );
  });

  test('property: a string judged safe to write plain is read back by resolvePlain as itself', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), s => {
        if (isSafePlain(s)) {
          assert.strictEqual(resolvePlain(s), s);
          assert.strictEqual(yamlValue(s), s);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
