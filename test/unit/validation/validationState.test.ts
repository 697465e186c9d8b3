import * as assert from 'assert';
import * as fc from 'fast-check';
import type { ActionKind } from '../../../src/model/actions/actionSpec';
import { ACTION_LIST, planAction } from '../../../src/model/actions/networkEdits';
import type { Entry } from '../../../src/model/network/network';
import { NetworkParser, parseNetwork } from '../../../src/model/network/networkParser';
import { validateNetwork } from '../../../src/model/validation/networkValidation';
import { changedWindow, ValidationState } from '../../../src/model/validation/validationState';
import { applyEdits } from '../../../src/model/yaml/textEdits';
import { requestFor } from '../../support/actionRequests';
import { network, renderNetwork } from '../../support/networkArbitrary';
import { runs } from '../../support/runs';

const KINDS = Object.keys(ACTION_LIST) as ActionKind[];
const EDIT_CHARS = ['x', ' ', '\n', ': ', '#', '"', '- ', 'é', '\n  - name: Zed\n', '\n  - name: Ann\n', '2026-02-30'];

suite('validationState: a document validated again visits only what changed', () => {
  test('after actions and typed text, the problems are those of the same text validated from scratch', () => {
    const step = fc.oneof(
      fc.record({ type: fc.constant('action' as const), kind: fc.constantFrom(...KINDS), pick: fc.nat() }),
      fc.record({
        type: fc.constant('type' as const),
        at: fc.nat(),
        del: fc.nat({ max: 3 }),
        ins: fc.constantFrom(...EDIT_CHARS),
      }),
    );
    fc.assert(
      fc.property(network, fc.array(step, { minLength: 1, maxLength: 8 }), (n, steps) => {
        let text = renderNetwork(n);
        const parser = new NetworkParser();
        let model = parser.parse(text);
        validateNetwork(model);
        for (const s of steps) {
          let next: string;
          let changes;
          if (s.type === 'action') {
            const list = model[ACTION_LIST[s.kind]];
            if (model.syntaxErrors.length || list.length === 0) {
              continue;
            }
            const request = requestFor(s.kind, list[s.pick % list.length], 'note');
            const r = planAction(model, { kind: s.kind, ...request }, { today: '2026-11-26', snoozeDays: 7 });
            if (!r.ok) {
              continue;
            }
            next = applyEdits(text, r.edits);
            changes = r.edits.map(e => ({ start: e.start, oldEnd: e.end, delta: e.text.length - (e.end - e.start) }));
          } else {
            const at = s.at % (text.length + 1);
            const end = Math.min(text.length, at + s.del);
            next = text.slice(0, at) + s.ins + text.slice(end);
            changes = [{ start: at, oldEnd: end, delta: s.ins.length - (end - at) }];
          }
          model = parser.parse(next, changes);
          assert.deepStrictEqual(validateNetwork(model), validateNetwork(parseNetwork(next)), next);
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
  });
});
