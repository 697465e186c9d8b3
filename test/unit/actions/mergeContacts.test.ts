import * as assert from 'assert';
import { planMerge } from '../../../src/model/actions/mergeContacts';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { personOf } from '../../../src/model/people/person';
import { applyEdits } from '../../../src/model/yaml/textEdits';

const NET = `contacts:
  - name: Tobias Ferreira            # the real one
    profile: https://www.linkedin.com/in/tferreira
    company: Nordwerk GmbH
    tags: [kafka]
    connected: 2021-11-02
    notes:
      - date: 2026-01-10
        text: January
      - date: 2026-10-02
        text: October
  - name: Tobias F.                  # imported twice
    profile: https://linkedin.com/in/TFerreira/
    company: Nordwerk
    position: Head of Platform
    tags: [berlin, Kafka]
    connected: 2020-05-01
    x-met-at: meetup
    notes:
      - date: 2026-05-05
        text: May
`;

suite('merging duplicates', () => {
  test('tags united, notes in date order, earliest connected, first wins, differences kept in a note', () => {
    const model = parseNetwork(NET);
    const r = planMerge(
      model,
      { name: 'Tobias Ferreira', list: 'contacts', index: 0 },
      { name: 'Tobias F.', list: 'contacts', index: 1 },
      '2026-11-26',
    );
    assert.ok(r.ok, r.ok ? '' : r.message);
    const out = applyEdits(NET, r.edits);
    const after = parseNetwork(out);
    assert.deepStrictEqual(after.syntaxErrors, []);
    assert.strictEqual(after.contacts.length, 1);
    const p = personOf(after.contacts[0]);
    assert.deepStrictEqual(p.tags, ['kafka', 'berlin']);
    assert.strictEqual(p.connected, '2020-05-01');
    assert.strictEqual(p.company, 'Nordwerk GmbH', "the first one's fields win");
    assert.strictEqual(p.position, 'Head of Platform', 'fields only the second had are carried over');
    assert.deepStrictEqual(
      p.notes.map(n => n.date),
      ['2026-01-10', '2026-05-05', '2026-10-02', '2026-11-26'],
    );
    const last = p.notes[p.notes.length - 1].text;
    assert.match(last, /Merged Tobias F\./);
    assert.match(last, /name was Tobias F\./);
    assert.match(last, /company was Nordwerk/);
    assert.match(last, /# imported twice/, "the second entry's comments are kept");
    assert.ok(out.includes('# the real one'));
    assert.strictEqual(
      (record => record['x-met-at'])(after.contacts[0].parsed.value as Record<string, unknown>),
      'meetup',
    );
  });

  test('the same name twice is told apart by list and index', () => {
    const twice = 'contacts:\n  - name: Sam\n    company: A\n  - name: Sam\n    company: B\n';
    const r = planMerge(
      parseNetwork(twice),
      { name: 'Sam', list: 'contacts', index: 0 },
      { name: 'Sam', list: 'contacts', index: 1 },
      '2026-11-26',
    );
    assert.ok(r.ok);
    const out = applyEdits(twice, r.edits);
    assert.strictEqual(parseNetwork(out).contacts.length, 1);
    assert.match(out, /company: A/);
    assert.match(out, /company was B/);
  });
});
