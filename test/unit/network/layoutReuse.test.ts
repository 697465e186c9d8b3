import * as assert from 'assert';
import { changeMap } from '../../../src/model/network/changeMap';
import { restartState } from '../../../src/model/network/incrementalScan';
import type { Layout } from '../../../src/model/network/layout';
import { itemEnd, itemStart } from '../../../src/model/network/layout';
import { OldLayoutTakeover, reusedEntry } from '../../../src/model/network/layoutReuse';
import { scanFrom, scanLayout, Unusual } from '../../../src/model/network/lineScan';
import type { ListEntry } from '../../../src/model/network/listEntry';
import { parseNetwork } from '../../../src/model/network/networkParser';

/** `text` with [start, end) replaced by `ins`, scanned from the change with the old layout taking over. */
function rescan(text: string, start: number, end: number, ins: string): { old: Layout; next: string; layout: Layout } {
  const old = scanLayout(text);
  // each old item marked with an entry of its own, to see which ones are carried over
  for (const s of old.sections) {
    for (const it of s.items ?? []) {
      it.entry = { start: itemStart(s, it) } as ListEntry;
    }
  }
  const next = text.slice(0, start) + ins + text.slice(end);
  const delta = ins.length - (end - start);
  const takeover = new OldLayoutTakeover(old, start + ins.length, delta);
  const layout = scanFrom(next, restartState(next, old, start), takeover, Infinity);
  assert.ok(layout);
  return { old, next, layout };
}

const TEXT = 'me:\n  name: Sam\ncontacts:\n  - name: A\n  - name: B\n  - name: C\nrules: []\n';

suite('layoutReuse: what an edit left unchanged', () => {
  test('after an edited entry, the old entries take over, shifted, with their parsed entries', () => {
    const at = TEXT.indexOf('B') + 1;
    const { old, next, layout } = rescan(TEXT, at, at, 'ob');
    const [oldSec, sec] = [old.sections[1], layout.sections[1]];
    const [oldA, oldB, oldC] = oldSec.items ?? [];
    const [a, b, c] = sec.items ?? [];
    assert.deepStrictEqual(
      [a, b, c].map(it => next.slice(itemStart(sec, it), itemEnd(sec, it))),
      ['  - name: A\n', '  - name: Bob\n', '  - name: C\n'],
    );
    assert.strictEqual(c.entry, oldC.entry, 'the entry after the edit is carried over');
    assert.strictEqual(b.entry, undefined, 'the edited entry is scanned again');
    assert.strictEqual(a.entry, undefined, 'the entry before it is still open when the scan restarts');
    assert.deepStrictEqual([itemStart(oldSec, oldA), itemStart(oldSec, oldB)], [itemStart(sec, a), itemStart(sec, b)]);
    const rules = layout.sections[2];
    assert.deepStrictEqual([rules.lineStart, rules.end], [next.indexOf('rules'), next.length]);
  });

  test('a section after an edit that moves it keeps its very items: only its key line moves', () => {
    const at = TEXT.indexOf('Sam') + 3;
    const { old, next, layout } = rescan(TEXT, at, at, 'uel Jones');
    const [oldSec, sec] = [old.sections[1], layout.sections[1]];
    assert.strictEqual(sec.lineStart, next.indexOf('contacts:'));
    assert.strictEqual(sec.items, oldSec.items, 'the same item objects, not 30,000 shifted copies');
    assert.deepStrictEqual(
      (sec.items ?? []).map(it => next.slice(itemStart(sec, it), itemEnd(sec, it))),
      ['  - name: A\n', '  - name: B\n', '  - name: C\n'],
    );
  });

  test('sections after an edit of the same length are the very same objects', () => {
    const at = TEXT.indexOf('Sam');
    const { old, layout } = rescan(TEXT, at, at + 3, 'Kim');
    assert.strictEqual(layout.sections[1], old.sections[1]);
    assert.strictEqual(layout.sections[2], old.sections[2]);
  });

  test('does not take over when the edit typed a key that comes again later', () => {
    const text = 'contacts:\n  - A\n  - B\nrules: []\narchive: []\n';
    const at = text.indexOf('  - B');
    assert.throws(
      () => rescan(text, at, at, 'archive:\n'),
      (e: unknown) => e instanceof Unusual && e.at === text.indexOf('archive') + 'archive:\n'.length,
    );
  });

  test('an entry keeps its earlier parse when its text is unchanged: in place, without the changes', () => {
    const text = 'contacts:\n  - name: A\n  - name: B\n  - name: C\n';
    const old = parseNetwork(text).contacts;
    const next = 'contacts:\n  - name: Z\n  - name: A\n  - name: B\n  - name: C\n';
    const now = parseNetwork(next).contacts;
    const at = (i: number): [string, number, number, number, number] => [next, now[i].start, now[i].end, i, now.length];
    assert.strictEqual(reusedEntry(...at(0), old, undefined), undefined);
    // counted from the end of the list: the entries after an insertion
    assert.strictEqual(reusedEntry(...at(1), old, undefined), old[0].parsed);
    assert.strictEqual(reusedEntry(...at(3), old, undefined), old[2].parsed);
    assert.strictEqual(reusedEntry(...at(1), undefined, undefined), undefined);
  });

  test('with the changes known: the old entry at the shifted offset, unless a change falls inside', () => {
    const text = 'contacts:\n  - name: A\n  - name: B\n  - name: C\n';
    const old = parseNetwork(text).contacts;
    const at = text.indexOf('B') + 1;
    const next = text.slice(0, at) + 'ob' + text.slice(at);
    const change = changeMap([{ start: at, oldEnd: at, delta: 2 }]);
    const now = parseNetwork(next).contacts;
    const reused = now.map((e, i) => reusedEntry(next, e.start, e.end, i, now.length, old, change));
    assert.deepStrictEqual(reused, [old[0].parsed, undefined, old[2].parsed]);
    // an old entry at the same start but with another end is not the same text
    assert.strictEqual(reusedEntry(next, now[0].start, now[0].end + 1, 0, 3, old, change), undefined);
  });
});
