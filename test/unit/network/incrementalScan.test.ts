import * as assert from 'assert';
import * as fc from 'fast-check';
import type { TextChange } from '../../../src/model/yaml/changes';
import { PieceText } from '../../../src/model/yaml/pieceText';
import type { TextEdit } from '../../../src/model/yaml/textEdits';
import type { NetworkModel } from '../../../src/model/network/network';
import { changeMap } from '../../../src/model/network/changeMap';
import { bodyEndBefore, restartState, scanChangedOrWhole } from '../../../src/model/network/incrementalScan';
import type { Layout } from '../../../src/model/network/layout';
import { itemBlockStart, itemEnd, itemStart } from '../../../src/model/network/layout';
import { scanLayout, Unusual } from '../../../src/model/network/lineScan';
import { NetworkParser, parseNetwork } from '../../../src/model/network/networkParser';
import { applyStep, editStep, sessionText } from '../../support/editSteps';
import { network, renderNetwork } from '../../support/networkArbitrary';
import { runs } from '../../support/runs';

/** What a model says, as plain data: sections, entries with their offsets and values, errors. */
function shape(m: NetworkModel): unknown {
  const entries = (list: 'invitations' | 'contacts' | 'archive' | 'rules' | 'blueprints'): unknown =>
    m[list].map(e => [e.blockStart, e.start, e.end, e.parsed.value]);
  return {
    broken: m.syntaxErrors.length > 0,
    sections: m.sections.map(s => [
      s.key,
      s.lineStart,
      s.keyEnd,
      s.headerEnd,
      s.inlineStart,
      s.inlineEnd,
      s.bodyEnd,
      s.end,
      s.valueKind,
      s.itemIndent,
      s.blankSeparated,
    ]),
    invitations: entries('invitations'),
    contacts: entries('contacts'),
    archive: entries('archive'),
    rules: entries('rules'),
    blueprints: entries('blueprints'),
  };
}

/** Replaces the ranges at once (overlapping ones after the first dropped), with the changes the parser takes. */
function applyAtOnce(
  text: string,
  ranges: { start: number; end: number; ins: string }[],
): { next: string; changes: TextChange[]; edits: TextEdit[] } {
  const changes: TextChange[] = [];
  const edits: TextEdit[] = [];
  let next = '';
  let from = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.start < from || (r.end === r.start && r.ins === '')) {
      continue;
    }
    next += text.slice(from, r.start) + r.ins;
    changes.push({ start: r.start, oldEnd: r.end, delta: r.ins.length - (r.end - r.start) });
    edits.push({ start: r.start, end: r.end, text: r.ins });
    from = r.end;
  }
  return { next: next + text.slice(from), changes, edits };
}

const EDIT_CHARS = ['x', ' ', '\n', ': ', '#', '"', '- ', '  ', ' #', 'é', '🚀'];

suite('incremental parsing agrees with a parse from scratch', () => {
  test('after actions (several edits at once) and after typed text (one edit)', () => {
    fc.assert(
      fc.property(network, fc.array(editStep(EDIT_CHARS), { minLength: 1, maxLength: 10 }), (n, steps) => {
        let text = sessionText(renderNetwork(n));
        const parser = new NetworkParser();
        let model = parser.parse(text.piece);
        for (const s of steps) {
          const stepped = applyStep(model, text, s, { today: '2026-11-26', snoozeDays: 7, linkedinTodos: true });
          if (!stepped) {
            continue;
          }
          const { next, changes } = stepped;
          model = parser.parse(next.piece, changes);
          assert.deepStrictEqual(shape(model), shape(parseNetwork(next.flat)), next.flat);
          text = next;
        }
      }),
      { numRuns: runs(500) },
    );
  });

  test('after several typed edits at once, near and far from each other', () => {
    const edit = fc.record({
      at: fc.nat(),
      del: fc.nat({ max: 12 }),
      ins: fc.constantFrom(...EDIT_CHARS, '\n  - name: Z\n', '\n\n', '  # c\n', 'tags: [a]\n'),
    });
    fc.assert(
      fc.property(
        network,
        fc.array(edit, { minLength: 2, maxLength: 4 }),
        fc.array(edit, { minLength: 1, maxLength: 3 }),
        (n, first, second) => {
          let text = renderNetwork(n);
          // as the extension keeps it: in blocks, each edit copying only the ones it touches
          let piece = PieceText.of(text, 64);
          const parser = new NetworkParser();
          parser.parse(piece);
          for (const batch of [first, second]) {
            // non-overlapping ranges of the current text, applied at once
            const { next, changes, edits } = applyAtOnce(
              text,
              batch.map(e => {
                const start = e.at % (text.length + 1);
                return { start, end: Math.min(text.length, start + e.del), ins: e.ins };
              }),
            );
            piece = piece.edit(edits);
            assert.strictEqual(piece.slice(0, piece.length), next);
            const model = parser.parse(piece, changes);
            assert.deepStrictEqual(shape(model), shape(parseNetwork(next)), next);
            text = next;
          }
        },
      ),
      { numRuns: runs(500) },
    );
  });

  test('after whole lines are inserted or deleted, at one or two places', () => {
    const LINES = [
      '',
      '# top comment',
      '  # comment',
      '    # deeper comment',
      '      # deepest comment',
      '  - name: New Person',
      '- name: Col Zero',
      '    company: Acme',
      '    tags: [x]',
      'notes:',
      'archive:',
      'extra: 1',
      '  extra: 2',
      '    - ',
      '  -',
      ' ',
    ];
    const lineEdit = fc.record({
      line: fc.nat(),
      del: fc.nat({ max: 3 }),
      ins: fc.array(fc.constantFrom(...LINES), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(
        network,
        fc.array(lineEdit, { minLength: 1, maxLength: 2 }),
        fc.array(lineEdit, { minLength: 1, maxLength: 2 }),
        (n, first, second) => {
          let text = renderNetwork(n);
          const parser = new NetworkParser();
          parser.parse(text);
          for (const batch of [first, second]) {
            const starts = [0];
            for (let i = text.indexOf('\n'); i >= 0 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) {
              starts.push(i + 1);
            }
            const lineEnd = (l: number): number => (l < starts.length ? starts[l] : text.length);
            const { next, changes } = applyAtOnce(
              text,
              batch.map(e => {
                const l = e.line % starts.length;
                return { start: starts[l], end: lineEnd(l + e.del), ins: e.ins.map(x => x + '\n').join('') };
              }),
            );
            if (changes.length === 0) {
              continue;
            }
            const model = parser.parse(next, changes);
            assert.deepStrictEqual(shape(model), shape(parseNetwork(next)), next);
            text = next;
          }
        },
      ),
      { numRuns: runs(1000) },
    );
  });

  /** [text, start, end, insert]: edits at the places where a partial re-scan could go wrong. */
  const CASES: [string, number | string, number | string, string][] = [
    // a deeper comment typed into the last item's first line belongs to the item before
    ['contacts:\n  - name: A\n  - name: B\nrules: []\n', '- name: B', 0, ' #'],
    // the first item emptied to a blank line after a blank line: the section's body ends at its key
    ['contacts:\n\n  - A\nrules: []\n', '- A', 3, ''],
    ['contacts:\n  - A\n\n  # about B\n  - B\nrules: []\n', '- B', 3, ''],
    // a key typed that comes again later
    ['contacts:\n  - A\n  - B\nrules: []\narchive: []\n', '  - B\n', 0, 'archive:\n'],
    // a key line deleted, and one added
    ['contacts:\n  - A\nrules: []\narchive:\n  - C\n', 'rules: []\n', 0, ''],
    ['contacts:\n  - A\narchive:\n  - C\n', '  - A\n', 0, 'rules: []\n'],
    // a list at column 0, CRLF, a document start and comments before the first key
    ['contacts:\n- A\n# c\n- B\nrules: []\n', '# c', 1, ' '],
    ['contacts:\r\n  - A\r\n\r\n  - B\r\nrules: []\r\n', '\r\n\r\n', 2, ''],
    ['# top\n---\ncontacts:\n  - A\n', '---', 3, ''],
    ['# top\ncontacts:\n  - A\n', 0, 0, '---\n'],
    // the item indent changed under the scan
    ['contacts:\n  - A\n  - B\n  - C\n', '  - B', 0, '  '],
    ['contacts:\n  - A\n  - B\n  - C\n', '- B', 0, ' '],
  ];

  test('on hand-picked edits at the edges of a re-scan', () => {
    for (const [before, from, to, insert] of CASES) {
      const start = typeof from === 'number' ? from : before.indexOf(from);
      const end = typeof to === 'number' ? start + to : before.indexOf(to, start);
      assert.ok(start >= 0 && end >= start, `case ${JSON.stringify(before)}`);
      const parser = new NetworkParser();
      parser.parse(before);
      const after = before.slice(0, start) + insert + before.slice(end);
      const model = parser.parse(after, { start, oldEnd: end, delta: insert.length - (end - start) });
      assert.deepStrictEqual(shape(model), shape(parseNetwork(after)), JSON.stringify(after));
    }
  });
});

/** A layout's offsets and kinds, without the entries parsed from its items. */
function offsets(layout: Layout): unknown {
  return layout.sections.map(({ items, keptItems: _keptItems, ...s }) => ({
    ...s,
    items: items?.map(({ entry: _entry, hasErrors: _hasErrors, ...it }) => it),
  }));
}

/** The layout, or the offset at which the scan gave up. */
function scanned(scan: () => Layout): unknown {
  try {
    return offsets(scan());
  } catch (e) {
    if (e instanceof Unusual) {
      return 'unusual';
    }
    throw e;
  }
}

suite('incrementalScan: the lines around a change', () => {
  test('the layout after edits is the layout a whole scan finds', () => {
    const edit = fc.record({
      at: fc.nat(),
      del: fc.nat({ max: 12 }),
      ins: fc.constantFrom(...EDIT_CHARS, '\n  - name: Z\n', '\n\n', '  # c\n', 'notes: 1\n'),
    });
    fc.assert(
      fc.property(network, fc.array(edit, { minLength: 1, maxLength: 3 }), (n, batch) => {
        const text = renderNetwork(n);
        const { next, changes } = applyAtOnce(
          text,
          batch.map(e => {
            const start = e.at % (text.length + 1);
            return { start, end: Math.min(text.length, start + e.del), ins: e.ins };
          }),
        );
        const old = scanLayout(text);
        assert.deepStrictEqual(
          scanned(() => scanChangedOrWhole(next, old, changeMap(changes))),
          scanned(() => scanLayout(next)),
          JSON.stringify(next),
        );
      }),
      { numRuns: runs(300) },
    );
  });

  test('a change inside an entry restarts the scan at that entry, the one before it still open', () => {
    const text = 'me:\n  name: Sam\ncontacts:\n  - name: A\n\n  # about B\n  - name: B\n  - name: C\n';
    const old = scanLayout(text);
    const state = restartState(text, old, text.indexOf('name: C'));
    const sec = old.sections[1];
    const items = sec.items ?? [];
    assert.strictEqual(state.pos, itemStart(sec, items[2]));
    assert.deepStrictEqual(
      state.sections.map(s => s.key),
      ['me', 'contacts'],
    );
    assert.strictEqual(state.cur, state.sections[1]);
    assert.deepStrictEqual(state.cur?.items, [items[0]]);
    assert.strictEqual(state.cur?.lineStart, sec.lineStart);
    assert.ok(state.item);
    assert.deepStrictEqual(
      [itemStart(sec, state.item), itemEnd(sec, state.item)],
      [itemStart(sec, items[1]), itemEnd(sec, items[1])],
    );
    assert.deepStrictEqual([...state.seen], ['me', 'contacts']);

    const atB = restartState(text, old, text.indexOf('name: B'));
    assert.deepStrictEqual(
      [atB.pos, atB.pendingComments, atB.lastLineBlank],
      [itemStart(sec, items[1]), itemBlockStart(sec, items[1]), true],
    );
  });

  test('a change before the first entry restarts at the key line; before the first key, at the start', () => {
    const text = '# top\nme:\n  name: Sam\ncontacts:\n  - name: A\n';
    const old = scanLayout(text);
    const atKey = restartState(text, old, text.indexOf('  name: Sam'));
    assert.deepStrictEqual(
      [atKey.pos, atKey.sections.length, atKey.cur, atKey.item, [...atKey.seen]],
      [text.indexOf('me:'), 0, undefined, undefined, []],
    );
    const atFirstItem = restartState(text, old, text.indexOf('name: A'));
    assert.deepStrictEqual(
      [atFirstItem.pos, atFirstItem.cur?.itemIndent, atFirstItem.cur?.valueKind, atFirstItem.item],
      [text.indexOf('  - name: A'), -1, 'empty', undefined],
    );
    assert.strictEqual(restartState(text, old, 2).pos, 0);
  });

  test('bodyEndBefore skips blank lines and column-0 comments back to the last body line', () => {
    const text = 'contacts:\n  - A\n    # deeper\n\n# top\n\n  - B\n';
    const floor = text.indexOf('  - A');
    assert.strictEqual(bodyEndBefore(text, text.indexOf('  - B'), floor), text.indexOf('\n\n') + 1);
    assert.strictEqual(bodyEndBefore('contacts:\n\n# x\n  - B\n', 'contacts:\n\n# x\n'.length, 10), 10);
  });
});
