import * as assert from 'assert';
import type { RawItem, RawSection } from '../../../src/model/network/layout';
import {
  firstItemFrom,
  itemBlockStart,
  itemEnd,
  itemStart,
  prefixWithRoom,
  shiftItem,
} from '../../../src/model/network/layout';

function item(start: number): RawItem {
  return {
    relBlockStart: start - 1,
    relStart: start,
    relEnd: start + 5,
    blankBefore: false,
    entry: undefined,
    hasErrors: false,
  };
}

/** A section whose key line is at `lineStart` (only that is read here). */
function sectionAt(lineStart: number, items: RawItem[] = []): RawSection {
  return {
    key: 'contacts',
    lineStart,
    keyEnd: lineStart + 8,
    headerEnd: lineStart + 10,
    inlineStart: lineStart + 9,
    inlineEnd: lineStart + 9,
    valueKind: 'block-seq',
    bodyEnd: lineStart + 100,
    end: lineStart + 100,
    itemIndent: 2,
    blankSeparated: false,
    items,
  };
}

suite('layout: the items of a scanned list', () => {
  test("an item's offsets in the text are its section's key line plus its own", () => {
    const it = item(10);
    const sec = sectionAt(1000, [it]);
    assert.deepStrictEqual([itemBlockStart(sec, it), itemStart(sec, it), itemEnd(sec, it)], [1009, 1010, 1015]);
  });

  test('firstItemFrom finds the first item that starts at or after an offset', () => {
    const items = [10, 20, 30].map(item);
    const sec = sectionAt(0, items);
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
      assert.strictEqual(firstItemFrom(sec, items, offset), index, String(offset));
      // the same items under a key line 500 characters later: offsets of the text are 500 more
      assert.strictEqual(firstItemFrom(sectionAt(500), items, offset + 500), index, String(offset));
    }
    assert.strictEqual(firstItemFrom(sec, [], 5), 0);
  });

  test('shiftItem moves the offsets and keeps the parsed entry', () => {
    const entry = { list: 'contacts', index: 0, start: 10, blockStart: 9, end: 15 } as RawItem['entry'];
    const it = { ...item(10), blankBefore: true, entry, hasErrors: true };
    assert.deepStrictEqual(shiftItem(it, -4), {
      relBlockStart: 5,
      relStart: 6,
      relEnd: 11,
      blankBefore: true,
      entry,
      hasErrors: true,
    });
    assert.strictEqual(shiftItem(it, 3).entry, entry);
  });

  test('prefixWithRoom copies the first items (the same objects) and leaves the list it copies alone', () => {
    for (const [length, count] of [
      [0, 0],
      [3, 0],
      [3, 2],
      [3, 3],
      [200, 199],
      [200, 10],
    ]) {
      const items = Array.from({ length }, (_, i) => item(10 * i + 1));
      const before = [...items];
      const copy = prefixWithRoom(items, count);
      assert.strictEqual(copy.length, count);
      copy.forEach((it, i) => assert.strictEqual(it, items[i]));
      copy.push(item(5000));
      assert.strictEqual(copy.length, count + 1);
      assert.deepStrictEqual(Object.keys(copy).length, count + 1, 'no holes within the length');
      assert.deepStrictEqual(items, before);
      assert.ok(items.every((it, i) => it === before[i]));
    }
  });
});
