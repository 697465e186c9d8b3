import * as assert from 'assert';
import * as fc from 'fast-check';
import { keptEntryCount } from '../../../src/model/network/modelDocument';
import type { Entry } from '../../../src/model/network/network';
import { NetworkParser, parseNetwork } from '../../../src/model/network/networkParser';
import { validateNetwork } from '../../../src/model/validation/networkValidation';
import { changedWindow, ValidationState } from '../../../src/model/validation/validationState';
import { applyStep, editStep, sessionText } from '../../support/editSteps';
import { network, renderNetwork } from '../../support/networkArbitrary';
import { runs } from '../../support/runs';

const EDIT_CHARS = ['x', ' ', '\n', ': ', '#', '"', '- ', 'é', '\n  - name: Zed\n', '\n  - name: Ann\n', '2026-02-30'];

suite('validationState: a document validated again visits only what changed', () => {
  test('after actions and typed text, the problems are those of the same text validated from scratch', () => {
    fc.assert(
      fc.property(network, fc.array(editStep(EDIT_CHARS), { minLength: 1, maxLength: 8 }), (n, steps) => {
        let text = sessionText(renderNetwork(n));
        const parser = new NetworkParser();
        let model = parser.parse(text.piece);
        validateNetwork(model);
        for (const s of steps) {
          const stepped = applyStep(model, text, s, { today: '2026-11-26', snoozeDays: 7 });
          if (!stepped) {
            continue;
          }
          const { next, changes } = stepped;
          model = parser.parse(next.piece, changes);
          assert.deepStrictEqual(validateNetwork(model), validateNetwork(parseNetwork(next.flat)), next.flat);
          text = next;
        }
      }),
      { numRuns: runs(200) },
    );
  });

  test('a duplicate made and undone by edits elsewhere is reported, then no longer', () => {
    const base = 'contacts:\n  - name: Ann\n  - name: Bo\narchive:\n  - name: Cy\n';
    const parser = new NetworkParser();
    validateNetwork(parser.parse(base));
    const twice = base.replace('name: Cy', 'name: Ann');
    const codes = (t: string): string[] => validateNetwork(parser.parse(t)).map(p => p.code);
    assert.deepStrictEqual(codes(twice), ['duplicate-person']);
    assert.deepStrictEqual(codes(base), []);
  });

  test('problems of entries after an added or removed entry move with them', () => {
    const base =
      'contacts:\n  - name: Ann\n  - name: Bo\n    category: clinet\n  - name: Cy\n    connected: 2026-02-30\n';
    const parser = new NetworkParser();
    validateNetwork(parser.parse(base));
    let last = base;
    const check = (t: string, at: number, oldEnd: number): void => {
      const model = parser.parse(t, { start: at, oldEnd, delta: t.length - last.length });
      last = t;
      assert.deepStrictEqual(validateNetwork(model), validateNetwork(parseNetwork(t)));
      assert.strictEqual(validateNetwork(model).length, 2);
    };
    const at = base.indexOf('  - name: Bo');
    check(base.slice(0, at) + '  - name: Di\n  - name: Ed\n' + base.slice(at), at, at);
    check(base, at, at + 26);
    check(base.replace('  - name: Ann\n', ''), 'contacts:\n'.length, 'contacts:\n'.length + 14);
  });

  test('an entry changed right after the entries the parse kept is checked', () => {
    const base = 'contacts:\n  - name: Ann\n  - name: Bo\n  - name: Cy\n    connected: 2026-02-03\n';
    const parser = new NetworkParser();
    const first = parser.parse(base);
    validateNetwork(first);
    const at = base.indexOf('02-03') + 3;
    const bad = base.slice(0, at) + '30' + base.slice(at + 2);
    const model = parser.parse(bad, { start: at, oldEnd: at + 2, delta: 0 });
    assert.ok(keptEntryCount(model, 'contacts', first.contacts) > 0, 'the parse kept the entries before the edit');
    assert.deepStrictEqual(validateNetwork(model), validateNetwork(parseNetwork(bad)));
    assert.strictEqual(validateNetwork(model).length, 1);
  });

  test('the people are counted by identity: a duplicate gone is no longer counted', () => {
    const state = new ValidationState();
    const lists = (contacts: string): Parameters<ValidationState['update']>[0] => parseNetwork(contacts);
    const one = lists('contacts:\n  - name: Ann\n  - name: Bo\n');
    state.update(one);
    assert.strictEqual(state.hasDuplicates(), false);
    state.update(lists('contacts:\n  - name: Ann\n  - name: Ann\n'));
    assert.strictEqual(state.hasDuplicates(), true);
    state.update(one);
    assert.strictEqual(state.hasDuplicates(), false);
  });

  test('the changed window: the same entries or the same parses at both ends are left out', () => {
    const e = (parsed: object): Entry => ({ parsed }) as unknown as Entry;
    const [a, b, c, d] = [{}, {}, {}, {}];
    const before = [e(a), e(b), e(c)];
    assert.deepStrictEqual(changedWindow(before, before.slice()), [3, 3, 3]);
    assert.deepStrictEqual(changedWindow(before, [before[0], e(c)]), [1, 2, 1]);
    assert.deepStrictEqual(changedWindow(before, [before[0], e(b), e(d), e(c)]), [2, 2, 3]);
    assert.deepStrictEqual(changedWindow([], [e(a)]), [0, 0, 1]);
    // the first entries known to be the same are not compared; the window still ends where it did
    assert.deepStrictEqual(changedWindow(before, [before[0], before[1], e(d)], 2), [2, 3, 3]);
    assert.deepStrictEqual(changedWindow(before, [before[0], before[1]], 5), [2, 3, 2]);
  });
});
