import * as assert from 'assert';
import * as fc from 'fast-check';
import { planImport } from '../../src/model/linkedin/importMerge';
import { readLinkedInExport } from '../../src/model/linkedin/linkedinExport';
import { planMerge } from '../../src/model/actions/mergeContacts';
import type { ActionKind } from '../../src/model/actions/actionSpec';
import { ACTION_LIST, planAction } from '../../src/model/actions/networkEdits';
import { parseNetwork } from '../../src/model/network/networkParser';
import { personOf } from '../../src/model/people/person';
import { applyEdits } from '../../src/model/yaml/textEdits';
import { assertConfined, comments, peopleCount } from '../support/fidelity';
import { network, renderNetwork, trickyText } from '../support/networkArbitrary';
import { requestFor } from '../support/actionRequests';
import { runs } from '../support/runs';

const KINDS = Object.keys(ACTION_LIST) as ActionKind[];
const CTX = { today: '2026-11-26', snoozeDays: 7, linkedinTodos: true };

const step = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('action' as const),
      kind: fc.constantFrom(...KINDS),
      pick: fc.nat(),
      value: trickyText,
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('merge' as const), a: fc.nat(), b: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('import' as const),
      rows: fc.array(
        fc.record({ pick: fc.nat(), company: fc.constantFrom('Acme', 'New Co, Ltd', ''), isNew: fc.boolean() }),
        { maxLength: 4 },
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('text' as const),
      line: fc.nat(),
      what: fc.constantFrom('comment', 'blank'),
    }),
  },
);

suite('fidelity sweep: every action, import, merge and direct edits, in random order', () => {
  test('every result parses; people are conserved (merge carries one into the other); comments survive', function () {
    this.timeout(0); // a count of runs, not a time: however loaded the machine, all of them run
    fc.assert(
      fc.property(network, fc.array(step, { minLength: 1, maxLength: 12 }), (n, steps) => {
        let text = renderNetwork(n);
        let people = peopleCount(parseNetwork(text));
        for (const s of steps) {
          const model = parseNetwork(text);
          assert.deepStrictEqual(model.syntaxErrors, [], text);
          let next: string;
          if (s.type === 'action') {
            const list = model[ACTION_LIST[s.kind]];
            if (!list.length) {
              continue;
            }
            const entry = list[s.pick % list.length];
            const r = planAction(model, { kind: s.kind, ...requestFor(s.kind, entry, s.value) }, CTX);
            if (!r.ok) {
              continue;
            }
            assertConfined(model, entry.start, r.edits);
            next = applyEdits(text, r.edits);
          } else if (s.type === 'merge') {
            const c = model.contacts;
            if (c.length < 2 || s.a % c.length === s.b % c.length) {
              continue;
            }
            const [x, y] = [c[s.a % c.length], c[s.b % c.length]];
            const r = planMerge(
              model,
              { name: personOf(x).name, list: 'contacts', index: x.index },
              { name: personOf(y).name, list: 'contacts', index: y.index },
              CTX.today,
            );
            assert.ok(r.ok, r.ok ? '' : r.message);
            next = applyEdits(text, r.edits);
            // the merged entry's comments live on in the survivor's merge note
            const after = comments(next);
            for (const [cmt] of comments(text)) {
              assert.ok(after.has(cmt) || next.includes(cmt.slice(1).trim()), `comment lost in a merge: ${cmt}`);
            }
            people -= 1;
            const m = parseNetwork(next);
            assert.strictEqual(peopleCount(m), people);
            text = next;
            continue;
          } else if (s.type === 'import') {
            const all = [...model.contacts, ...model.invitations];
            const rows = s.rows.map((r, i) => {
              const known = !r.isNew && all.length ? personOf(all[r.pick % all.length]) : undefined;
              const name = known?.name ?? `New Person ${i}`;
              const [first, ...rest] = name.split(' ');
              const q = (v: string): string => `"${v.replace(/"/g, '""')}"`;
              return [first, rest.join(' '), known?.profile ?? '', '', r.company, 'CTO', '14 Mar 2025']
                .map(q)
                .join(',');
            });
            const exp = readLinkedInExport(
              {
                connections: ['First Name,Last Name,URL,Email Address,Company,Position,Connected On', ...rows].join(
                  '\n',
                ),
              },
              d => d.toISOString().slice(0, 10),
            );
            const r = planImport(model, exp, CTX.today);
            assert.ok(r.ok, r.ok ? '' : r.message);
            next = applyEdits(text, r.edits);
            const m = parseNetwork(next);
            assert.ok(peopleCount(m) >= people, 'an import never loses anyone');
            people = peopleCount(m);
            assert.deepStrictEqual(m.syntaxErrors, [], next);
            assert.deepStrictEqual(
              planImport(m, exp, CTX.today).ok && (planImport(m, exp, CTX.today) as { edits: unknown[] }).edits,
              [],
              'a second import changes nothing',
            );
            for (const [cmt, k] of comments(text)) {
              assert.ok((comments(next).get(cmt) ?? 0) >= k, `comment lost in an import: ${cmt}`);
            }
            text = next;
            continue;
          } else {
            // a direct edit, as a person would type: a comment or a blank line between lines
            const lines = text.split('\n');
            const at = s.line % lines.length;
            const indent = /^ */.exec(lines[at])?.[0] ?? '';
            const cr = text.includes('\r\n') ? '\r' : '';
            lines.splice(at, 0, (s.what === 'comment' ? `${indent}# typed by hand ${at}` : '') + cr);
            next = lines.join('\n');
          }
          const after = parseNetwork(next);
          assert.deepStrictEqual(after.syntaxErrors, [], next);
          assert.strictEqual(peopleCount(after), people, next);
          for (const [cmt, k] of comments(text)) {
            assert.ok((comments(next).get(cmt) ?? 0) >= k, `comment lost: ${cmt}`);
          }
          text = next;
        }
      }),
      { numRuns: runs(1000) },
    );
  });
});
