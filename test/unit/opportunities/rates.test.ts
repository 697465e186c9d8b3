import * as assert from 'assert';
import { dayRate, formatRate, parseRate } from '../../../src/model/opportunities/rates';

suite('rates: the number and the unit read from free text', () => {
  test('the ways people write a rate', () => {
    const cases: [string, number, string, string?][] = [
      ['650/day', 650, 'day'],
      ['£650/day', 650, 'day', '£'],
      ['650 per day', 650, 'day'],
      ['650 p.d.', 650, 'day'],
      ['£85 per hour', 85, 'hour', '£'],
      ['90k a year', 90000, 'year'],
      ['120k/yr', 120000, 'year'],
      ['550-600/day', 575, 'day'],
      ['650 GBP/day', 650, 'day', 'GBP'],
      ['EUR 700/day', 700, 'day', 'EUR'],
      ['€5,000/month', 5000, 'month', '€'],
      ['3,250/week', 3250, 'week'],
    ];
    for (const [text, amount, unit, currency] of cases) {
      assert.deepStrictEqual(parseRate(text), { amount, unit, ...(currency ? { currency } : {}) }, text);
    }
  });

  test('no unit, no number, or an unknown unit: nothing is read', () => {
    for (const text of ['650', 'tbc', 'competitive', '650/fortnight', '', undefined]) {
      assert.strictEqual(parseRate(text), undefined, String(text));
    }
  });

  test('day rates at 8 hours, 5 days a week, 21 days a month, 230 days a year', () => {
    assert.strictEqual(dayRate({ amount: 80, unit: 'hour' }), 640);
    assert.strictEqual(dayRate({ amount: 650, unit: 'day' }), 650);
    assert.strictEqual(dayRate({ amount: 3250, unit: 'week' }), 650);
    assert.strictEqual(dayRate({ amount: 13650, unit: 'month' }), 650);
    assert.strictEqual(dayRate({ amount: 149500, unit: 'year' }), 650);
    assert.strictEqual(formatRate(649.6, 'day', '£'), '£650/day');
  });
});
