import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { planAddPerson } from '../../../src/model/actions/addPerson';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { applyEdits } from '../../../src/model/yaml/textEdits';
import { assertGolden } from '../../support/golden';
import { REPO_ROOT } from '../../support/repoRoot';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/edits');
const TODAY = '2026-11-26';
const read = (f: string): string => fs.readFileSync(path.join(FIXTURES, `${f}.yaml`), 'utf8');

suite('addPerson: a new entry from a profile URL', () => {
  test('a contact, connected today, with the fields given, at the end of contacts (golden file)', () => {
    const input = read('loop');
    const result = planAddPerson(
      parseNetwork(input),
      {
        name: 'Nadia Rahman',
        profile: 'https://www.linkedin.com/in/nadia-rahman',
        company: 'Outbox Labs',
        position: 'Staff Engineer: Streams',
        category: 'peer',
      },
      TODAY,
    );
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.strictEqual(result.message, 'Added Nadia Rahman to contacts.');
    const output = applyEdits(input, result.edits);
    assertGolden(FIXTURES, 'loop--addPerson--nadia-rahman.yaml', output);
    assert.deepStrictEqual(parseNetwork(output).syntaxErrors, []);
  });

  test('an invitation gets no connected date; a missing list is created where the contract puts it', () => {
    const input = 'version: 1\n\ncontacts:\n    - name: Ann\n\narchive: []\n';
    const result = planAddPerson(
      parseNetwork(input),
      { name: 'Ben', profile: 'https://www.linkedin.com/in/ben', list: 'invitations', headline: 'CTO at X' },
      TODAY,
    );
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.strictEqual(
      applyEdits(input, result.edits),
      'version: 1\n\ninvitations:\n    - name: Ben\n      profile: https://www.linkedin.com/in/ben\n      headline: CTO at X\n\n' +
        'contacts:\n    - name: Ann\n\narchive: []\n',
    );
  });

  test('someone already in the file is refused: the same profile in any list, or the same name without one', () => {
    const model = parseNetwork(read('loop'));
    const same = (name: string, profile: string): string => {
      const r = planAddPerson(model, { name, profile }, TODAY);
      assert.ok(!r.ok, `${name} refused`);
      return r.message;
    };
    assert.strictEqual(
      same('Tobias F.', 'https://linkedin.com/in/TFerreira/?trk=x'),
      'Tobias Ferreira is already in network.yaml (a contact); nothing was added.',
    );
    assert.match(same('Priya', 'https://www.linkedin.com/in/priya-anand-77'), /Priya Anand .*\(an invitation\)/);
    assert.match(same('max hollis', 'https://www.linkedin.com/in/max-hollis'), /Max Hollis .*\(archived\)/);
  });

  test('a name, a known list and a known category are needed; a broken file is refused like every action', () => {
    const model = parseNetwork(read('loop'));
    const p = { name: 'Zed', profile: 'https://www.linkedin.com/in/zed' };
    const refused = (r: ReturnType<typeof planAddPerson>): string => (r.ok ? 'accepted' : r.message);
    assert.match(refused(planAddPerson(model, { ...p, name: ' ' }, TODAY)), /needs a name/);
    assert.match(refused(planAddPerson(model, { ...p, list: 'archive' }, TODAY)), /use contacts or invitations/);
    assert.match(refused(planAddPerson(model, { ...p, category: 'recruter' }, TODAY)), /did you mean recruiter\?/);
    const broken = parseNetwork('contacts:\n  - name: "Open quote\n');
    assert.match(refused(planAddPerson(broken, p, TODAY)), /YAML error on line 2.*nothing was written/);
  });
});
