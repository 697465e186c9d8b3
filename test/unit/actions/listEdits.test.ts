import * as assert from 'assert';
import type { ActionKind } from '../../../src/model/actions/actionSpec';
import { planAddPerson } from '../../../src/model/actions/addPerson';
import { planCleanUp } from '../../../src/model/actions/cleanUp';
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

// A list's closing comment (after its last entry, at the list's indent or at column 0) stays last
// when an entry is appended; a comment under the last entry's fields, indented like them, is that
// entry's and stays with it.
suite('list appends: a list’s closing comment stays last', () => {
  const ARCHIVE = `archive:
  - name: Old
    outcome: ignored
    decided: 2026-10-01
`;
  const invitations = (tail = ''): string => `invitations:
  - name: Ann
    received: 2026-11-01
  - name: Priya
    received: 2026-11-02
${tail}contacts: []
`;
  const PRIYA = `  - name: Priya\n    received: 2026-11-02\n${DECIDED}`;
  /** The invitations once Priya has gone. */
  const ANN = 'invitations:\n  - name: Ann\n    received: 2026-11-01\n';

  test('I Don’t Know Them: the new archive entry goes above `# end of archive`; Restore gives the file back byte for byte', () => {
    const input = `${invitations()}${ARCHIVE}  # end of archive
  # (older ones in archive-2025.yaml)
blueprints: []
`;
    const archived = run(input, 'notKnown', 'Priya');
    assert.strictEqual(
      archived,
      `${ANN}contacts: []
${ARCHIVE}${PRIYA}  # end of archive
  # (older ones in archive-2025.yaml)
blueprints: []
`,
    );
    assert.strictEqual(run(archived, 'restore', 'Priya'), input);
  });

  test('both lists closed by a comment, one after a blank line, one at column 0; Restore puts Priya back above the invitations’ own', () => {
    const input = `invitations:
  - name: Priya
    received: 2026-11-02
  - name: Ann
    received: 2026-11-01

  # end of invitations
contacts: []
${ARCHIVE}# ---- the end of the file ----
`;
    const archived = run(input, 'notKnown', 'Priya');
    assert.strictEqual(
      archived,
      `${ANN}
  # end of invitations
contacts: []
${ARCHIVE}${PRIYA}# ---- the end of the file ----
`,
    );
    assert.strictEqual(
      run(archived, 'restore', 'Priya'),
      `invitations:
  - name: Ann
    received: 2026-11-01
  - name: Priya
    received: 2026-11-02

  # end of invitations
contacts: []
${ARCHIVE}# ---- the end of the file ----
`,
    );
  });

  test('a list with blank lines between its entries: the blank line goes before the new entry, the closing comment stays after its own', () => {
    const input = `${invitations()}archive:
  - name: Old
    outcome: ignored

  - name: Older
    outcome: ignored

  # end of archive
`;
    const archived = run(input, 'notKnown', 'Priya');
    assert.strictEqual(
      archived.slice(archived.indexOf('archive:')),
      `archive:
  - name: Old
    outcome: ignored

  - name: Older
    outcome: ignored

${PRIYA}
  # end of archive
`,
    );
    assert.strictEqual(run(archived, 'restore', 'Priya'), input);
  });

  test('a comment under the last entry’s fields, indented like them, is that entry’s: the new entry comes after it', () => {
    const input = `${invitations()}archive:
  - name: Old
    outcome: ignored
    # met at the Kafka meetup
`;
    const archived = run(input, 'notKnown', 'Priya');
    assert.strictEqual(
      archived.slice(archived.indexOf('archive:')),
      `archive:\n  - name: Old\n    outcome: ignored\n    # met at the Kafka meetup\n${PRIYA}`,
    );
    assert.strictEqual(run(archived, 'restore', 'Priya'), input);
  });

  test('a list without a closing comment: appended at its end as before, in LF and CRLF files', () => {
    const input = `${invitations()}${ARCHIVE}blueprints: []
`;
    const expected = `${ANN}contacts: []
${ARCHIVE}${PRIYA}blueprints: []
`;
    assert.strictEqual(run(input, 'notKnown', 'Priya'), expected);
    const crlf = (s: string): string => s.replace(/\n/g, '\r\n');
    assert.strictEqual(run(crlf(input), 'notKnown', 'Priya'), crlf(expected));
    assert.strictEqual(run(crlf(expected), 'restore', 'Priya'), crlf(input));
  });

  test('Clean Up (several at once) and Add Person stop above the closing comment too', () => {
    const input = `invitations: []
contacts:
  - name: Ann
    connected: 2020-01-01
  - name: Bob
    connected: 2020-01-02
  # end of contacts
${ARCHIVE}  # end of archive
`;
    const model = parseNetwork(input);
    const cleaned = planCleanUp(model, [{ name: 'Ann' }, { name: 'Bob' }], CTX);
    assert.ok(cleaned.ok, cleaned.ok ? '' : cleaned.message);
    assert.strictEqual(
      applyEdits(input, cleaned.edits),
      `invitations: []
contacts: []
  # end of contacts
${ARCHIVE}  - name: Ann
    connected: 2020-01-01
    outcome: removed
    decided: 2026-11-26
    reason: clean-up
  - name: Bob
    connected: 2020-01-02
    outcome: removed
    decided: 2026-11-26
    reason: clean-up
  # end of archive
`,
    );
    const added = planAddPerson(
      model,
      { name: 'Cem', profile: 'https://www.linkedin.com/in/cem', list: 'contacts' },
      CTX.today,
    );
    assert.ok(added.ok, added.ok ? '' : added.message);
    assert.strictEqual(
      applyEdits(input, added.edits),
      input.replace(
        '  # end of contacts\n',
        '  - name: Cem\n    profile: https://www.linkedin.com/in/cem\n    connected: 2026-11-26\n  # end of contacts\n',
      ),
    );
  });
});
