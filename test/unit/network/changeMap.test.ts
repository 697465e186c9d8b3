import * as assert from 'assert';
import { changeMap, changesBefore } from '../../../src/model/network/changeMap';

suite('changeMap: edits in the new text offsets', () => {
  test('each change where it is in the new text, with the shift of everything before it', () => {
    // old text: 0123456789; replace [2, 4) by 5 chars (+3), then insert 1 char at 7 (+1), given out of order
    const map = changeMap([
      { start: 7, oldEnd: 7, delta: 1 },
      { start: 2, oldEnd: 4, delta: 3 },
    ]);
    assert.deepStrictEqual(map, { newStart: [2, 10], newEnd: [7, 11], shiftBefore: [0, 3, 4] });
  });

  test('changesBefore counts the changes that end at or before an offset', () => {
    const map = changeMap([
      { start: 2, oldEnd: 4, delta: 3 },
      { start: 7, oldEnd: 7, delta: 1 },
    ]);
    const cases: [number, number][] = [
      [0, 0],
      [6, 0],
      [7, 1],
      [10, 1],
      [11, 2],
      [50, 2],
    ];
    for (const [offset, count] of cases) {
      assert.strictEqual(changesBefore(map, offset), count, String(offset));
    }
    assert.strictEqual(changesBefore(changeMap([]), 3), 0);
  });
});
