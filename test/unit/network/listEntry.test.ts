import * as assert from 'assert';
import { ListEntry, SectionAnchor } from '../../../src/model/network/listEntry';
import type { ParsedEntry } from '../../../src/model/network/network';

suite('listEntry: offsets kept relative to the section', () => {
  test("an entry's offsets are its anchor's plus its own; moving the anchor moves them all", () => {
    const anchor = new SectionAnchor(100);
    const parsed = { text: '  - name: A\n' } as ParsedEntry;
    const entry = new ListEntry('contacts', 2, anchor, 20, 12, 32, parsed);
    assert.deepStrictEqual([entry.blockStart, entry.start, entry.end], [112, 120, 132]);
    anchor.base = 90;
    assert.deepStrictEqual([entry.blockStart, entry.start, entry.end], [102, 110, 122]);
    assert.deepStrictEqual([entry.list, entry.index, entry.parsed], ['contacts', 2, parsed]);
  });
});
