import * as assert from 'assert';
import * as fc from 'fast-check';
import type { NetworkModel } from '../../src/model/network';
import { ACTION_LIST, planAction } from '../../src/model/networkEdits';
import type { ActionKind } from '../../src/model/networkEdits';
import { NetworkParser, parseNetwork } from '../../src/model/networkParser';
import { personOf } from '../../src/model/person';
import { applyEdits } from '../../src/model/textEdits';
import { network, renderNetwork } from '../support/networkArbitrary';
import { runs } from '../support/runs';

/** What a model says, as plain data: sections, entries with their offsets and values, errors. */
function shape(m: NetworkModel): unknown {
  const entries = (list: 'invitations' | 'contacts' | 'archive' | 'rules' | 'blueprints'): unknown =>
    m[list].map(e => [e.blockStart, e.start, e.end, e.parsed.value]);
  return {
    broken: m.syntaxErrors.length > 0,
    sections: m.sections.map(s => [s.key, s.lineStart, s.bodyEnd, s.valueKind, s.itemIndent]),
    invitations: entries('invitations'), contacts: entries('contacts'), archive: entries('archive'), rules: entries('rules'), blueprints: entries('blueprints'),
  };
}

const KINDS = Object.keys(ACTION_LIST) as ActionKind[];
const EDIT_CHARS = ['x', ' ', '\n', ': ', '#', '"', '- ', '  ', 'é', '🚀'];

suite('incremental parsing agrees with a parse from scratch', () => {
  test('after actions (several edits at once) and after typed text (one edit)', () => {
    const step = fc.oneof(
      fc.record({ type: fc.constant('action' as const), kind: fc.constantFrom(...KINDS), pick: fc.nat() }),
      fc.record({ type: fc.constant('type' as const), at: fc.nat(), del: fc.nat({ max: 3 }), ins: fc.constantFrom(...EDIT_CHARS) }),
    );
    fc.assert(fc.property(network, fc.array(step, { minLength: 1, maxLength: 10 }), (n, steps) => {
      let text = renderNetwork(n);
      const parser = new NetworkParser();
      let model = parser.parse(text);
      for (const s of steps) {
        let changes;
        let next: string;
        if (s.type === 'action') {
          const list = model[ACTION_LIST[s.kind]];
          if (model.syntaxErrors.length || list.length === 0) {
            continue;
          }
          const name = personOf(list[s.pick % list.length]).name;
          const r = planAction(model, { kind: s.kind, ref: { name }, value: s.kind === 'setFollowUp' ? '2027-01-01' : 'note' }, { today: '2026-11-26', snoozeDays: 7 });
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
        assert.deepStrictEqual(shape(model), shape(parseNetwork(next)), next);
        text = next;
      }
    }), { numRuns: runs(500) });
  });
});
