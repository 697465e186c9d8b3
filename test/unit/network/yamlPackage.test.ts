import * as assert from 'assert';
import { parseDocument } from 'yaml';
import { safeToJS, YAML_OPTIONS, yamlProblem } from '../../../src/model/network/yamlPackage';

suite('yamlPackage: the yaml package as the parser calls it', () => {
  test('an unclosed quote is reported where it opens, to the end of its line', () => {
    const text = '- name: "open\n  company: x\n';
    const doc = parseDocument(text, YAML_OPTIONS);
    const p = yamlProblem(doc.errors[0], text);
    assert.deepStrictEqual([p.code, p.severity, text.slice(p.start, p.end)], ['yaml-syntax', 'error', '"open']);
    assert.strictEqual(p.message, 'This quoted value is never closed: add the closing " at the end of the value.');
  });

  test('other errors keep their place, their message without line and column', () => {
    const text = '- a: 1\n  a: 2\n';
    const p = yamlProblem(parseDocument(text, YAML_OPTIONS).errors[0], text);
    assert.deepStrictEqual([p.start, p.end], [9, 10]);
    assert.strictEqual(p.message, 'YAML syntax: Map keys must be unique');
  });

  test('plain data, with aliases that point nowhere and alias bombs reported, not thrown', () => {
    const ok = parseDocument('a: &x 1\nb: *x\n', YAML_OPTIONS);
    assert.deepStrictEqual(safeToJS(ok, ok.contents), { value: { a: 1, b: 1 } });
    assert.deepStrictEqual(safeToJS(ok, null), { value: null });

    const missing = parseDocument('- *x\n', YAML_OPTIONS);
    assert.deepStrictEqual(safeToJS(missing, missing.contents), { aliasMissing: true });

    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [name, below] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
    ]) {
      levels.push(`${name}: &${name} [${Array(10).fill(`*${below}`).join(', ')}]`);
    }
    const bomb = parseDocument(levels.join('\n') + '\n', YAML_OPTIONS);
    const converted = safeToJS(bomb, bomb.contents);
    assert.deepStrictEqual(
      [converted.value, converted.error?.code, converted.error?.start],
      [undefined, 'yaml-resource', 0],
    );
    assert.match(converted.error?.message ?? '', /^Too many aliases/);
  });
});
