import * as assert from 'assert';
import {
  indentOf,
  NEEDS_FULL_PARSE,
  NEEDS_FULL_PARSE_SECTION,
  parseEntryText,
  parseSectionText,
} from '../../../src/model/network/entryParse';
import type { YMap } from '../../../src/model/yaml/syntax';

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

  test('indentOf counts the leading spaces', () => {
    assert.deepStrictEqual(['', 'x', '  - x', '    '].map(indentOf), [0, 0, 2, 4]);
  });
});
