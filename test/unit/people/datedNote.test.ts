import * as assert from 'assert';
import { splitDatedNote } from '../../../src/model/people/datedNote';

suite('dated notes: "yesterday: called about the role"', () => {
  const today = '2026-11-26'; // a Thursday
  test('a day in front dates the note', () => {
    assert.deepStrictEqual(splitDatedNote('yesterday: called about the Vantage role', today), {
      text: 'called about the Vantage role',
      date: '2026-11-25',
    });
    assert.deepStrictEqual(splitDatedNote('2026-11-02:  met at the meetup ', today), {
      text: 'met at the meetup',
      date: '2026-11-02',
    });
    assert.deepStrictEqual(splitDatedNote('last monday: coffee', today), { text: 'coffee', date: '2026-11-23' });
    assert.deepStrictEqual(splitDatedNote('3 days ago: call', today), { text: 'call', date: '2026-11-23' });
  });

  test('anything else is the note, dated today', () => {
    assert.deepStrictEqual(splitDatedNote('Re: the contract', today), { text: 'Re: the contract' });
    assert.deepStrictEqual(splitDatedNote('Call at 10:30', today), { text: 'Call at 10:30' });
    assert.deepStrictEqual(splitDatedNote('yesterday:', today), { text: 'yesterday:' });
  });
});
