import * as assert from 'assert';
import type { Layout } from '../../../src/model/network/layout';
import { itemBlockStart, itemEnd, itemStart } from '../../../src/model/network/layout';
import { scanLayout, Unusual } from '../../../src/model/network/lineScan';

/** The sections as [key, valueKind, itemIndent, blankSeparated] and the items as their texts. */
function outline(text: string, layout: Layout): unknown {
  return layout.sections.map(s => ({
    key: s.key,
    kind: s.valueKind,
    itemIndent: s.itemIndent,
    blankSeparated: s.blankSeparated,
    items: s.items?.map(i => text.slice(itemStart(s, i), itemEnd(s, i))),
  }));
}

function unusual(text: string): Unusual {
  try {
    scanLayout(text);
  } catch (e) {
    if (e instanceof Unusual) {
      return e;
    }
    throw e;
  }
  assert.fail(`the scan read ${JSON.stringify(text)}`);
}

suite('lineScan: cutting the text into sections and entries', () => {
  test('sections with their value kinds, and the entries of the lists', () => {
    const text = [
      'version: 1 # the format',
      'me:',
      '  name: Sam',
      'invitations: []',
      'contacts:',
      '  - name: A',
      '    tags: [x]',
      '  - name: B',
      'archive: null',
      'rules:',
      '- match: x',
      '',
    ].join('\n');
    assert.deepStrictEqual(outline(text, scanLayout(text)), [
      { key: 'version', kind: 'inline', itemIndent: -1, blankSeparated: false, items: undefined },
      { key: 'me', kind: 'block-map', itemIndent: -1, blankSeparated: false, items: undefined },
      { key: 'invitations', kind: 'flow-seq', itemIndent: -1, blankSeparated: false, items: [] },
      {
        key: 'contacts',
        kind: 'block-seq',
        itemIndent: 2,
        blankSeparated: false,
        items: ['  - name: A\n    tags: [x]\n', '  - name: B\n'],
      },
      { key: 'archive', kind: 'empty', itemIndent: -1, blankSeparated: false, items: [] },
      { key: 'rules', kind: 'block-seq', itemIndent: 0, blankSeparated: false, items: ['- match: x\n'] },
    ]);
  });

  test('the offsets of a section: key, inline value without its comment, body, and end at the next key line', () => {
    const text = 'version: "1" # c\ncontacts:\n  - A\n\n# about rules\nrules: []\n';
    const [version, contacts, rules] = scanLayout(text).sections;
    assert.deepStrictEqual(
      [version.lineStart, version.keyEnd, version.headerEnd, text.slice(version.inlineStart, version.inlineEnd)],
      [0, 7, 17, '"1"'],
    );
    assert.deepStrictEqual(
      [contacts.lineStart, contacts.bodyEnd, contacts.end],
      [17, text.indexOf('\n\n') + 1, text.indexOf('rules:')],
    );
    assert.deepStrictEqual([rules.lineStart, rules.end], [text.indexOf('rules:'), text.length]);
  });

  test('comment lines above an item belong to it; deeper comments and lines to the item before', () => {
    const text = 'contacts:\n  - name: A\n      # deeper\n\n  # about B\n  - name: B\n';
    const [sec] = scanLayout(text).sections;
    const [a, b] = sec.items ?? [];
    assert.strictEqual(text.slice(itemBlockStart(sec, a), itemEnd(sec, a)), '  - name: A\n      # deeper\n');
    assert.strictEqual(text.slice(itemBlockStart(sec, b), itemStart(sec, b)), '  # about B\n');
    assert.deepStrictEqual([a.blankBefore, b.blankBefore], [false, true]);
    assert.strictEqual(scanLayout(text).sections[0].blankSeparated, true);
  });

  test('a byte order mark, a document start and CRLF line ends', () => {
    const text = '\ufeff# top\r\n---\r\ncontacts:\r\n  - A\r\n';
    const [contacts] = scanLayout(text).sections;
    assert.deepStrictEqual(
      [contacts.lineStart, contacts.items?.map(i => text.slice(itemStart(contacts, i), itemEnd(contacts, i)))],
      [text.indexOf('contacts'), ['  - A\r\n']],
    );
  });

  test('stops at the first line it does not understand, saying where and in which section and item', () => {
    const tab = 'contacts:\n  - A\n\t- B\n';
    assert.deepStrictEqual(
      { ...unusual(tab) },
      { at: tab.indexOf('\t'), sectionStart: 0, headerEnd: 10, itemStart: 10, itemIndent: 2 },
    );
    const inline = 'me: x\ncontacts: [{name: A}]\n';
    assert.deepStrictEqual(
      { ...unusual(inline) },
      { at: inline.indexOf('['), sectionStart: 6, headerEnd: inline.length, itemStart: -1, itemIndent: -1 },
    );
    const cases: [string, string][] = [
      ['contacts: []\ncontacts: []\n', 'contacts: []\n'], // a key twice
      ['  indented: 1\n', 'indented'], // content before any key
      ['"quoted": 1\n', '"quoted"'],
      ['key:value\n', 'key'],
      ['contacts:\n  name: A\n', 'name'], // a list that is not a sequence
      ['contacts:\n  - A\n - B\n', '- B'], // an item less indented
      ['contacts: []\n  - A\n', '- A'], // items after an inline list
      ['---\n---\n', '---\n'],
    ];
    for (const [text, at] of cases) {
      assert.strictEqual(unusual(text).at, text.lastIndexOf(at), JSON.stringify(text));
    }
  });
});
