import * as assert from 'assert';
import * as fc from 'fast-check';
import type { TextEdit } from '../../../src/model/yaml/textEdits';
import { applyEdits, normalizeEdits } from '../../../src/model/yaml/textEdits';

suite('text edits: what every action produces', () => {
  test('edits are applied to the original text, whatever order they come in', () => {
    const text = 'name: A\ncompany: B\n';
    const edits: TextEdit[] = [
      { start: 17, end: 18, text: 'Acme' },
      { start: 6, end: 7, text: 'Anna' },
      { start: text.length, end: text.length, text: 'position: CTO\n' },
    ];
    assert.strictEqual(applyEdits(text, edits), 'name: Anna\ncompany: Acme\nposition: CTO\n');
    assert.strictEqual(applyEdits(text, [...edits].reverse()), 'name: Anna\ncompany: Acme\nposition: CTO\n');
    assert.strictEqual(applyEdits(text, []), text);
  });

  test('touching edits merge into one; insertions at one place keep their order', () => {
    assert.deepStrictEqual(
      normalizeEdits([
        { start: 5, end: 8, text: 'y' },
        { start: 0, end: 5, text: 'x' },
      ]),
      [{ start: 0, end: 8, text: 'xy' }],
    );
    assert.deepStrictEqual(
      normalizeEdits([
        { start: 3, end: 3, text: 'first ' },
        { start: 3, end: 3, text: 'second ' },
      ]),
      [{ start: 3, end: 3, text: 'first second ' }],
    );
    assert.strictEqual(
      applyEdits('abc', [
        { start: 3, end: 3, text: '1' },
        { start: 3, end: 3, text: '2' },
      ]),
      'abc12',
    );
  });

  test('edits that change nothing are dropped', () => {
    assert.deepStrictEqual(
      normalizeEdits([
        { start: 2, end: 2, text: '' },
        { start: 4, end: 5, text: '' },
      ]),
      [{ start: 4, end: 5, text: '' }],
    );
  });

  test('overlapping edits are a mistake in the plan, never silently applied', () => {
    assert.throws(
      () =>
        normalizeEdits([
          { start: 0, end: 5, text: 'a' },
          { start: 3, end: 8, text: 'b' },
        ]),
      /overlapping edits at 3/,
    );
    assert.throws(() =>
      applyEdits('abcdefgh', [
        { start: 2, end: 4, text: '' },
        { start: 2, end: 3, text: '' },
      ]),
    );
  });

  test('property: applying edits at once is applying them one by one from the end of the text', () => {
    const arbitrary = fc.string({ maxLength: 40 }).chain(text =>
      fc.tuple(
        fc.constant(text),
        fc
          .uniqueArray(fc.nat({ max: text.length }), { maxLength: 8 })
          .chain(points =>
            fc.tuple(
              fc.constant([...points].sort((a, b) => a - b)),
              fc.array(fc.string({ maxLength: 4 }), { minLength: 8, maxLength: 8 }),
              fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
            ),
          ),
      ),
    );
    fc.assert(
      fc.property(arbitrary, fc.nat(), ([text, [points, texts, replace]], turn) => {
        // disjoint edits: each from one point to the next (or an insertion at it)
        const edits: TextEdit[] = points.map((p, i) => ({
          start: p,
          end: replace[i] && i + 1 < points.length ? points[i + 1] : p,
          text: texts[i],
        }));
        let expected = text;
        for (const e of [...edits].sort((a, b) => b.start - a.start)) {
          expected = expected.slice(0, e.start) + e.text + expected.slice(e.end);
        }
        // in another order: rotated by `turn`
        const k = edits.length ? turn % edits.length : 0;
        assert.strictEqual(applyEdits(text, [...edits.slice(k), ...edits.slice(0, k)]), expected);
      }),
      { numRuns: 2000 },
    );
  });
});
