import * as assert from 'assert';
import { longDay, pastDay, whenFromToday } from '../../../src/model/calendar/spokenDates';

suite('spoken dates', () => {
  const today = '2026-11-26'; // a Thursday
  test('long days, with the year only when it is another year', () => {
    assert.strictEqual(longDay('2026-04-01', today), '1 April');
    assert.strictEqual(longDay('2027-12-31', today), '31 December 2027');
  });

  test('when, from today', () => {
    assert.deepStrictEqual(
      ['2026-11-26', '2026-11-27', '2026-12-01', '2026-12-10', '2027-01-07', '2026-11-23'].map(d =>
        whenFromToday(d, today),
      ),
      ['today', 'tomorrow', 'in 5 days', 'in 2 weeks', 'in 6 weeks', '3 days ago'],
    );
  });

  test('days in the past as people say them', () => {
    const cases: [string, string | undefined][] = [
      ['today', '2026-11-26'],
      ['Yesterday', '2026-11-25'],
      ['2 weeks ago', '2026-11-12'],
      ['thursday', '2026-11-19'],
      ['last fri', '2026-11-20'],
      ['2026-02-29', undefined],
      ['soon', undefined],
    ];
    for (const [phrase, day] of cases) {
      assert.strictEqual(pastDay(phrase, today), day, phrase);
    }
  });
});
