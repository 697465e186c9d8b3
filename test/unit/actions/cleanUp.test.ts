import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { planCleanUp } from '../../../src/model/actions/cleanUp';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { cleanUpCandidates } from '../../../src/model/people/cleanUp';
import { personOf } from '../../../src/model/people/person';
import { applyEdits } from '../../../src/model/yaml/textEdits';
import { assertGolden } from '../../support/golden';
import { REPO_ROOT } from '../../support/repoRoot';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/edits');
const CTX = { today: '2026-11-26', snoozeDays: 7, linkedinTodos: true };
const loop = (): string => fs.readFileSync(path.join(FIXTURES, 'loop.yaml'), 'utf8');

suite('cleanUp: the chosen contacts leave as remove has them leave, in one edit', () => {
  test('two candidates of loop.yaml, removed together with reason clean-up and the to-do (golden file)', () => {
    const input = loop();
    const model = parseNetwork(input);
    const candidates = cleanUpCandidates(model, CTX.today, 6).map(e => personOf(e).name);
    assert.deepStrictEqual(candidates, ['Quiet Quentin', 'Flow Quiet', 'Mia Rossi'], 'oldest connection first');
    // the user keeps Mia: the first two go
    const result = planCleanUp(
      model,
      candidates.slice(0, 2).map(name => ({ name })),
      CTX,
    );
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.strictEqual(result.made, '2');
    assert.strictEqual(result.message, 'Cleaned up 2 contacts (kept in the archive with reason: clean-up).');
    const output = applyEdits(input, result.edits);
    assertGolden(FIXTURES, 'loop--cleanUp--quiet.yaml', output);
    const after = parseNetwork(output);
    assert.deepStrictEqual(after.syntaxErrors, []);
    assert.deepStrictEqual(
      after.archive.map(e => [personOf(e).name, personOf(e).reason, personOf(e).todoOnLinkedIn]),
      [
        ['Max Hollis', undefined, 'ignore'],
        ['Quiet Quentin', 'clean-up', 'remove'],
        ['Flow Quiet', 'clean-up', 'remove'],
      ],
    );
  });

  test('with the setting off, no to-do; the same person twice is removed once', () => {
    const input = loop();
    const result = planCleanUp(parseNetwork(input), [{ name: 'Recent Rita' }, { name: 'recent rita' }], {
      today: CTX.today,
      snoozeDays: 7,
    });
    assert.ok(result.ok);
    const output = applyEdits(input, result.edits);
    assert.ok(
      /- name: Recent Rita\n {4}category: peer\n {4}connected: 2026-10-01\n {4}outcome: removed\n {4}decided: 2026-11-26\n {4}reason: clean-up\n$/.test(
        output,
      ),
      output.slice(-200),
    );
    assert.strictEqual(parseNetwork(output).archive.length, 2);
  });

  test('someone who is not a contact is refused, and nothing is removed', () => {
    const result = planCleanUp(parseNetwork(loop()), [{ name: 'Quiet Quentin' }, { name: 'Max Hollis' }], CTX);
    assert.ok(!result.ok);
    assert.match(result.message, /Max Hollis is not a contact in network\.yaml; nobody was removed/);
  });

  test('a file with YAML errors is refused like every action', () => {
    const result = planCleanUp(parseNetwork('contacts:\n  - name: "Open quote\n'), [{ name: 'Open quote' }], CTX);
    assert.ok(!result.ok && /YAML error on line 2/.test(result.message));
  });
});
