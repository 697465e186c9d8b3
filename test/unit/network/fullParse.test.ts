import * as assert from 'assert';
import { parseFull, parseUnusual } from '../../../src/model/network/fullParse';
import { scanLayout, Unusual } from '../../../src/model/network/lineScan';

function unusualOf(text: string): Unusual {
  try {
    scanLayout(text);
  } catch (e) {
    if (e instanceof Unusual) {
      return e;
    }
    throw e;
  }
  assert.fail('the scan read it');
}

suite('fullParse: the whole file through yaml', () => {
  test('entry lists written inline, with offsets in the file and a parse of their own', () => {
    const text = 'version: 1\ncontacts: [{name: A}, {name: B}]\n';
    const model = parseFull(text, '\n');
    assert.deepStrictEqual(
      [model.fast, model.syntaxErrors, model.contacts.map(e => [e.index, e.parsed.indent, e.parsed.value])],
      [
        false,
        [],
        [
          [0, -1, { name: 'A' }],
          [1, -1, { name: 'B' }],
        ],
      ],
    );
    const b = model.contacts[1];
    assert.strictEqual(text.slice(b.start, b.end), '{name: B}');
    assert.strictEqual(b.parsed.text.slice(b.parsed.node.start, b.parsed.node.end), '{name: B}');
    assert.deepStrictEqual(model.sections[1].value, [{ name: 'A' }, { name: 'B' }]);
  });

  test('aliases across entries, and the kind and offsets of each section', () => {
    const text = 'me: &me {name: Sam}\nempty:\nmap:\n  x: 1\ncontacts:\n- *me\n- name: B\nrules: []\n';
    const model = parseFull(text, '\n');
    assert.deepStrictEqual(
      model.contacts.map(e => e.parsed.value),
      [{ name: 'Sam' }, { name: 'B' }],
    );
    assert.deepStrictEqual(
      model.sections.map(s => [s.key, s.valueKind, s.itemIndent, text.slice(s.lineStart, s.end)]),
      [
        ['me', 'inline', -1, 'me: &me {name: Sam}\n'],
        ['empty', 'empty', -1, 'empty:\n'],
        ['map', 'block-map', -1, 'map:\n  x: 1\n'],
        ['contacts', 'block-seq', 0, 'contacts:\n- *me\n- name: B\n'],
        ['rules', 'flow-seq', -1, 'rules: []\n'],
      ],
    );
  });

  test('a file yaml cannot read is a model with its errors and nothing else', () => {
    const model = parseFull('contacts:\n  - name: A\n  - name: A\n    name: B\n', '\n');
    assert.deepStrictEqual(
      [model.fast, model.sections, model.contacts, model.syntaxErrors.map(e => e.code)],
      [false, [], [], ['yaml-syntax']],
    );
    const dangling = parseFull('contacts:\n  - *nowhere\n', '\r\n');
    assert.deepStrictEqual(
      [dangling.eol, dangling.syntaxErrors.map(e => e.message)],
      ['\r\n', ['YAML syntax: an alias refers to an anchor that is not defined.']],
    );
  });

  test('where the line scan stopped, an error in the lines around it is reported without reading the rest', () => {
    // a tab in B, and another error further on that only a parse of the whole file would see
    const text = 'contacts:\n  - name: A\n  - name: B\n\tcompany: x\n  - name: C\nrules: [\n';
    const model = parseUnusual(text, '\n', unusualOf(text));
    assert.strictEqual(model.fast, false);
    assert.ok(model.syntaxErrors.length > 0);
    const window = [text.indexOf('  - name: B'), text.indexOf('  - name: C')];
    for (const e of model.syntaxErrors) {
      assert.ok(e.start >= window[0] && e.end <= window[1], JSON.stringify(e));
    }
  });

  test('where the lines around it read well, the whole file is parsed', () => {
    const text = 'me: 1\ncontacts: [{name: A}]\nrules: []\n';
    const model = parseUnusual(text, '\n', unusualOf(text));
    assert.deepStrictEqual(
      [model.fast, model.syntaxErrors, model.contacts.map(e => e.parsed.value)],
      [false, [], [{ name: 'A' }]],
    );
  });
});
