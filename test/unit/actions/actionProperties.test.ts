import * as assert from 'assert';
import * as fc from 'fast-check';
import type { ActionKind } from '../../../src/model/actions/actionSpec';
import { ACTION_LIST, planAction } from '../../../src/model/actions/networkEdits';
import type { NetworkModel } from '../../../src/model/network/network';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { personOf } from '../../../src/model/people/person';
import { applyEdits } from '../../../src/model/yaml/textEdits';
import { assertCommentsKept, assertConfined, peopleCount } from '../../support/fidelity';
import { network, renderNetwork, trickyText } from '../../support/networkArbitrary';
import { requestFor, refusalAllowed } from '../../support/actionRequests';
import { runs } from '../../support/runs';
import { planAddPerson } from '../../../src/model/actions/addPerson';
import { planCleanUp } from '../../../src/model/actions/cleanUp';

const KINDS = Object.keys(ACTION_LIST) as ActionKind[];
const CTX = { today: '2026-11-26', snoozeDays: 7, linkedinTodos: true };

const action = fc.record({
  kind: fc.constantFrom(...KINDS),
  pick: fc.nat(),
  value: fc.oneof(trickyText, fc.constantFrom('client', 'peer', '2027-01-02', 'kafka')),
});

/** A list's `# end of <list>` comment is never between two of its entries (an append goes above it). */
function assertClosingCommentsOutside(model: NetworkModel): void {
  for (const sec of model.sections) {
    const at = model.text.indexOf(`# end of ${sec.key}`);
    if (at >= 0 && sec.entries.length) {
      assert.ok(
        at < sec.entries[0].blockStart || at >= sec.entries[sec.entries.length - 1].end,
        `# end of ${sec.key} between its entries:\n${model.text}`,
      );
    }
  }
}

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
          assertClosingCommentsOutside(after);
          text = next;
        }
        assertCommentsKept(original, text);
      }),
      { numRuns: runs(1000) },
    );
  });

  test('addPerson and cleanUp (not rows: no entry to act on, or many): they parse, count people right, keep comments', () => {
    fc.assert(
      fc.property(network, fc.nat(), fc.nat(), trickyText, fc.boolean(), (n, a, b, name, invitation) => {
        const text = renderNetwork(n);
        const model = parseNetwork(text);
        const total = peopleCount(model);
        const added = planAddPerson(
          model,
          {
            name: `${name} New`,
            profile: `https://www.linkedin.com/in/new-${a}`,
            list: invitation ? 'invitations' : 'contacts',
          },
          CTX.today,
        );
        assert.ok(added.ok, added.ok ? '' : added.message);
        const withNew = applyEdits(text, added.edits);
        assert.deepStrictEqual(parseNetwork(withNew).syntaxErrors, [], withNew);
        assert.strictEqual(peopleCount(parseNetwork(withNew)), total + 1, withNew);
        assertCommentsKept(text, withNew);
        const contacts = model.contacts;
        if (contacts.length === 0) {
          return;
        }
        const chosen = [contacts[a % contacts.length], contacts[b % contacts.length]].map(e => ({
          name: personOf(e).name,
        }));
        const cleaned = planCleanUp(model, chosen, CTX);
        assert.ok(cleaned.ok, cleaned.ok ? '' : cleaned.message);
        const after = parseNetwork(applyEdits(text, cleaned.edits));
        assert.deepStrictEqual(after.syntaxErrors, [], applyEdits(text, cleaned.edits));
        assert.strictEqual(peopleCount(after), total);
        assert.strictEqual(after.archive.length, model.archive.length + new Set(chosen.map(c => c.name)).size);
        assertCommentsKept(text, applyEdits(text, cleaned.edits));
      }),
      { numRuns: runs(300) },
    );
  });
});
