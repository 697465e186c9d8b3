import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { planShare } from '../../../src/model/actions/shareWithAudience';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { personOf } from '../../../src/model/people/person';
import { applyEdits } from '../../../src/model/yaml/textEdits';
import { assertGolden } from '../../support/golden';
import { REPO_ROOT } from '../../support/repoRoot';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/edits');
const CTX = { today: '2026-11-26', snoozeDays: 7 };
const NOTE = 'Sent "Zero downtime, really" https://www.linkedin.com/feed/update/urn:li:share:1';
const share = (): string => fs.readFileSync(path.join(FIXTURES, 'share.yaml'), 'utf8');

suite('shareWithAudience: the note on each chosen contact, in one edit', () => {
  test('three contacts of three styles get the note and lastContact today; nothing else moves (golden file)', () => {
    const input = share();
    const model = parseNetwork(input);
    const result = planShare(
      model,
      [{ profile: 'https://www.linkedin.com/in/TFerreira/' }, { name: 'flow prospect' }, { name: 'Recent Prospect' }],
      NOTE,
      CTX,
    );
    assert.ok(result.ok, result.ok ? '' : result.message);
    assert.strictEqual(result.made, '3');
    assert.strictEqual(result.message, `Logged on 3 people: ${NOTE}`);
    const output = applyEdits(input, result.edits);
    assertGolden(FIXTURES, 'share--shareWithAudience--three.yaml', output);
    const after = parseNetwork(output);
    assert.deepStrictEqual(after.syntaxErrors, []);
    for (const name of ['Tobias Ferreira', 'Flow Prospect', 'Recent Prospect']) {
      const p = personOf(after.contacts.find(e => personOf(e).name === name)!);
      assert.strictEqual(p.lastContact, CTX.today, name);
      assert.deepStrictEqual(p.notes[p.notes.length - 1], { date: CTX.today, text: NOTE }, name);
      assert.strictEqual(p.moved, undefined, `${name}: a note acknowledges a move, as addNote does`);
    }
    // the untouched entries are byte for byte the same
    for (const name of ['Mia Rossi', 'Quiet Client']) {
      const before = model.contacts.find(e => personOf(e).name === name)!;
      const now = after.contacts.find(e => personOf(e).name === name)!;
      assert.strictEqual(output.slice(now.start, now.end), input.slice(before.start, before.end), name);
    }
  });

  test('CRLF stays CRLF; the same person twice gets one note', () => {
    const input = share().replace(/\n/g, '\r\n');
    const result = planShare(
      parseNetwork(input),
      [{ name: 'Quiet Client' }, { name: 'quiet client' }],
      'Sent "T"',
      CTX,
    );
    assert.ok(result.ok);
    assert.strictEqual(result.made, '1');
    assert.strictEqual(result.message, 'Logged on Quiet Client: Sent "T"');
    const output = applyEdits(input, result.edits);
    assert.ok(!/[^\r]\n/.test(output), 'no bare LF');
    assert.ok(
      output.includes(
        '  - name: Quiet Client\r\n    company: Gridline\r\n    category: " client "\r\n    notes:\r\n      - date: 2026-11-26\r\n        text: Sent "T"\r\n    lastContact: 2026-11-26\r\n',
      ),
      output,
    );
  });

  test('someone who is not a contact (archived, unknown) is refused and nothing is written', () => {
    const model = parseNetwork(share());
    for (const who of ['Old Client', 'Nobody']) {
      const result = planShare(model, [{ name: 'Mia Rossi' }, { name: who }], 'Sent "T"', CTX);
      assert.ok(!result.ok);
      assert.strictEqual(result.message, `${who} is not a contact in network.yaml; nothing was logged.`);
    }
  });

  test('nobody chosen writes nothing; a file with YAML errors is refused like every action', () => {
    const none = planShare(parseNetwork(share()), [], 'Sent "T"', CTX);
    assert.ok(none.ok && none.edits.length === 0 && none.made === '0');
    const broken = planShare(parseNetwork('contacts:\n  - name: "Open quote\n'), [{ name: 'Open quote' }], 'x', CTX);
    assert.ok(!broken.ok && /YAML error on line 2/.test(broken.message));
  });
});
