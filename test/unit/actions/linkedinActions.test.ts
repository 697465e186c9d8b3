import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { ActionContext, ActionKind, ActionValue } from '../../../src/model/actions/actionSpec';
import { planAction } from '../../../src/model/actions/networkEdits';
import type { EntryRef } from '../../../src/model/people/identity';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { applyEdits } from '../../../src/model/yaml/textEdits';
import { assertGolden } from '../../support/golden';
import { REPO_ROOT } from '../../support/repoRoot';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/edits');
/** `contractorNetwork.linkedinTodos` on, as it is by default. */
const TODOS: ActionContext = { today: '2026-11-26', snoozeDays: 7, linkedinTodos: true };

interface Case {
  readonly fixture: 'contract' | 'loop';
  readonly kind: ActionKind;
  readonly ref: EntryRef;
  readonly value?: ActionValue;
  /** Names the reviewed file: fixtures/edits/expected/<fixture>--<kind>--<slug>.yaml */
  readonly slug: string;
}

const CASES: Case[] = [
  // the six actions that leave something to do on linkedin.com
  { fixture: 'contract', kind: 'accept', ref: { name: 'Priya Anand' }, slug: 'priya-anand-todo' },
  { fixture: 'contract', kind: 'ignore', ref: { name: 'Priya Anand' }, slug: 'priya-anand-todo' },
  { fixture: 'contract', kind: 'notKnown', ref: { name: 'Priya Anand' }, slug: 'priya-anand-todo' },
  {
    fixture: 'contract',
    kind: 'remove',
    ref: { name: 'Tobias Ferreira' },
    value: 'went quiet',
    slug: 'tobias-ferreira-todo',
  },
  { fixture: 'contract', kind: 'follow', ref: { name: 'Tobias Ferreira' }, slug: 'tobias-ferreira-todo' },
  { fixture: 'loop', kind: 'unfollow', ref: { name: 'Tobias Ferreira' }, slug: 'tobias-ferreira-todo' },
  { fixture: 'loop', kind: 'accept', ref: { name: 'Flow Invite' }, slug: 'flow-invite-todo' },
  // following again someone whose unfollow is still to do there: nothing is left to do
  { fixture: 'loop', kind: 'follow', ref: { name: 'Mia Rossi' }, slug: 'mia-rossi-cancels' },
  // restore takes the pending to-do away
  { fixture: 'loop', kind: 'restore', ref: { name: 'Max Hollis' }, slug: 'max-hollis' },
  // the new rows
  { fixture: 'loop', kind: 'doneOnLinkedIn', ref: { name: 'Mia Rossi' }, slug: 'mia-rossi' },
  { fixture: 'loop', kind: 'doneOnLinkedIn', ref: { name: 'Max Hollis' }, slug: 'max-hollis' },
  { fixture: 'loop', kind: 'acknowledgeMove', ref: { name: 'Tobias Ferreira' }, slug: 'tobias-ferreira' },
  // a note removes `moved` too
  {
    fixture: 'loop',
    kind: 'addNote',
    ref: { name: 'Tobias Ferreira' },
    value: 'Congratulated him',
    slug: 'tobias-ferreira',
  },
];

const read = (fixture: string): string => fs.readFileSync(path.join(FIXTURES, `${fixture}.yaml`), 'utf8');

function run(fixture: string, kind: ActionKind, ref: EntryRef, value?: ActionValue, ctx = TODOS): string {
  const input = read(fixture);
  const result = planAction(parseNetwork(input), { kind, ref, value }, ctx);
  assert.ok(result.ok, result.ok ? '' : result.message);
  return applyEdits(input, result.edits);
}

suite('LinkedIn to-dos and moves in the action table, byte for byte', () => {
  for (const c of CASES) {
    test(`${c.fixture}: ${c.kind} ${c.slug}`, () => {
      const output = run(c.fixture, c.kind, c.ref, c.value);
      assertGolden(FIXTURES, `${c.fixture}--${c.kind}--${c.slug}.yaml`, output);
      assert.deepStrictEqual(parseNetwork(output).syntaxErrors, []);
    });
  }

  test('with the setting off, the actions write no to-do (the version 0 bytes)', () => {
    for (const kind of ['accept', 'ignore', 'notKnown'] as const) {
      const output = run('contract', kind, { name: 'Priya Anand' }, undefined, { today: '2026-11-26', snoozeDays: 7 });
      assert.ok(!output.includes('todoOnLinkedIn'), kind);
      const expected = fs.readFileSync(path.join(FIXTURES, 'expected', `contract--${kind}--priya-anand.yaml`), 'utf8');
      assert.strictEqual(output, expected, kind);
    }
  });

  test('restore takes a to-do away even with the setting off (it no longer applies)', () => {
    const output = run('loop', 'restore', { name: 'Max Hollis' }, undefined, { today: '2026-11-26', snoozeDays: 7 });
    assert.ok(!output.includes('todoOnLinkedIn: ignore'));
  });

  test('an action that changes nothing leaves nothing to do on LinkedIn', () => {
    const model = parseNetwork(read('contract'));
    const result = planAction(model, { kind: 'unfollow', ref: { name: 'Tobias Ferreira' } }, TODOS);
    assert.ok(result.ok);
    assert.deepStrictEqual(result.edits, [], 'Tobias is unfollowed already');
  });

  test('Done on LinkedIn and Acknowledge on someone with nothing pending change nothing, and say so', () => {
    const model = parseNetwork(read('loop'));
    const done = planAction(model, { kind: 'doneOnLinkedIn', ref: { name: 'Quiet Quentin' } }, TODOS);
    assert.ok(done.ok);
    assert.deepStrictEqual(done.edits, []);
    assert.match(done.message, /Quiet Quentin has nothing left to do on LinkedIn/);
    const ack = planAction(model, { kind: 'acknowledgeMove', ref: { name: 'Mia Rossi' } }, TODOS);
    assert.ok(ack.ok);
    assert.deepStrictEqual(ack.edits, []);
    assert.match(ack.message, /no job change/);
  });

  test('Done on LinkedIn finds the person in any list; Acknowledge says what they do now', () => {
    const model = parseNetwork(read('loop'));
    const done = planAction(model, { kind: 'doneOnLinkedIn', ref: { name: 'Max Hollis' } }, TODOS);
    assert.ok(done.ok && done.message === 'Max Hollis: ignore done on LinkedIn.', done.message);
    const ack = planAction(model, { kind: 'acknowledgeMove', ref: { name: 'Tobias Ferreira' } }, TODOS);
    assert.ok(ack.ok);
    assert.strictEqual(ack.message, 'Noted: Tobias Ferreira is now CTO · Fjord Analytics.');
  });
});
