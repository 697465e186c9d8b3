import * as assert from 'assert';
import { parseNetwork } from '../../../src/model/network/networkParser';
import {
  clientCompaniesWithoutContact,
  contactsAt,
  describeMove,
  movedContacts,
  previousJob,
} from '../../../src/model/people/moves';
import { personOf } from '../../../src/model/people/person';

const NET = `contacts:
  - name: Tobias Ferreira
    company: Fjord Analytics
    position: CTO
    category: client
    moved: 2026-11-25
    previousPosition: Head of Platform
    previousCompany: Nordwerk GmbH
  - name: Old Style
    company: Helix Data
    position: Staff Engineer
    moved: 2026-11-20
    notes:
      - {date: 2026-10-01, text: "was Intern at Old Co (LinkedIn export)"}
      - {date: 2026-11-20, text: "was Head of Data at Scale at Made at Home Ltd (LinkedIn export)"}
  - name: No History
    company: Acme
    moved: 2026-11-21
  - name: Sofia Lindqvist
    company: Acme Cloud
    category: client
  - name: Nora Jensen
    company: fjord analytics
archive:
  - {name: Gary Blunt, company: QuickStaff, category: client, outcome: removed}
  - {name: Ravi Kaur, company: Acme Cloud, category: client, outcome: removed}
opportunities:
  - {id: won-one, role: Kafka Migration, client: Vantage Bank, stage: won}
  - {id: lead-one, role: Lead, client: Orbital Freight, stage: lead}
  - {id: won-two, role: Data, client: Acme Cloud, stage: won}
`;

suite('moves: who changed job, from where to where', () => {
  const model = parseNetwork(NET);
  const person = (name: string): ReturnType<typeof personOf> =>
    personOf(model.contacts.find(e => personOf(e).name === name)!);

  test('old → new from previousPosition and previousCompany, as the import writes them', () => {
    assert.strictEqual(
      describeMove(person('Tobias Ferreira')),
      'Head of Platform, Nordwerk GmbH → CTO, Fjord Analytics',
    );
  });

  test('a `moved` without them falls back on the latest job-change note, split at its last " at "', () => {
    // a note cannot tell "Head of Data at Scale" at "Made at Home Ltd" apart: why the import writes the fields
    assert.deepStrictEqual(previousJob(person('Old Style')), {
      position: 'Head of Data at Scale at Made',
      company: 'Home Ltd',
    });
    assert.strictEqual(describeMove(person('No History')), '→ Acme');
  });

  test('the Moved group: the latest move first', () => {
    assert.deepStrictEqual(
      movedContacts(model).map(e => personOf(e).name),
      ['Tobias Ferreira', 'No History', 'Old Style'],
    );
  });

  test('who is left at a company: contacts now there, case-insensitive', () => {
    assert.strictEqual(contactsAt(model, 'Nordwerk GmbH'), 0);
    assert.strictEqual(contactsAt(model, 'Fjord Analytics'), 2);
  });

  test('client companies with no current contact: a client who moved, a won client, an archived client', () => {
    assert.deepStrictEqual(clientCompaniesWithoutContact(model), [
      { company: 'Nordwerk GmbH', why: 'Tobias Ferreira moved to Fjord Analytics' },
      { company: 'QuickStaff', why: 'Gary Blunt is archived' },
      { company: 'Vantage Bank', why: 'won: Kafka Migration' },
    ]);
  });
});
