import * as assert from 'assert';
import { addDays, addMonths, isRealDay, parseDatePhrase, todayLocal } from '../../src/model/dates';

suite('dates', () => {
  test('real days only', () => {
    assert.ok(isRealDay('2024-02-29'));
    assert.ok(!isRealDay('2026-02-29'));
    assert.ok(!isRealDay('2026-02-30'));
    assert.ok(!isRealDay('2026-13-01'));
    assert.ok(!isRealDay('2026-1-1'));
    assert.ok(!isRealDay('26.11.2026'));
  });

  test('"today" is the local calendar day, whatever the UTC day is', () => {
    // 23:30 local on Nov 26 is already Nov 27 in UTC for zones west of UTC, and the reverse east of it
    const lateEvening = { getFullYear: () => 2026, getMonth: () => 10, getDate: () => 26, toISOString: () => '2026-11-27T07:30:00.000Z' } as unknown as Date;
    assert.strictEqual(todayLocal(lateEvening), '2026-11-26');
  });

  test('day arithmetic ignores clocks and daylight saving', () => {
    assert.strictEqual(addDays('2026-03-28', 2), '2026-03-30'); // over the EU DST change
    assert.strictEqual(addDays('2026-12-31', 1), '2027-01-01');
    assert.strictEqual(addMonths('2026-01-31', 1), '2026-02-28');
    assert.strictEqual(addMonths('2024-01-31', 1), '2024-02-29');
  });

  test('follow-up phrases', () => {
    const today = '2026-11-26'; // a Thursday
    const cases: [string, string | undefined][] = [
      ['2026-12-01', '2026-12-01'], ['today', today], ['tomorrow', '2026-11-27'],
      ['+3d', '2026-11-29'], ['+2w', '2026-12-10'], ['+1m', '2026-12-26'], ['+1y', '2027-11-26'],
      ['in 2 weeks', '2026-12-10'], ['in 10 days', '2026-12-06'],
      ['monday', '2026-11-30'], ['next monday', '2026-11-30'], ['Next Mon', '2026-11-30'],
      ['thursday', '2026-12-03'], ['friday', '2026-11-27'],
      ['next week', '2026-12-03'], ['next month', '2026-12-26'],
      ['2026-02-30', undefined], ['soonish', undefined], ['+2x', undefined], ['', undefined],
    ];
    for (const [input, expected] of cases) {
      assert.strictEqual(parseDatePhrase(input, today), expected, input);
    }
  });
});
