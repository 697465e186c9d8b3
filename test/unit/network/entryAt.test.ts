import * as assert from 'assert';
import * as fc from 'fast-check';
import type { Entry, NetworkModel } from '../../../src/model/network/network';
import { ENTRY_LISTS } from '../../../src/model/network/network';
import { entryAt } from '../../../src/model/network/entryAt';
import { NetworkParser } from '../../../src/model/network/networkParser';
import { personOf } from '../../../src/model/people/person';
import { network, renderNetwork } from '../../support/networkArbitrary';
import { runs } from '../../support/runs';

const parse = (text: string): NetworkModel => new NetworkParser().parse(text);

const TEXT = `version: 1
invitations:
  - name: Priya Anand
    received: 2026-11-20

  # met at the meetup
  - name: Nadia Rahman
contacts:
  - {name: Flow One}
  - name: Tobias Ferreira   # best client
    notes:
      - date: 2026-10-02
        text: Hello
archive: []
rules:
  - match: {headline: "*recruit*"}
    suggest: accept
blueprints:
  - id: kafka
`;

/** Who or what is at the first occurrence of `needle` (plus `delta` characters). */
function at(model: NetworkModel, needle: string, delta = 0, lists?: Parameters<typeof entryAt>[2]): string | undefined {
  const offset = model.text.indexOf(needle);
  assert.ok(offset >= 0, needle);
  const e = entryAt(model, offset + delta, lists);
  return e && describeEntry(e);
}

function describeEntry(e: Entry): string {
  return e.list === 'rules' || e.list === 'blueprints' ? `${e.list} ${e.index}` : personOf(e).name;
}

suite('entryAt: which entry a position belongs to', () => {
  const model = parse(TEXT);

  test('any position on an entry’s lines is that entry, in every list', () => {
    assert.strictEqual(at(model, '- name: Priya'), 'Priya Anand');
    assert.strictEqual(at(model, 'received'), 'Priya Anand');
    assert.strictEqual(at(model, '{name: Flow One}', 5), 'Flow One');
    assert.strictEqual(at(model, 'text: Hello', 6), 'Tobias Ferreira', 'deep inside its notes');
    assert.strictEqual(at(model, '# best client'), 'Tobias Ferreira', 'a comment at the end of its line');
    assert.strictEqual(at(model, 'suggest'), 'rules 0');
    assert.strictEqual(at(model, 'id: kafka'), 'blueprints 0');
  });

  test('a comment line above an entry belongs to it', () => {
    assert.strictEqual(at(model, '# met at the meetup'), 'Nadia Rahman');
  });

  test('section headers, blank lines between entries and other keys belong to no entry', () => {
    assert.strictEqual(at(model, 'version: 1'), undefined);
    assert.strictEqual(at(model, 'invitations:'), undefined);
    assert.strictEqual(at(model, '\n\n', 1), undefined, 'the blank line after Priya');
    assert.strictEqual(at(model, 'archive: []'), undefined);
    assert.strictEqual(entryAt(model, TEXT.length), undefined, 'the end of the file');
    assert.strictEqual(entryAt(parse(''), 0), undefined);
  });

  test('an entry ends where its last line ends: the next position is the next entry', () => {
    const flow = model.contacts[0];
    assert.strictEqual(entryAt(model, flow.end - 1), flow);
    assert.strictEqual(entryAt(model, flow.end), model.contacts[1]);
  });

  test('asked about some lists only, the others are not looked at', () => {
    assert.strictEqual(at(model, 'received', 0, ['contacts']), undefined);
    assert.strictEqual(at(model, 'received', 0, ['contacts', 'invitations']), 'Priya Anand');
    assert.strictEqual(at(model, 'suggest', 0, ['invitations', 'contacts', 'archive']), undefined);
  });

  test('property: the entry found is the one whose lines hold the position', () => {
    fc.assert(
      fc.property(network, fc.array(fc.nat(), { minLength: 20, maxLength: 20 }), (n, picks) => {
        const m = parse(renderNetwork(n));
        const all = ENTRY_LISTS.flatMap(list => m[list]);
        for (const pick of picks) {
          const offset = pick % (m.text.length + 1);
          const expected = all.find(e => e.blockStart <= offset && offset < e.end);
          assert.strictEqual(entryAt(m, offset), expected, `offset ${offset} of\n${m.text}`);
        }
      }),
      { numRuns: runs(100) },
    );
  });
});
