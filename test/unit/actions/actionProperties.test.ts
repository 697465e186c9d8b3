import * as assert from 'assert';
import * as fc from 'fast-check';
import type { ActionKind } from '../../../src/model/actions/actionSpec';
import { ACTION_LIST, planAction } from '../../../src/model/actions/networkEdits';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { personOf } from '../../../src/model/people/person';
import { applyEdits } from '../../../src/model/yaml/textEdits';
import { assertCommentsKept, assertConfined, peopleCount } from '../../support/fidelity';
import { network, renderNetwork, trickyText } from '../../support/networkArbitrary';
import { requestFor, refusalAllowed } from '../../support/actionRequests';
import { runs } from '../../support/runs';

const KINDS = Object.keys(ACTION_LIST) as ActionKind[];
const CTX = { today: '2026-11-26', snoozeDays: 7 };

const action = fc.record({
  kind: fc.constantFrom(...KINDS),
  pick: fc.nat(),
  value: fc.oneof(trickyText, fc.constantFrom('client', 'peer', '2027-01-02', 'kafka')),
});

suite('edit engine: properties over random networks and action sequences', () => {
  test('every result parses, people are conserved, comments survive, edits stay in the touched entries', () => {
    fc.assert(
      fc.property(network, fc.array(action, { minLength: 1, maxLength: 8 }), (n, actions) => {
        const original = renderNetwork(n);
        let text = original;
        const total = peopleCount(parseNetwork(text));
        for (const a of actions) {
          const model = parseNetwork(text);
          const list = model[ACTION_LIST[a.kind]];
          if (list.length === 0) {
            continue;
          }
          const entry = list[a.pick % list.length];
          const person = personOf(entry);
          const { ref, value } = requestFor(a.kind, entry, a.value);
          const result = planAction(model, { kind: a.kind, ref, value }, CTX);
          if (!result.ok) {
            // the only refusals allowed: empty note/category/tag text, an availability the file does not have
            assert.ok(refusalAllowed(a.kind, value, model), result.message);
            continue;
          }
          assertConfined(model, entry.start, result.edits);
          const next = applyEdits(text, result.edits);
          const after = parseNetwork(next);
          assert.deepStrictEqual(after.syntaxErrors, [], `${a.kind} ${person.name} broke the file:\n${next}`);
          assert.strictEqual(peopleCount(after), total, `${a.kind} ${person.name} lost or added a person:\n${next}`);
          assertCommentsKept(text, next);
          text = next;
        }
        assertCommentsKept(original, text);
      }),
      { numRuns: runs(1000) },
    );
  });
});
