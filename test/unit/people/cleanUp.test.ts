import * as assert from 'assert';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { cleanUpCandidates, lastNote } from '../../../src/model/people/cleanUp';
import { personOf } from '../../../src/model/people/person';

const NET = `contacts:
  - {name: Quiet 2019, category: peer, connected: 2019-03-01}
  - {name: Quiet 2018, connected: 2018-01-01}
  - {name: Client 2017, category: client, connected: 2017-01-01}
  - {name: Prospect 2017, category: prospect, connected: 2017-01-01}
  - {name: Contacted, category: peer, connected: 2018-01-01, lastContact: 2019-01-01}
  - {name: Noted, category: peer, connected: 2018-01-01, notes: [{date: 2019-01-01, text: coffee}]}
  - {name: Moved Only, category: other, connected: 2018-06-01, notes: [{date: 2026-11-25, text: was CTO at X (LinkedIn export)}]}
  - {name: Six Months Ago, category: peer, connected: 2026-05-26}
  - {name: Just Under, category: peer, connected: 2026-05-25}
  - {name: No Date, category: peer}
  - {name: Bad Date, category: peer, connected: 2019-02-30}
invitations:
  - {name: Old Invite, received: 2018-01-01}
`;

suite('clean-up candidates', () => {
  const model = parseNetwork(NET);

  test('connected longer ago than the months, never noted (import notes do not count), never contacted, not a client or prospect; oldest first', () => {
    assert.deepStrictEqual(
      cleanUpCandidates(model, '2026-11-26', 6).map(e => personOf(e).name),
      ['Quiet 2018', 'Moved Only', 'Quiet 2019', 'Just Under'],
    );
  });

  test('the months come from the setting (93 months before is 2019-02-26)', () => {
    assert.deepStrictEqual(
      cleanUpCandidates(model, '2026-11-26', 93).map(e => personOf(e).name),
      ['Quiet 2018', 'Moved Only'],
    );
  });

  test('the last note of a candidate is the latest by date', () => {
    const p = personOf(
      parseNetwork(
        'contacts:\n  - {name: A, notes: [{date: 2020-01-01, text: old}, {date: 2021-01-01, text: new}, {text: undated}]}\n',
      ).contacts[0],
    );
    assert.strictEqual(lastNote(p)?.text, 'new');
  });
});
