import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  indentOf,
  NEEDS_FULL_PARSE,
  NEEDS_FULL_PARSE_SECTION,
  parseEntryText,
  parseEntryWithYaml,
  parseSectionText,
  parseSectionWithYaml,
} from '../../../src/model/network/entryParse';
import { scanLayout } from '../../../src/model/network/lineScan';
import { itemEnd, itemStart } from '../../../src/model/network/layout';
import { parseMapFast, parseSequenceFast } from '../../../src/model/yaml/fastEntryParser';
import type { YMap } from '../../../src/model/yaml/syntax';
import { generateNetwork } from '../../../bench/generateNetwork';
import { REPO_ROOT as ROOT } from '../../support/repoRoot';

suite('entryParse: one entry on its own', () => {
  test('the fast path: value, indent and offsets relative to the entry text', () => {
    const slice = '  - name: Ada\n    tags: [x, 2]\n';
    const parsed = parseEntryText(slice);
    assert.deepStrictEqual(
      [parsed.text, parsed.indent, parsed.value, parsed.errors],
      [slice, 2, { name: 'Ada', tags: ['x', 2] }, []],
    );
    const name = (parsed.node as YMap).pairs[0];
    assert.strictEqual(slice.slice(name.value.start, name.value.end), 'Ada');
    assert.deepStrictEqual(parsed.memo, {
      person: undefined,
      identity: undefined,
      identityNumber: -1,
      identityGeneration: -1,
      problems: undefined,
      due: undefined,
    });
  });

  test('a `__proto__` key is data, not the prototype', () => {
    const value = parseEntryText('- __proto__: x\n').value as Record<string, unknown>;
    assert.deepStrictEqual(Object.keys(value), ['__proto__']);
    assert.strictEqual(Object.getPrototypeOf(value), Object.prototype);
  });

  test('what the fast parser declines is read by yaml, with the same offsets convention', () => {
    const slice = '  - name: &n Ada\n    alias: *n\n    note: |\n      two\n      lines\n';
    const parsed = parseEntryText(slice);
    assert.deepStrictEqual(
      [parsed.indent, parsed.value, parsed.errors],
      [2, { name: 'Ada', alias: 'Ada', note: 'two\nlines\n' }, []],
    );
    const name = (parsed.node as YMap).pairs[0];
    assert.strictEqual(slice.slice(name.keyStart, name.keyEnd), 'name');
  });

  test('syntax errors are kept with the entry, at offsets in its text', () => {
    const slice = '  - name: A\n    name: B\n';
    const parsed = parseEntryText(slice);
    assert.strictEqual(parsed.errors.length, 1);
    assert.strictEqual(slice.slice(parsed.errors[0].start, parsed.errors[0].end), 'n');
    assert.strictEqual(parsed.errors[0].start, slice.lastIndexOf('name'));
    assert.strictEqual(parsed.value, null);
  });

  test('asks for a full parse when the entry needs the rest of the file', () => {
    assert.strictEqual(parseEntryText('- *elsewhere\n'), NEEDS_FULL_PARSE);
    assert.strictEqual(parseEntryText('- name: A\n- name: B\n'), NEEDS_FULL_PARSE, 'two items: the scan cut wrong');
    assert.strictEqual(parseEntryText('name: A\n'), NEEDS_FULL_PARSE);
  });

  test('a section that is not an entry list: its value, its errors, or a full parse', () => {
    assert.deepStrictEqual(parseSectionText('me:\n  name: Sam\n', 'me'), { value: { name: 'Sam' }, errors: [] });
    assert.deepStrictEqual(parseSectionText('version: 1 # c\n', 'version'), { value: 1, errors: [] });
    const broken = parseSectionText('me: a: b\n', 'me');
    assert.deepStrictEqual(
      [broken.value, broken.errors.map(e => [e.code, e.start])],
      [undefined, [['yaml-syntax', 4]]],
    );
    assert.strictEqual(parseSectionText('me: *x\n', 'me'), NEEDS_FULL_PARSE_SECTION);
    assert.strictEqual(parseSectionText('me: 1\nyou: 2\n', 'me'), NEEDS_FULL_PARSE_SECTION);
  });

  test('a section the fast path reads: the same value as `yaml`; what it declines goes to `yaml`', () => {
    const cases: [string, string][] = [
      ['version: 1 # c\n', 'version'],
      ['me:\n  name: Sam   # me\n  rate: 850\n\n  ir35: outside\n# after\n', 'me'],
      ['cadence:                 # days\n  client: 30\n  peer: 90\n', 'cadence'],
      ['me: { name: Sam, rate: 850 }\n', 'me'],
      ['tags: [a, "b c", 3]\n', 'tags'],
      ['empty:\n', 'empty'],
      ['empty: # nothing\n', 'empty'],
      ['list:\n- a\n- b\n', 'list'],
      ["quoted: 'it''s'\n", 'quoted'],
      ['x: 2026-11-26\n', 'x'],
    ];
    for (const [slice, key] of cases) {
      assert.ok(parseMapFast(slice), `the fast path reads ${JSON.stringify(slice)}`);
      assert.deepStrictEqual(parseSectionText(slice, key), parseSectionWithYaml(slice, key), slice);
    }
    for (const slice of ['me: &a\n  name: Sam\n', 'me: |\n  text\n', 'me:\n  name: Sam\n  name: Al\n']) {
      assert.strictEqual(parseMapFast(slice), undefined, `declined: ${JSON.stringify(slice)}`);
      assert.deepStrictEqual(parseSectionText(slice, 'me'), parseSectionWithYaml(slice, 'me'), slice);
    }
  });

  test('the examples, the contract fixture and the bench network: every section and entry read by the fast path, with `yaml`’s values', () => {
    const texts: [string, string][] = [
      ['examples/network.yaml', fs.readFileSync(path.join(ROOT, 'examples', 'network.yaml'), 'utf8')],
      [
        'test/fixtures/network/contract-example.yaml',
        fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'network', 'contract-example.yaml'), 'utf8'),
      ],
      ['the bench network, 300 contacts', generateNetwork(300)],
    ];
    for (const [name, text] of texts) {
      let sections = 0;
      let entries = 0;
      for (const raw of scanLayout(text).sections) {
        if (!raw.items) {
          const slice = text.substring(raw.lineStart, raw.end);
          assert.ok(parseMapFast(slice), `${name}: the fast path reads the section ${raw.key}`);
          assert.deepStrictEqual(parseSectionText(slice, raw.key), parseSectionWithYaml(slice, raw.key), raw.key);
          sections++;
          continue;
        }
        for (const item of raw.items) {
          const start = itemStart(raw, item);
          const slice = text.substring(start, itemEnd(raw, item));
          assert.ok(parseSequenceFast(slice), `${name}: the fast path reads the entry at ${start}`);
          assert.deepStrictEqual(
            parseEntryText(slice).value,
            parseEntryWithYaml(slice).value,
            `${name}: the entry at ${start}`,
          );
          entries++;
        }
      }
      assert.ok(sections >= 2 && entries > 0, `${name}: ${sections} sections, ${entries} entries`);
    }
  });

  test('indentOf counts the leading spaces', () => {
    assert.deepStrictEqual(['', 'x', '  - x', '    '].map(indentOf), [0, 0, 2, 4]);
  });
});
