import * as assert from 'assert';
import type { Entry, NetworkModel } from '../../../src/model/network/network';
import { NetworkParser } from '../../../src/model/network/networkParser';
import { rangeAtPath, sectionRange, shifted } from '../../../src/model/validation/problemRanges';
import type { LineRange } from './shownProblems';
import { lineRange, yaml } from './shownProblems';

const TEXT = yaml(
  'version: 1',
  'contacts:',
  '  - name: Tobias Ferreira',
  '    company:',
  '    tags: [kafka, berlin]',
  '    notes:',
  '      - date: 2026-10-02',
  '        text: Wants a blueprint.',
  'cadence:',
  '  client: 30',
  '  recruiter: 90',
  'me: {name: Sam}',
);
const model: NetworkModel = new NetworkParser().parse(TEXT);
const tobias: Entry = model.contacts[0];

/** Where `path` of Tobias's entry is shown, as lines and columns of the file. */
function at(path: (string | number)[], wholeIfMissing = false): LineRange {
  const r = shifted(rangeAtPath(tobias.parsed.node, path, wholeIfMissing), tobias.start);
  return lineRange(TEXT, r.start, r.end);
}

function inSection(key: string, path: string[]): LineRange {
  const sec = model.sections.find(s => s.key === key);
  assert.ok(sec, key);
  const r = sectionRange(model, sec, path);
  return lineRange(TEXT, r.start, r.end);
}

suite('problem ranges: the node a problem is about', () => {
  test('a field: its value', () => {
    assert.deepStrictEqual(at(['name']), [2, 10, 2, 25]);
    assert.deepStrictEqual(at(['tags']), [4, 10, 4, 25]);
  });

  test('an item of a list, and a field of an item', () => {
    assert.deepStrictEqual(at(['tags', 1]), [4, 18, 4, 24]);
    assert.deepStrictEqual(at(['notes', 0, 'date']), [6, 14, 6, 24]);
  });

  test('a field with no value: its key', () => {
    assert.deepStrictEqual(at(['company']), [3, 4, 3, 11]);
  });

  test('a missing field: an empty range at the start of the closest node', () => {
    assert.deepStrictEqual(at(['category']), [2, 4, 2, 4]);
    assert.deepStrictEqual(at(['notes', 0, 'title']), [6, 8, 6, 8]);
    assert.deepStrictEqual(at(['tags', 7]), [4, 10, 4, 25], 'past the end of a list: the whole list');
  });

  test('"needs a field": the first key of the entry, where the squiggle shows', () => {
    assert.deepStrictEqual(at([], true), [2, 4, 2, 8]);
    assert.deepStrictEqual(at(['notes', 0], true), [6, 8, 6, 12]);
    assert.deepStrictEqual(at(['category'], true), [2, 4, 2, 8]);
  });

  test("in a section that is not a list: the key named last, or the section's inline value, or its key", () => {
    assert.deepStrictEqual(inSection('cadence', ['recruiter']), [10, 2, 10, 11]);
    assert.deepStrictEqual(inSection('cadence', ['partner']), [8, 0, 8, 7], 'a key not in the section: the section');
    assert.deepStrictEqual(inSection('version', []), [0, 9, 0, 10]);
    assert.deepStrictEqual(inSection('cadence', []), [8, 0, 8, 7]);
    assert.deepStrictEqual(inSection('me', ['name']), [11, 0, 11, 2], 'keys are looked for below the key line only');
  });

  test('a key that appears only after the section is not taken for it', () => {
    // "name:" is first found in the `me` line, past the end of cadence
    assert.deepStrictEqual(inSection('cadence', ['name']), [8, 0, 8, 7]);
  });

  test("shifted: from an entry's offsets to the file's", () => {
    assert.deepStrictEqual(shifted({ start: 2, end: 5 }, 10), { start: 12, end: 15 });
  });
});
