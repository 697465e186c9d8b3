import * as assert from 'assert';
import * as fc from 'fast-check';
import {
  addDays,
  addMonths,
  daysBetween,
  dayNumber,
  fromDayNumber,
  isRealDay,
  parseDatePhrase,
  todayLocal,
  weekday,
} from '../../../src/model/calendar/dates';

suite('dates', () => {
  test('real days only', () => {
    assert.ok(isRealDay('2024-02-29'));
    assert.ok(!isRealDay('2026-02-29'));
    assert.ok(!isRealDay('2026-02-30'));
    assert.ok(!isRealDay('2026-13-01'));
    assert.ok(!isRealDay('2026-1-1'));
    assert.ok(!isRealDay('26.11.2026'));
    assert.ok(!isRealDay('2026-1a-01'));
    assert.ok(!isRealDay('2026-11-0１'));
    assert.ok(!isRealDay('2026-11-26 '));
    assert.ok(isRealDay('2000-02-29') && !isRealDay('1900-02-29'));
  });

  test('real days agree with the calendar of Date', () => {
    const pad = (n: number, w: number): string => String(n).padStart(w, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          const date = new Date(Date.UTC(y, m - 1, d));
          const real = m >= 1 && m <= 12 && d >= 1 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
          assert.strictEqual(isRealDay(s), real, s);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('day numbers, days from numbers and weekdays agree with Date', () => {
    const MS = 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1) / MS, max: Date.UTC(9999, 11, 31) / MS }), n => {
        const s = new Date(n * MS).toISOString().slice(0, 10);
        assert.strictEqual(dayNumber(s), n, s);
        assert.strictEqual(fromDayNumber(n), s);
        assert.strictEqual(weekday(s), new Date(n * MS).getUTCDay(), s);
      }),
      { numRuns: 5000 },
    );
  });

  test('"today" is the local calendar day, whatever the UTC day is', () => {
    // 23:30 local on Nov 26 is already Nov 27 in UTC for zones west of UTC, and the reverse east of it
    const lateEvening = {
      getFullYear: () => 2026,
      getMonth: () => 10,
      getDate: () => 26,
      toISOString: () => '2026-11-27T07:30:00.000Z',
    } as unknown as Date;
    assert.strictEqual(todayLocal(lateEvening), '2026-11-26');
  });

  test('day arithmetic ignores clocks and daylight saving', () => {
    assert.strictEqual(addDays('2026-03-28', 2), '2026-03-30'); // over the EU DST change
    assert.strictEqual(addDays('2026-12-31', 1), '2027-01-01');
    assert.strictEqual(addMonths('2026-01-31', 1), '2026-02-28');
    assert.strictEqual(addMonths('2024-01-31', 1), '2024-02-29');
  });

  test('days between two days, either way, over month, year and leap-day ends', () => {
    assert.strictEqual(daysBetween('2026-11-26', '2026-11-26'), 0);
    assert.strictEqual(daysBetween('2026-11-26', '2026-12-01'), 5);
    assert.strictEqual(daysBetween('2026-12-01', '2026-11-26'), -5);
    assert.strictEqual(daysBetween('2026-12-31', '2027-01-01'), 1);
    assert.strictEqual(daysBetween('2024-02-28', '2024-03-01'), 2);
    assert.strictEqual(daysBetween('2026-01-01', '2027-01-01'), 365);
    assert.ok(Number.isNaN(daysBetween('2026-02-30', '2026-03-01')), 'not a real day: no number of days');
  });

  test('day and month arithmetic backwards and over year ends', () => {
    assert.strictEqual(addDays('2027-01-01', -1), '2026-12-31');
    assert.strictEqual(addDays('2024-03-01', -1), '2024-02-29');
    assert.strictEqual(addMonths('2026-01-15', -1), '2025-12-15');
    assert.strictEqual(addMonths('2026-03-31', -1), '2026-02-28');
    assert.strictEqual(addMonths('2026-11-30', 3), '2027-02-28');
    assert.strictEqual(addMonths('2026-11-26', 12), '2027-11-26');
    assert.strictEqual(addMonths('2024-02-29', 12), '2025-02-28');
  });

  test('follow-up phrases as people type them: any case, spaces, short units and day names', () => {
    const today = '2026-11-26'; // a Thursday
    const cases: [string, string | undefined][] = [
      ['  In  2  Weeks ', '2026-12-10'],
      ['+1 week', '2026-12-03'],
      ['+10 days', '2026-12-06'],
      ['+2wk', '2026-12-10'],
      ['in 3 months', '2027-02-26'],
      ['+2mo', '2027-01-26'],
      ['in 1 year', '2027-11-26'],
      ['+1yr', '2027-11-26'],
      ['+0d', today],
      ['TOMORROW', '2026-11-27'],
      ['this saturday', '2026-11-28'],
      ['sat', '2026-11-28'],
      ['Tue', '2026-12-01'],
      ['wednes', '2026-12-02'],
      ['su', undefined],
      ['next', undefined],
      ['3d', undefined],
      ['in 2 fortnights', undefined],
      ['2026-11-26T10:00', undefined],
    ];
    for (const [input, expected] of cases) {
      assert.strictEqual(parseDatePhrase(input, today), expected, input);
    }
  });

  test('follow-up phrases', () => {
    const today = '2026-11-26'; // a Thursday
    const cases: [string, string | undefined][] = [
      ['2026-12-01', '2026-12-01'],
      ['today', today],
      ['tomorrow', '2026-11-27'],
      ['+3d', '2026-11-29'],
      ['+2w', '2026-12-10'],
      ['+1m', '2026-12-26'],
      ['+1y', '2027-11-26'],
      ['in 2 weeks', '2026-12-10'],
      ['in 10 days', '2026-12-06'],
      ['monday', '2026-11-30'],
      ['next monday', '2026-11-30'],
      ['Next Mon', '2026-11-30'],
      ['thursday', '2026-12-03'],
      ['friday', '2026-11-27'],
      ['next week', '2026-12-03'],
      ['next month', '2026-12-26'],
      ['2026-02-30', undefined],
      ['soonish', undefined],
      ['+2x', undefined],
      ['', undefined],
    ];
    for (const [input, expected] of cases) {
      assert.strictEqual(parseDatePhrase(input, today), expected, input);
    }
  });
});
