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

function names(filter: string): string[] {
  const groups = groupPeople(parseNetwork(NET), { filter: parsePeopleFilter(filter) });
  return groups.flatMap(g => g.entries.map(e => personOf(e).name));
}

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
});
