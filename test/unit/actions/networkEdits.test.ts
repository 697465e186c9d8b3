import { REPO_ROOT } from '../../support/repoRoot';
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { ActionKind } from '../../../src/model/actions/actionSpec';
import { planAction } from '../../../src/model/actions/networkEdits';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { applyEdits } from '../../../src/model/yaml/textEdits';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/edits');
const CTX = { today: '2026-11-26', snoozeDays: 7 };

/** [fixture, action, person, value?]: each has a reviewed expected file in fixtures/edits/expected. */
const CASES: [string, ActionKind, string, string?][] = [
  ['contract', 'accept', 'Priya Anand'],
  ['contract', 'ignore', 'Priya Anand'],
  ['contract', 'notKnown', 'Priya Anand'],
  ['contract', 'later', 'Priya Anand'],
  ['contract', 'remove', 'Tobias Ferreira', 'went quiet'],
  ['contract', 'restore', 'Max Hollis'],
  ['contract', 'follow', 'Tobias Ferreira'],
  ['contract', 'addNote', 'Tobias Ferreira', 'Call about Q1: "yes" #1'],
  ['contract', 'setCategory', 'Tobias Ferreira', 'partner'],
  ['contract', 'addTag', 'Tobias Ferreira', 'data, eng'],
  ['contract', 'setFollowUp', 'Tobias Ferreira', '2027-01-15'],
  ['styles', 'accept', "Zoë O'Brien"],
  ['styles', 'accept', '李雷'],
  ['styles', 'ignore', 'Renée Dubois'],
  ['styles', 'later', 'Renée Dubois'],
  ['styles', 'remove', 'Flow Person'],
  ['styles', 'remove', 'Tobias Ferreira'],
  ['styles', 'addNote', 'Tobias Ferreira', 'hello'],
  ['styles', 'addNote', 'Last Person', 'hi'],
  ['styles', 'addNote', 'Flow Person', 'hi'],
  ['styles', 'addTag', 'Tobias Ferreira', 'rust'],
  ['styles', 'addTag', 'Flow Person', 'b'],
  ['styles', 'unfollow', 'Flow Person'],
  ['crlf', 'accept', 'Crlf Invite'],
  ['crlf', 'ignore', 'Crlf Invite'],
  ['crlf', 'addNote', 'Crlf Contact', 'line endings stay CRLF'],
  ['eof', 'ignore', 'Last Line No Newline'],
  ['eof', 'remove', 'Only One', 'not useful'],
  ['eof', 'later', 'Last Line No Newline'],
];

function slug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'x'
  );
}

suite('edit engine: every action, byte for byte', () => {
  for (const [fixture, kind, name, value] of CASES) {
    test(`${fixture}: ${kind} ${name}`, () => {
      const input = fs.readFileSync(path.join(FIXTURES, `${fixture}.yaml`), 'utf8');
      const result = planAction(parseNetwork(input), { kind, ref: { name }, value }, CTX);
      assert.ok(result.ok, result.ok ? '' : result.message);
      const output = applyEdits(input, result.edits);
      const expectedFile = path.join(FIXTURES, 'expected', `${fixture}--${kind}--${slug(name)}.yaml`);
      if (process.env.UPDATE_GOLDEN === '1') {
        fs.mkdirSync(path.dirname(expectedFile), { recursive: true });
        fs.writeFileSync(expectedFile, output);
      }
      assert.strictEqual(output, fs.readFileSync(expectedFile, 'utf8'));
      assert.deepStrictEqual(parseNetwork(output).syntaxErrors, []);
    });
  }

  test('refuses to write to a file with YAML errors, and says where', () => {
    const input = 'invitations:\n  - name: "Open quote\n    received: 2026-11-01\n';
    const result = planAction(parseNetwork(input), { kind: 'accept', ref: { name: 'Open quote' } }, CTX);
    assert.ok(!result.ok);
    assert.match(result.message, /line 2, column 11/);
    assert.match(result.message, /nothing was written/);
  });

  test('says when the person is in another list', () => {
    const input = fs.readFileSync(path.join(FIXTURES, 'contract.yaml'), 'utf8');
    const result = planAction(parseNetwork(input), { kind: 'accept', ref: { name: 'Tobias Ferreira' } }, CTX);
    assert.ok(!result.ok);
    assert.strictEqual(
      result.message,
      'Tobias Ferreira is not a pending invitation but a contact; nothing was changed.',
    );
  });

  test('finds people by profile whatever its spelling', () => {
    const input = fs.readFileSync(path.join(FIXTURES, 'contract.yaml'), 'utf8');
    const result = planAction(
      parseNetwork(input),
      { kind: 'unfollow', ref: { profile: 'HTTPS://linkedin.com/in/TFerreira/?trk=x' } },
      CTX,
    );
    assert.ok(result.ok);
  });

  test('unfollowing someone already unfollowed changes nothing', () => {
    const input = fs.readFileSync(path.join(FIXTURES, 'contract.yaml'), 'utf8');
    const result = planAction(parseNetwork(input), { kind: 'unfollow', ref: { name: 'Tobias Ferreira' } }, CTX);
    assert.ok(result.ok);
    assert.deepStrictEqual(result.edits, []);
  });

  test('adding a tag that is already there changes nothing', () => {
    const input = fs.readFileSync(path.join(FIXTURES, 'contract.yaml'), 'utf8');
    const result = planAction(
      parseNetwork(input),
      { kind: 'addTag', ref: { name: 'Tobias Ferreira' }, value: 'Kafka' },
      CTX,
    );
    assert.ok(result.ok);
    assert.deepStrictEqual(result.edits, []);
  });
});
