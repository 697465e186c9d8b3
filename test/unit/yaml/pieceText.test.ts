import * as assert from 'assert';
import * as fc from 'fast-check';
import { PieceText } from '../../../src/model/yaml/pieceText';
import type { TextEdit } from '../../../src/model/yaml/textEdits';
import { applyEdits } from '../../../src/model/yaml/textEdits';
import { runs } from '../../support/runs';

/** Texts of a few letters and line breaks, so that searches find something, often across block ends. */
const text = fc.array(fc.constantFrom('a', 'b', '\n', '\r\n', 'é', '🚀'), { maxLength: 80 }).map(xs => xs.join(''));
const search = fc.array(fc.constantFrom('a', 'b', '\n', '\r', 'é'), { maxLength: 4 }).map(xs => xs.join(''));

/** Non-overlapping edits of `t`, as an action or an import plans them. */
function editsOf(t: string, raw: readonly { at: number; del: number; ins: string }[]): TextEdit[] {
  const edits: TextEdit[] = [];
  let from = 0;
  for (const r of [...raw].map(r => ({ ...r, at: r.at % (t.length + 1) })).sort((a, b) => a.at - b.at)) {
    if (r.at < from) {
      continue;
    }
    const end = Math.min(t.length, r.at + r.del);
    edits.push({ start: r.at, end, text: r.ins });
    from = end + 1;
  }
  return edits;
}

const edit = fc.record({ at: fc.nat(), del: fc.nat({ max: 40 }), ins: text });

/** A PieceText made by a few rounds of edits (so its blocks are cut and joined), and the string it must equal. */
const edited = fc
  .tuple(text, fc.integer({ min: 1, max: 9 }), fc.array(fc.array(edit, { maxLength: 4 }), { maxLength: 4 }))
  .map(([start, size, rounds]) => {
    let piece = PieceText.of(start, size);
    let flat = start;
    for (const raw of rounds) {
      const edits = editsOf(flat, raw);
      piece = piece.edit(edits);
      flat = applyEdits(flat, edits);
    }
    return { piece, flat };
  });

suite('PieceText: a text in blocks reads as the string it stands for', () => {
  test('after edits, every read gives what the same read of the string gives', () => {
    fc.assert(
      fc.property(edited, fc.integer({ min: -3, max: 90 }), fc.integer({ min: -3, max: 90 }), search, (t, a, b, s) => {
        const { piece, flat } = t;
        assert.strictEqual(piece.length, flat.length);
        assert.strictEqual(piece.charCodeAt(a), flat.charCodeAt(a));
        assert.strictEqual(piece.slice(a, b), flat.slice(a, b));
        assert.strictEqual(piece.slice(a), flat.slice(a));
        assert.strictEqual(piece.substring(a, b), flat.substring(a, b));
        assert.strictEqual(piece.indexOf(s, a), flat.indexOf(s, a), `indexOf ${JSON.stringify(s)} ${a}`);
        assert.strictEqual(piece.indexOf(s), flat.indexOf(s));
        assert.strictEqual(piece.lastIndexOf(s, a), flat.lastIndexOf(s, a), `lastIndexOf ${JSON.stringify(s)} ${a}`);
        assert.strictEqual(piece.lastIndexOf(s), flat.lastIndexOf(s));
        assert.strictEqual(piece.startsWith(s, a), flat.startsWith(s, a));
        assert.ok(piece.equals(PieceText.of(flat, 7)));
        assert.strictEqual(piece.toString(), flat);
      }),
      { numRuns: runs(2000) },
    );
  });

  test('texts that differ are not equal, wherever they differ', () => {
    fc.assert(
      fc.property(edited, edit, (t, e) => {
        const edits = editsOf(t.flat, [e]);
        const other = applyEdits(t.flat, edits);
        assert.strictEqual(t.piece.equals(t.piece.edit(edits)), other === t.flat);
        assert.strictEqual(t.piece.equals(PieceText.of(other, 5)), other === t.flat);
      }),
      { numRuns: runs(1000) },
    );
  });

  test('an edit copies only the blocks it touches: the others are the very same strings', () => {
    const big = 'x'.repeat(100) + '\n';
    const piece = PieceText.of(big.repeat(1000), 1000);
    const next = piece.edit([{ start: 50_000, end: 50_001, text: 'y' }]);
    const blocks = (p: PieceText): readonly string[] => (p as unknown as { blocks: readonly string[] }).blocks;
    const shared = blocks(next).filter(b => blocks(piece).includes(b)).length;
    assert.strictEqual(blocks(next).length, blocks(piece).length);
    assert.strictEqual(shared, blocks(piece).length - 1);
    assert.strictEqual(next.charCodeAt(50_000), 'y'.charCodeAt(0));
  });
});
