import * as assert from 'assert';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { nextDue, cadenceOf } from '../../../src/model/people/followUps';
import { cardKindOf, personCard } from '../../../src/model/people/personCard';
import { personOf } from '../../../src/model/people/person';

const NET = `cadence:
  client: 30
invitations:
  - name: Priya Anand
    headline: Recruiter
    received: 2026-11-20
    message: "[click](command:x)"
contacts:
  - name: Tobias Ferreira
    company: Nordwerk GmbH
    position: Head of Platform
    category: client
    tags: [kafka, berlin]
    following: false
    lastContact: 2026-10-02
    notes:
      - { date: 2026-09-01, text: first }
      - { date: 2026-10-02, text: second }
      - { date: 2026-08-01, text: oldest }
      - { date: 2026-10-01, text: third }
archive:
  - name: Max Hollis
    outcome: ignored
    decided: 2026-11-21
`;

suite('person card: what tooltips and hovers say', () => {
  const model = parseNetwork(NET);

  test('an invitation: headline, received, message, as plain values', () => {
    const card = personCard(personOf(model.invitations[0]), 'invitation');
    assert.strictEqual(card.title, 'Priya Anand');
    assert.deepStrictEqual(card.lines, [
      { label: 'Headline', value: 'Recruiter' },
      { label: 'Received', value: '2026-11-20' },
      { label: 'Message', value: '[click](command:x)' },
    ]);
  });

  test('a contact: position at company, category, tags, next due from the cadence, unfollowed, the three latest notes', () => {
    const entry = model.contacts[0];
    const card = personCard(personOf(entry), 'contact', { due: nextDue(entry, cadenceOf(model), '2026-11-26') });
    assert.deepStrictEqual(card.lines, [
      { label: 'Position', value: 'Head of Platform at Nordwerk GmbH' },
      { label: 'Category', value: 'client' },
      { label: 'Tags', value: 'kafka, berlin' },
      { label: 'Last contact', value: '2026-10-02' },
      { label: 'Next due', value: "2026-11-01 (25 days overdue, from the category's cadence)" },
      { sentence: 'Unfollowed: still connected, their posts stay out of your feed.' },
      { label: 'Note', value: '2026-10-02: second' },
      { label: 'Note', value: '2026-10-01: third' },
      { label: 'Note', value: '2026-09-01: first' },
    ]);
  });

  test('the company alone is labelled Company, the position alone Position (contract: two fields)', () => {
    const net = parseNetwork(`invitations:
  - name: Priya Anand
    company: Brightlane Talent
  - name: Lena Vogt
    position: Staff Engineer
`);
    assert.deepStrictEqual(personCard(personOf(net.invitations[0]), 'invitation').lines, [
      { label: 'Company', value: 'Brightlane Talent' },
    ]);
    assert.deepStrictEqual(personCard(personOf(net.invitations[1]), 'invitation').lines, [
      { label: 'Position', value: 'Staff Engineer' },
    ]);
  });

  test('an archive entry: outcome and when', () => {
    const card = personCard(personOf(model.archive[0]), cardKindOf('archive'));
    assert.deepStrictEqual(card.lines, [
      { label: 'Outcome', value: 'ignored' },
      { label: 'Decided', value: '2026-11-21' },
    ]);
  });
});
