import * as assert from 'assert';
import { parseDocument } from 'yaml';
import { parseSequenceFast } from '../../../src/model/yaml/fastEntryParser';
import type { YMap, YNode, YSeq } from '../../../src/model/yaml/syntax';

/** Plain data from the fast parser's nodes, to compare with the `yaml` package's. */
function data(node: YNode): unknown {
  switch (node.kind) {
    case 'scalar':
      return node.value;
    case 'seq':
      return node.items.map(i => data(i.node));
    case 'map':
      return Object.fromEntries(node.pairs.map(p => [p.key, data(p.value)]));
  }
}

function accepted(src: string): YSeq {
  const seq = parseSequenceFast(src);
  assert.ok(seq, `declined: ${JSON.stringify(src)}`);
  return seq;
}

suite('fastEntryParser: parseSequenceFast', () => {
  test('accepts the subset entries are written in, with the data the yaml package reads', () => {
    for (const src of [
      '- name: Ada Lovelace\n',
      '  - name: Ada\n    company: Analytical Engines # a comment\n',
      "- name: \"Zoë \\u00e9\\n\"\n  headline: 'It''s me'\n",
      '- tags: [a, "b c", 3]\n  links: {web: x.example, n: 1}\n  empty: []\n  none: {}\n',
      '- name: A\n  notes:\n    - date: 2026-01-01\n      text: hello\n    - text: again\n',
      '- name: A\n  notes:\n  - text: compact sequence under a key\n  company: B\n',
      '- name: A\n  score: 1.5\n  count: 0x1F\n  ok: true\n  gone: ~\n  blank:\n',
      '- name: A\r\n  company: B\r\n',
      '- plain scalar item\n- 42\n',
      '# a comment first\n\n- name: A\n\n  # inside\n  company: B\n',
    ]) {
      const seq = accepted(src);
      assert.deepStrictEqual(data(seq), parseDocument(src).toJS(), JSON.stringify(src));
    }
  });

  test('declines, returning undefined, whatever is outside the subset', () => {
    for (const src of [
      '',
      '# only a comment\n',
      'name: A\n', // a map, not a sequence
      '- name: &a A\n', // anchors
      '- *a\n', // aliases
      '- name: !tag A\n',
      '- name: |\n    literal\n',
      '- name: >\n    folded\n',
      '- name: "two\n    lines"\n',
      '- name: A\n  company: multi\n    line plain\n',
      '-\n  name: A\n', // the value on the lines after the dash
      '- # comment\n  name: A\n',
      '- name: A\n  name: B\n', // duplicate key
      '- true: A\n', // a key that is not a string
      '- "quoted": key\n',
      '- name:#x\n',
      '- name: A\n\tcompany: B\n',
      '\ufeff- name: A\n',
      '- name: A\r  company: B\n', // a lone carriage return
      '- tags: [a, b,]\n',
      '- tags: [a, [b]]\n',
      '- tags: [a\n',
      '- name: a: b\n',
      '- name: "\\q"\n',
      '- name: A\n    deeper: B\n',
      '- name: A\n  - B\n',
      '- name: A\n  ? complex\n',
    ]) {
      assert.strictEqual(parseSequenceFast(src), undefined, JSON.stringify(src));
    }
  });

  test('gives each node its offsets in the text', () => {
    const src = '  - name: Ada\n    tags: [x, "y"]\n  - plain\n';
    const seq = accepted(src);
    assert.strictEqual(seq.start, 2);
    assert.strictEqual(seq.end, src.indexOf('plain') + 5);
    const [first, second] = seq.items;
    assert.deepStrictEqual([first.dash, first.lineStart, first.lineEnd], [2, 0, src.indexOf('  - plain')]);
    assert.deepStrictEqual(
      [second.dash, second.lineStart, second.lineEnd],
      [src.indexOf('- plain'), src.indexOf('  - plain'), src.length],
    );
    const map = first.node as YMap;
    const [name, tags] = map.pairs;
    assert.deepStrictEqual(
      [name.keyStart, name.keyEnd, name.value.start, name.value.end, name.lineStart, name.lineEnd],
      [4, 8, 10, 13, 0, 14],
    );
    assert.deepStrictEqual([tags.keyStart, tags.lineStart, tags.lineEnd], [18, 14, src.indexOf('  - plain')]);
    const flow = tags.value as YSeq;
    assert.strictEqual(src.slice(flow.start, flow.end), '[x, "y"]');
    assert.deepStrictEqual(
      flow.items.map(i => src.slice(i.node.start, i.node.end)),
      ['x', '"y"'],
    );
    assert.deepStrictEqual([map.start, map.end], [4, src.indexOf(']') + 1]);
  });

  test('an empty value is a null at the colon, with no width', () => {
    const src = '- name: A\n  blank:\n';
    const map = accepted(src).items[0].node as YMap;
    const blank = map.pairs[1];
    assert.deepStrictEqual(
      [blank.value.kind, blank.value.start, blank.value.end],
      ['scalar', src.indexOf('blank:') + 6, src.indexOf('blank:') + 6],
    );
    assert.strictEqual(blank.lineEnd, src.length);
  });
});
