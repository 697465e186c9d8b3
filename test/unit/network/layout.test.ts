import * as assert from 'assert';
import type { RawItem } from '../../../src/model/network/layout';
import { firstItemFrom, shiftItem } from '../../../src/model/network/layout';

function item(start: number): RawItem {
  return { blockStart: start - 1, start, end: start + 5, blankBefore: false, entry: undefined, hasErrors: false };
}

suite('layout: the items of a scanned list', () => {
  test('firstItemFrom finds the first item that starts at or after an offset', () => {
    const items = [10, 20, 30].map(item);
    const cases: [number, number][] = [
      [0, 0],
      [10, 0],
      [11, 1],
      [20, 1],
      [29, 2],
      [30, 2],
      [31, 3],
    ];
    for (const [offset, index] of cases) {
      assert.strictEqual(firstItemFrom(items, offset), index, String(offset));
    }
    assert.strictEqual(firstItemFrom([], 5), 0);
  });

  test('shiftItem moves the offsets and keeps the parsed entry', () => {
    const entry = { list: 'contacts', index: 0, start: 10, blockStart: 9, end: 15 } as RawItem['entry'];
    const it = { ...item(10), blankBefore: true, entry, hasErrors: true };
    assert.deepStrictEqual(shiftItem(it, -4), {
      blockStart: 5,
      start: 6,
      end: 11,
      blankBefore: true,
      entry,
      hasErrors: true,
    });
    assert.strictEqual(shiftItem(it, 3).entry, entry);
  });
});
