import * as assert from 'assert';
import type { ActionKind } from '../../../src/model/actions/actionSpec';
import { planAction } from '../../../src/model/actions/networkEdits';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { applyEdits } from '../../../src/model/yaml/textEdits';

// An entry's own comments (the comment lines directly above it, no blank line between) move with
// it, both ways: notKnown then restore gives the file back, the comment above the person again.

const CTX = { today: '2026-11-26', snoozeDays: 7 };

function run(text: string, kind: ActionKind, name: string): string {
  const result = planAction(parseNetwork(text), { kind, ref: { name } }, CTX);
  assert.ok(result.ok, result.ok ? '' : result.message);
  const out = applyEdits(text, result.edits);
  assert.deepStrictEqual(parseNetwork(out).syntaxErrors, []);
  return out;
}

/** The lines of the section `key` (its key line to the next top-level key). */
function sectionOf(text: string, key: string): string {
  const start = text.indexOf(`\n${key}:`) + 1;
  const next = text.slice(start + 1).search(/\n[a-z]/);
  return next < 0 ? text.slice(start) : text.slice(start, start + 1 + next + 1);
}

const DECIDED = '    outcome: not-known\n    decided: 2026-11-26\n';

suite('list moves: an entry’s own comments travel with it', () => {
  test('notKnown into an empty archive, then restore: the file as it was, no comment left in the archive', () => {
    const input = `invitations:
  - name: Ann
    received: 2026-11-01
  # about Priya
  - name: Priya
    received: 2026-11-02
contacts: []
archive: []
`;
    const archived = run(input, 'notKnown', 'Priya');
    assert.strictEqual(
      sectionOf(archived, 'archive'),
      `archive:\n  # about Priya\n  - name: Priya\n    received: 2026-11-02\n${DECIDED}`,
    );
    assert.strictEqual(run(archived, 'restore', 'Priya'), input);
  });

  test('the same with no archive list yet (the move creates it)', () => {
    const input = `invitations:
  - name: Ann
    received: 2026-11-01
  # about Priya
  - name: Priya
    received: 2026-11-02
contacts: []
`;
    const restored = run(run(input, 'notKnown', 'Priya'), 'restore', 'Priya');
    assert.strictEqual(restored, input.replace('contacts: []\n', 'contacts: []\narchive: []\n'));
  });

  test('the first invitation’s comment, right under the key, goes with it and comes back with it', () => {
    const input = `invitations:
  # about Priya
  - name: Priya
    received: 2026-11-02
  - name: Ann
    received: 2026-11-01
contacts: []
archive:
  - name: Old
    outcome: ignored
`;
    const archived = run(input, 'notKnown', 'Priya');
    assert.strictEqual(sectionOf(archived, 'invitations'), 'invitations:\n  - name: Ann\n    received: 2026-11-01\n');
    assert.ok(sectionOf(archived, 'archive').includes('  # about Priya\n  - name: Priya\n'), archived);
    const restored = run(archived, 'restore', 'Priya');
    assert.strictEqual(
      sectionOf(restored, 'invitations'),
      'invitations:\n  - name: Ann\n    received: 2026-11-01\n  # about Priya\n  - name: Priya\n    received: 2026-11-02\n',
    );
    assert.strictEqual(sectionOf(restored, 'archive'), 'archive:\n  - name: Old\n    outcome: ignored\n');
  });

  test('a comment inside the entry, below its last field, goes both ways too', () => {
    const input = `invitations:
  - name: Ann
    received: 2026-11-01
  - name: Priya
    received: 2026-11-02
    # about Priya
contacts: []
archive: []
`;
    const archived = run(input, 'notKnown', 'Priya');
    assert.ok(!sectionOf(archived, 'invitations').includes('#'), archived);
    assert.strictEqual(run(archived, 'restore', 'Priya'), input);
  });

  test('a list’s own comments stay: one under the key with a blank line before the first entry, one under an empty list', () => {
    const input = `invitations:
  # the ones I have not decided yet

  - name: Priya
    received: 2026-11-02
contacts: []
archive:
  # people I decided about
`;
    const archived = run(input, 'notKnown', 'Priya');
    assert.ok(sectionOf(archived, 'invitations').includes('# the ones I have not decided yet'), archived);
    assert.strictEqual(
      sectionOf(archived, 'archive'),
      `archive:\n  # people I decided about\n\n  - name: Priya\n    received: 2026-11-02\n${DECIDED}`,
      'a blank line keeps the list’s comment its own',
    );
    const restored = run(archived, 'restore', 'Priya');
    assert.ok(sectionOf(restored, 'archive').includes('# people I decided about'), restored);
    assert.ok(!sectionOf(restored, 'invitations').includes('# people I decided about'), restored);
  });
});
