import * as assert from 'assert';
import * as fc from 'fast-check';
import { parseDocument } from 'yaml';
import { NetworkParser, parseNetwork } from '../../../src/model/network/networkParser';
import type { NetworkModel } from '../../../src/model/network/network';
import { network, renderNetwork } from '../../support/networkArbitrary';
import { runs } from '../../support/runs';

/** What the full `yaml` parse says: errors or the data. */
function full(text: string): { broken: boolean; data?: unknown } {
  const doc = parseDocument(text, { uniqueKeys: true, strict: true, logLevel: 'error' });
  if (doc.errors.length) {
    return { broken: true };
  }
  try {
    return { broken: false, data: doc.toJS({ maxAliasCount: 1000 }) };
  } catch {
    return { broken: true };
  }
}

function dataOf(m: NetworkModel): unknown {
  if (m.sections.length === 0) {
    return null;
  }
  return Object.fromEntries(m.sections.map(s => [s.key, s.value]));
}

function assertAgrees(text: string): void {
  const expected = full(text);
  const m = parseNetwork(text);
  if (!expected.broken && m.syntaxErrors.some(e => /Missing closing|never closed/.test(e.message))) {
    // The one documented difference: a quote or bracket left open in one entry is reported there,
    // where `yaml` would read on into the following entries (docs/network-format.md, "One thing that
    // differs from a plain YAML parser").
    // What the rest of that entry then reads as, inside the open quote, may add a problem of its
    // own (an `\s` in a later field is an invalid escape there): fast-check seed -1207068992.
    return;
  }
  assert.strictEqual(
    m.syntaxErrors.length > 0,
    expected.broken,
    `broken? fast=${JSON.stringify(m.syntaxErrors.map(e => e.message))} full=${expected.broken}\n${JSON.stringify(text)}`,
  );
  // complex (`? `) keys have no string form both sides agree on; the data of such files is not compared
  if (!expected.broken && !/^\?/m.test(text)) {
    assert.deepStrictEqual(dataOf(m), expected.data ?? null, JSON.stringify(text));
  }
}

const MUTATION_CHARS = [
  ' ',
  '  ',
  '\n',
  '\r\n',
  ':',
  ': ',
  '#',
  ' #',
  '-',
  '- ',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '!',
  '|',
  '>',
  '\t',
  '?',
  '\\',
  'x',
  '---',
  '...',
  '%',
];

suite('parser: the fast path agrees with a full yaml parse', () => {
  test('on random valid networks', () => {
    fc.assert(
      fc.property(network, n => assertAgrees(renderNetwork(n))),
      { numRuns: runs(1000) },
    );
  });

  test('on random mutations of valid networks (errors found in the same files, same data otherwise)', () => {
    const mutation = fc.record({ at: fc.nat(), del: fc.nat({ max: 4 }), ins: fc.constantFrom(...MUTATION_CHARS) });
    fc.assert(
      fc.property(network, fc.array(mutation, { minLength: 1, maxLength: 3 }), (n, muts) => {
        let text = renderNetwork(n);
        for (const m of muts) {
          const at = m.at % (text.length + 1);
          text = text.slice(0, at) + m.ins + text.slice(at + m.del);
        }
        assertAgrees(text);
      }),
      { numRuns: runs(3000) },
    );
  });

  test('on hand-picked unusual but valid layouts', () => {
    for (const text of [
      '---\nversion: 1\ncontacts:\n- name: A\n  tags:\n  - x\n',
      'contacts: [{name: A}, {name: B}]\n',
      'me: &me {name: Sam}\ncontacts:\n  - *me\n',
      'contacts:\n  - name: >\n      folded\n      text\n    company: |\n      literal\n',
      '"contacts":\n  - name: A\n',
      'contacts:\n  -\n    name: A\n',
      '\ufeffversion: 1\n',
      'contacts:\n  - name: A\n    company: multi\n      line plain\n',
      '# only a comment\n',
      '',
    ]) {
      assertAgrees(text);
    }
  });
});

suite('networkParser: one parser per document, reusing what an edit left alone', () => {
  const TEXT = 'me:\n  name: Sam\ncontacts:\n  - name: A\n  - name: B\n  - name: C\nrules: []\n';

  test('after an edit, the entries before and after it keep their parse, the ones after shifted', () => {
    const parser = new NetworkParser();
    const before = parser.parse(TEXT);
    const at = TEXT.indexOf('B') + 1;
    const after = parser.parse(TEXT.slice(0, at) + 'ob' + TEXT.slice(at), { start: at, oldEnd: at, delta: 2 });
    assert.deepStrictEqual(
      after.contacts.map(e => e.parsed.value),
      [{ name: 'A' }, { name: 'Bob' }, { name: 'C' }],
    );
    assert.strictEqual(after.contacts[0].parsed, before.contacts[0].parsed);
    assert.notStrictEqual(after.contacts[1].parsed, before.contacts[1].parsed);
    assert.strictEqual(after.contacts[2].parsed, before.contacts[2].parsed);
    assert.strictEqual(after.contacts[2].start, before.contacts[2].start + 2);
    assert.strictEqual(after.fast, true);
  });

  test('after an edit above a list, its entries are the very same objects, their offsets moved', () => {
    const parser = new NetworkParser();
    const before = parser.parse(TEXT);
    const starts = before.contacts.map(e => [e.blockStart, e.start, e.end]);
    const at = TEXT.indexOf('Sam') + 3;
    const next = TEXT.slice(0, at) + 'antha' + TEXT.slice(at);
    const after = parser.parse(next, { start: at, oldEnd: at, delta: 5 });
    after.contacts.forEach((e, i) => {
      assert.strictEqual(e, before.contacts[i]);
      assert.deepStrictEqual(
        [e.blockStart, e.start, e.end],
        starts[i].map(x => x + 5),
      );
      assert.strictEqual(next.slice(e.start, e.end), e.parsed.text);
    });
    assert.deepStrictEqual(
      after.contacts.map(e => [e.blockStart, e.start, e.end]),
      parseNetwork(next).contacts.map(e => [e.blockStart, e.start, e.end]),
    );
  });

  test('without the changes, unchanged entries are found in place and keep their parse', () => {
    const parser = new NetworkParser();
    const before = parser.parse(TEXT);
    const after = parser.parse(TEXT.replace('  - name: A\n', '  - name: Z\n  - name: A\n'));
    assert.deepStrictEqual(
      after.contacts.map(e => e.parsed.value),
      [{ name: 'Z' }, { name: 'A' }, { name: 'B' }, { name: 'C' }],
    );
    assert.deepStrictEqual(
      after.contacts.slice(1).map(e => e.parsed),
      before.contacts.map(e => e.parsed),
    );
    assert.strictEqual(after.contacts[3].parsed, before.contacts[2].parsed);
  });

  test('changes given after a text that only a full parse could read are not trusted', () => {
    const parser = new NetworkParser();
    const fast = TEXT.replace('rules: []', 'rules: [ ]');
    parser.parse(fast);
    // as long as `fast`: changes relative to it would line up, but they are relative to `inline`
    const inline = fast.replace('rules: [ ]', 'rules: [x]');
    assert.strictEqual(parser.parse(inline).fast, false);
    const at = inline.indexOf('Sam');
    const next = inline.slice(0, at) + 'Kim' + inline.slice(at + 3);
    const model = parser.parse(next, { start: at, oldEnd: at + 3, delta: 0 });
    assert.deepStrictEqual([model.sections[0].value, model.sections[2].value], [{ name: 'Kim' }, ['x']]);
  });

  test("a list's data is its entries' values; an entry's errors are placed in the file", () => {
    const text = 'contacts:\n  - name: A\n  - name: A\n    name: B\n';
    const model = parseNetwork(text);
    assert.deepStrictEqual(
      model.syntaxErrors.map(e => e.start),
      [text.lastIndexOf('name')],
    );
    const clean = parseNetwork(TEXT);
    assert.deepStrictEqual(clean.sections[1].value, [{ name: 'A' }, { name: 'B' }, { name: 'C' }]);
    assert.deepStrictEqual(clean.sections[2].value, []);
    assert.strictEqual(parseNetwork('contacts:\n').sections[0].value, null);
  });
});
