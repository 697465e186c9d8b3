import * as assert from 'assert';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { parsePeopleFilter } from '../../../src/model/people/peopleFilter';
import { groupPeople } from '../../../src/model/people/peopleGroups';
import { personOf } from '../../../src/model/people/person';

const NET = `contacts:
  - {name: Ann Kafka, category: client, tags: [kafka, berlin]}
  - {name: Bob, category: client, tags: [rust], company: Acme}
  - {name: Cem, category: peer, following: false, tags: [kafka]}
`;

/** Everyone in the groups a filter leaves, once each, A to Z. */
function names(filter: string, net = NET, today?: string): string[] {
  const groups = groupPeople(parseNetwork(net), { filter: parsePeopleFilter(filter), today });
  return [...new Set(groups.flatMap(g => g.entries.map(e => personOf(e).name)))].sort();
}

const LOOP = `cadence:
  peer: 30
contacts:
  - {name: Old Quiet, category: other, connected: 2019-03-01}
  - {name: Old Noted, category: peer, connected: 2019-05-01, lastContact: 2026-11-01, notes: [{date: 2026-11-01, text: met}]}
  - {name: New Quiet, category: peer, connected: 2026-11-01}
  - {name: No Date, category: peer}
  - {name: Due Peer, category: peer, connected: 2020-01-01, lastContact: 2026-09-01}
  - {name: Moved On, category: client, connected: 2021-01-01, lastContact: 2026-11-20, moved: 2026-11-25}
  - {name: To Unfollow, category: peer, connected: 2022-02-02, lastContact: 2026-11-20, todoOnLinkedIn: unfollow}
archive:
  - {name: Ignored, outcome: ignored, todoOnLinkedIn: ignore}
  - {name: Odd Todo, outcome: ignored, todoOnLinkedIn: wave}
`;

suite('people filter', () => {
  test('by tag, category, company, following, and free text (all must match)', () => {
    assert.deepStrictEqual(names('tag:kafka'), ['Ann Kafka', 'Cem']);
    assert.deepStrictEqual(names('tag:KAFKA category:client'), ['Ann Kafka']);
    assert.deepStrictEqual(names('cat:peer'), ['Cem']);
    assert.deepStrictEqual(names('company:acme'), ['Bob']);
    assert.deepStrictEqual(names('is:unfollowed'), ['Cem']);
    assert.deepStrictEqual(names('berlin'), ['Ann Kafka']);
    assert.deepStrictEqual(names('nobody'), []);
  });

  test('an empty filter is no filter', () => {
    assert.strictEqual(parsePeopleFilter('   '), undefined);
  });

  test('connected:<day and connected:>day compare the day (a contact without one matches neither); a day alone is that day', () => {
    assert.deepStrictEqual(names('connected:<2020-01-01', LOOP), ['Old Noted', 'Old Quiet']);
    assert.deepStrictEqual(names('connected:>2026-01-01', LOOP), ['New Quiet']);
    assert.deepStrictEqual(names('connected:2019-03-01', LOOP), ['Old Quiet']);
    assert.deepStrictEqual(names('connected:none', LOOP), ['Ignored', 'No Date', 'Odd Todo']);
  });

  test('lastContact:none, lastContact:<day (never contacted counts as before), notes:none', () => {
    assert.deepStrictEqual(names('lastContact:none', LOOP), [
      'Ignored',
      'New Quiet',
      'No Date',
      'Odd Todo',
      'Old Quiet',
    ]);
    assert.deepStrictEqual(names('lastContact:<2026-10-01 cat:peer', LOOP), ['Due Peer', 'New Quiet', 'No Date']);
    assert.deepStrictEqual(names('lastContact:>2026-11-10', LOOP), ['Moved On', 'To Unfollow']);
    assert.deepStrictEqual(names('notes:none connected:<2020-01-01', LOOP), ['Old Quiet']);
  });

  test('is:due (with the day), is:todo (known to-dos only), is:moved', () => {
    // Due Peer: last contact 2026-09-01 + 30 days; New Quiet: connected 2026-11-01, due only on 2026-12-01
    assert.deepStrictEqual(names('is:due', LOOP, '2026-11-26'), ['Due Peer']);
    assert.deepStrictEqual(names('is:due', LOOP), [], 'no day, nobody is due');
    assert.deepStrictEqual(names('is:todo', LOOP), ['Ignored', 'To Unfollow']);
    assert.deepStrictEqual(names('is:moved', LOOP), ['Moved On']);
    assert.deepStrictEqual(names('is:moved is:todo', LOOP), []);
  });

  test('what it does not understand is said, left out, and never thrown', () => {
    const f = parsePeopleFilter('cat:peer connected:<2026-13-01 is:busy foo:bar lastContact:< tag: notes:many')!;
    assert.deepStrictEqual(f.problems, [
      '"connected:<2026-13-01": "2026-13-01" is not a date; write connected:<YYYY-MM-DD, connected:>YYYY-MM-DD or connected:none',
      '"is:busy" is not something to filter on (use is:due, is:todo, is:moved, is:unfollowed, is:following)',
      '"foo:bar": foo: is not a filter (use tag:, category:, company:, is:, connected:, lastContact:, notes: or plain words)',
      '"lastContact:<": a date is missing; write lastContact:<YYYY-MM-DD, lastContact:>YYYY-MM-DD or lastContact:none',
      '"tag:" needs a value',
      '"notes:many": only notes:none is understood',
    ]);
    // the rest still applies
    assert.deepStrictEqual(names('cat:peer connected:<2026-13-01 is:busy', LOOP), names('cat:peer', LOOP));
    assert.deepStrictEqual(parsePeopleFilter('tag:kafka LastContact:none')!.problems, []);
  });
});
