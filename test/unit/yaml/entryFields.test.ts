import * as assert from 'assert';
import type { NetworkModel } from '../../../src/model/network/network';
import { NetworkParser } from '../../../src/model/network/networkParser';
import { EntryEditError, EntryFields, reindent } from '../../../src/model/yaml/entryFields';

const parse = (text: string): NetworkModel => new NetworkParser().parse(text);

/** The first contact of `contacts:` + `entry`, after `change`; the result must read back as YAML. */
function edit(entry: string, change: (ed: EntryFields) => void, eol = '\n'): string {
  const parsed = parse(`contacts:${eol}${entry}`).contacts[0].parsed;
  const ed = new EntryFields(parsed, eol);
  change(ed);
  const out = ed.result();
  assert.deepStrictEqual(parse(`contacts:${eol}${out}`).syntaxErrors, [], out);
  return out;
}

/** The first contact's fields after `change`, as data. */
function fieldsAfter(entry: string, change: (ed: EntryFields) => void): unknown {
  return parse(`contacts:\n${edit(entry, change)}`).contacts[0].parsed.value;
}

const TOBIAS = `  - name: Tobias Ferreira   # best client
    company: Nordwerk GmbH # since 2021
    tags: [kafka]
    notes:
      - date: 2026-10-02
        text: Hello
    position: Head of Platform
`;

suite('entry editor: edits inside one entry that keep its style', () => {
  test('set replaces a value in place: the comment after it and the order of the keys stay', () => {
    assert.strictEqual(
      edit(TOBIAS, ed => ed.setString('company', 'Acme Cloud')),
      TOBIAS.replace('company: Nordwerk GmbH # since 2021', 'company: Acme Cloud # since 2021'),
    );
    assert.strictEqual(
      edit(TOBIAS, ed => ed.set('notes', '[]')),
      TOBIAS.replace('    notes:\n      - date: 2026-10-02\n        text: Hello\n', '    notes: []\n'),
      'a block list set to a flow value is written on one line',
    );
    assert.strictEqual(
      edit('  - name: A\n    followUp:\n', ed => ed.set('followUp', '2026-12-01')),
      '  - name: A\n    followUp: 2026-12-01\n',
    );
  });

  test('new keys go after the last field, at its column, in the order they were added', () => {
    assert.strictEqual(
      edit(TOBIAS, ed => ed.setString('category', 'client').set('following', 'false')),
      TOBIAS + '    category: client\n    following: false\n',
    );
    assert.strictEqual(
      edit('  - name: A\n', ed =>
        ed
          .set('b', '1')
          .appendScalar('tags', 'x')
          .set('c', '2')
          .appendMap('notes', [['text', 't']]),
      ),
      '  - name: A\n    b: 1\n    tags: [x]\n    c: 2\n    notes:\n      - text: t\n',
    );
    assert.strictEqual(
      edit('    - name: Deep\n      company: B\n', ed => ed.set('position', 'P')),
      '    - name: Deep\n      company: B\n      position: P\n',
      'the entry’s own indentation',
    );
    assert.strictEqual(
      edit('  - name: A\n    company: B\n    # a comment after the last field\n', ed => ed.set('position', 'P')),
      '  - name: A\n    company: B\n    position: P\n    # a comment after the last field\n',
    );
  });

  test('strings are quoted only where YAML would read them otherwise; flow entries quote flow indicators too', () => {
    assert.deepStrictEqual(
      edit('  - name: A\n', ed =>
        ed
          .setString('company', 'Acme, Inc.')
          .setString('position', '[lead]')
          .setString('headline', 'a: b')
          .setString('x', ' padded')
          .setString('y', 'true')
          .setString('z', '2026-11-26'),
      ),
      '  - name: A\n    company: Acme, Inc.\n    position: "[lead]"\n    headline: "a: b"\n    x: " padded"\n    y: "true"\n    z: 2026-11-26\n',
    );
    assert.strictEqual(
      edit('  - {name: A}\n', ed => ed.setString('company', 'Acme, Inc.').setString('position', 'CTO')),
      '  - {name: A, company: "Acme, Inc.", position: CTO}\n',
    );
    assert.deepStrictEqual(
      fieldsAfter('  - name: A\n', ed => ed.setString('note', 'it\'s "quoted" #1 \\ done')),
      { name: 'A', note: 'it\'s "quoted" #1 \\ done' },
    );
  });

  test('remove takes out the field’s lines; a comment on its line stays, on a line of its own', () => {
    assert.strictEqual(
      edit(TOBIAS, ed => ed.remove('company')),
      TOBIAS.replace('    company: Nordwerk GmbH # since 2021\n', '    # since 2021\n'),
    );
    assert.strictEqual(
      edit(TOBIAS, ed => ed.remove('notes')),
      TOBIAS.replace('    notes:\n      - date: 2026-10-02\n        text: Hello\n', ''),
      'a block list goes with its items',
    );
    assert.strictEqual(
      edit(TOBIAS, ed => ed.remove('position')),
      TOBIAS.replace('    position: Head of Platform\n', ''),
    );
    assert.strictEqual(
      edit(TOBIAS, ed => ed.remove('missing')),
      TOBIAS,
      'removing what is not there changes nothing',
    );
  });

  test('removing the first field moves the next one up to the `- ` line; removing the only one leaves {}', () => {
    assert.strictEqual(
      edit(TOBIAS, ed => ed.remove('name')),
      TOBIAS.replace(
        '  - name: Tobias Ferreira   # best client\n    company: Nordwerk GmbH # since 2021\n',
        '  - company: Nordwerk GmbH # since 2021\n    # best client\n',
      ),
    );
    assert.strictEqual(
      edit('  - name: Solo\n', ed => ed.remove('name')),
      '  - {}\n',
    );
    assert.strictEqual(
      edit('  - {name: Solo}\n', ed => ed.remove('name')),
      '  - {}\n',
    );
  });

  test('flow entries stay flow entries', () => {
    const flow = '  - {name: Flow Person, company: "Acme", tags: [a]}\n';
    assert.strictEqual(
      edit(flow, ed => ed.setString('position', 'CTO').appendScalar('tags', 'b')),
      '  - {name: Flow Person, company: "Acme", tags: [a, b], position: CTO}\n',
    );
    assert.strictEqual(
      edit(flow, ed => ed.remove('name')),
      '  - {company: "Acme", tags: [a]}\n',
    );
    assert.strictEqual(
      edit(flow, ed => ed.remove('company')),
      '  - {name: Flow Person, tags: [a]}\n',
    );
    assert.strictEqual(
      edit(flow, ed => ed.remove('tags')),
      '  - {name: Flow Person, company: "Acme"}\n',
    );
    assert.strictEqual(
      edit(flow, ed =>
        ed.appendMap('notes', [
          ['date', '2026-11-26'],
          ['text', 'hi'],
        ]),
      ),
      '  - {name: Flow Person, company: "Acme", tags: [a], notes: [{date: 2026-11-26, text: hi}]}\n',
    );
    assert.strictEqual(
      edit('  - {}\n', ed => ed.setString('name', 'X')),
      '  - {name: X}\n',
    );
  });

  test('appending to a list keeps its style: flow stays flow, block items at the same column', () => {
    assert.strictEqual(
      edit(TOBIAS, ed => ed.appendScalar('tags', 'berlin')),
      TOBIAS.replace('[kafka]', '[kafka, berlin]'),
    );
    assert.strictEqual(
      edit('  - name: A\n    tags:\n      - a\n      - b\n', ed => ed.appendScalar('tags', 'c')),
      '  - name: A\n    tags:\n      - a\n      - b\n      - c\n',
    );
    assert.strictEqual(
      edit('  - name: A\n    tags:\n    - a\n', ed => ed.appendScalar('tags', 'b')),
      '  - name: A\n    tags:\n    - a\n    - b\n',
    );
    assert.strictEqual(
      edit(TOBIAS, ed =>
        ed.appendMap('notes', [
          ['date', '2026-11-26'],
          ['text', 'Called'],
        ]),
      ),
      TOBIAS.replace('        text: Hello\n', '        text: Hello\n      - date: 2026-11-26\n        text: Called\n'),
    );
    assert.strictEqual(
      edit('  - name: A\n    notes: [{date: 2026-01-01, text: x}]\n', ed =>
        ed.appendMap('notes', [
          ['date', '2026-11-26'],
          ['text', 'y'],
        ]),
      ),
      '  - name: A\n    notes: [{date: 2026-01-01, text: x}, {date: 2026-11-26, text: y}]\n',
    );
  });

  test('a missing or empty list is created or filled where it is', () => {
    assert.strictEqual(
      edit('  - name: A\n', ed => ed.appendScalar('tags', 'b').appendScalar('tags', 'c')),
      '  - name: A\n    tags: [b, c]\n',
    );
    assert.strictEqual(
      edit('  - name: A\n    tags: []\n    x: 1\n', ed => ed.appendScalar('tags', 'b')),
      '  - name: A\n    tags: [b]\n    x: 1\n',
    );
    assert.strictEqual(
      edit('  - name: A\n    tags:\n    x: 1\n', ed => ed.appendScalar('tags', 'b')),
      '  - name: A\n    tags: [b]\n    x: 1\n',
    );
    assert.strictEqual(
      edit('  - name: A\n    notes: []   # none yet\n    x: 1\n', ed =>
        ed.appendMap('notes', [
          ['date', '2026-11-26'],
          ['text', 't'],
        ]),
      ),
      '  - name: A\n    notes: # none yet\n      - date: 2026-11-26\n        text: t\n    x: 1\n',
    );
  });

  test('insertMap puts an item before another (notes in date order); past the end it appends', () => {
    const fields: [string, string][] = [
      ['date', '2026-09-01'],
      ['text', 'Earlier'],
    ];
    assert.strictEqual(
      edit(TOBIAS, ed => ed.insertMap('notes', 0, fields)),
      TOBIAS.replace('    notes:\n', '    notes:\n      - date: 2026-09-01\n        text: Earlier\n'),
    );
    assert.strictEqual(
      edit('  - name: A\n    notes: [{date: 2026-10-01, text: x}]\n', ed => ed.insertMap('notes', 0, fields)),
      '  - name: A\n    notes: [{date: 2026-09-01, text: Earlier}, {date: 2026-10-01, text: x}]\n',
    );
    assert.strictEqual(
      edit('  - name: A\n    notes: [{date: 2026-08-01, text: x}]\n', ed => ed.insertMap('notes', 5, fields)),
      '  - name: A\n    notes: [{date: 2026-08-01, text: x}, {date: 2026-09-01, text: Earlier}]\n',
    );
  });

  test('CRLF entries get CRLF lines; an entry at the end of a file without a newline gets one first', () => {
    assert.strictEqual(
      edit('  - name: A\r\n    company: B\r\n', ed => ed.set('position', 'C').remove('company'), '\r\n'),
      '  - name: A\r\n    position: C\r\n',
    );
    assert.strictEqual(
      edit('  - name: Solo', ed => ed.set('company', 'X')),
      '  - name: Solo\n    company: X\n',
    );
  });

  test('edits that cannot be made as asked are refused, with a reason', () => {
    const refused = (entry: string, change: (ed: EntryFields) => void, why: RegExp): void =>
      assert.throws(
        () => edit(entry, change),
        (e: Error) => e instanceof EntryEditError && why.test(e.message),
      );
    refused('  - just a string\n', () => undefined, /not a mapping of fields/);
    refused(TOBIAS, ed => ed.appendScalar('company', 'x'), /"company" is not a list here/);
    refused(TOBIAS, ed => ed.remove('company').set('company', 'x'), /cannot be removed and set in one action/);
    refused(TOBIAS, ed => ed.set('company', 'x').remove('company'), /cannot be set and removed in one action/);
    refused(TOBIAS, ed => ed.appendScalar('tags', 'x').remove('tags'), /cannot be set and removed in one action/);
    refused('  - name: A\n', ed => ed.appendScalar('tags', 'b').appendMap('tags', [['x', 'y']]), /two kinds of items/);
  });

  test('removing a field twice removes it once', () => {
    const ed = new EntryFields(parse(`contacts:\n${TOBIAS}`).contacts[0].parsed, '\n');
    const once = new EntryFields(parse(`contacts:\n${TOBIAS}`).contacts[0].parsed, '\n');
    assert.strictEqual(ed.remove('company').remove('company').result(), once.remove('company').result());
  });

  test('has tells which fields the entry has', () => {
    const ed = new EntryFields(parse(`contacts:\n${TOBIAS}`).contacts[0].parsed, '\n');
    assert.ok(ed.has('company') && ed.has('notes'));
    assert.ok(!ed.has('category'));
  });

  test('reindent shifts every line that has text; blank lines stay as they are', () => {
    assert.strictEqual(reindent('- a: 1\n  b: 2\n\n', 2), '  - a: 1\n    b: 2\n\n');
    assert.strictEqual(reindent('    - a: 1\n      b: 2\n  \n', -2), '  - a: 1\n    b: 2\n  \n');
    assert.strictEqual(reindent(' - a\n', -4), '- a\n', 'never more than the spaces there are');
    assert.strictEqual(reindent('x\n', 0), 'x\n');
  });
});
