import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { NetworkParser } from '../../../src/model/network/networkParser';
import { PROBLEM_CODES, validateNetwork } from '../../../src/model/validation/networkValidation';
import { REPO_ROOT } from '../../support/repoRoot';
import { problemsOf, rangeOfText, shown, yaml } from './shownProblems';

const CONTRACT = fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'edits', 'contract.yaml'), 'utf8');
const EXAMPLE = fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'network', 'contract-example.yaml'), 'utf8');

suite('network validation: every problem of a network.yaml', () => {
  test("the contract's files are clean", () => {
    assert.deepStrictEqual(problemsOf(CONTRACT), []);
    assert.deepStrictEqual(problemsOf(EXAMPLE), []);
  });

  test('a typo in a category and a day that does not exist, where they are written (as in the Problems panel)', () => {
    const bad = CONTRACT.replace('    category: client              #', '    category: clinet              #').replace(
      '    received: 2026-11-20          #',
      '    received: 2026-02-30          #',
    );
    const line = (needle: string): number => bad.split('\n').findIndex(l => l.includes(needle));
    assert.deepStrictEqual(problemsOf(bad), [
      {
        code: 'invalid-date',
        severity: 'error',
        message: '2026-02-30 is not a real day (received).',
        range: [line('2026-02-30'), 14, line('2026-02-30'), 24],
      },
      {
        code: 'unknown-category',
        severity: 'error',
        message:
          'Unknown category "clinet": did you mean "client"? Known: client, prospect, recruiter, agency, partner, peer, other.',
        range: [line('category: clinet'), 14, line('category: clinet'), 20],
        fix: 'Change to client -> client',
      },
    ]);
  });

  test('a file with YAML errors: its syntax errors only, nothing judged on a half-read file', () => {
    const broken = CONTRACT.replace(
      '  - name: Priya Anand             # required',
      '  - name: "Priya Anand   # required',
    ).replace('category: client ', 'category: clinet ');
    const model = new NetworkParser().parse(broken);
    const problems = validateNetwork(model);
    assert.ok(problems.length > 0);
    assert.deepStrictEqual(problems, model.syntaxErrors);
    assert.notStrictEqual(problems, model.syntaxErrors, 'a copy: the model stays as parsed');
    assert.ok(problems.every(p => p.code === PROBLEM_CODES.syntax && p.severity === 'error'));
  });

  test("the order: the top level, then each list's entries in list order, then duplicates", () => {
    const text = yaml(
      'version: 2',
      'blueprints:',
      '  - {id: Kafka}',
      'contacts:',
      '  - {name: Ann, category: peers}',
      '  - {name: Ann}',
      'invitations:',
      '  - {name: Bob, received: 2026-1-1}',
    );
    assert.deepStrictEqual(
      problemsOf(text).map(p => p.code),
      ['version', 'invalid-date', 'unknown-category', 'blueprint-id', 'duplicate-person'],
    );
  });

  test("an edit re-parses one entry; the others' problems, remembered, move with their entries", () => {
    const parser = new NetworkParser();
    const before = yaml('contacts:', '  - name: Ann', '    category: clinet', '  - name: Bob', '    category: pere');
    const first = validateNetwork(parser.parse(before));
    assert.deepStrictEqual(
      shown(before, first).map(p => p.range),
      [rangeOfText(before, 'clinet'), rangeOfText(before, 'pere')],
    );
    const after = before.replace('  - name: Ann\n', '  - name: Ann Berg\n    company: Acme\n');
    const model = parser.parse(after);
    const second = validateNetwork(model);
    assert.deepStrictEqual(
      shown(after, second).map(p => [p.code, p.range]),
      [
        ['unknown-category', rangeOfText(after, 'clinet')],
        ['unknown-category', rangeOfText(after, 'pere')],
      ],
    );
    assert.deepStrictEqual(validateNetwork(model), second, 'validating again finds the same');
  });

  test('the codes the quick fixes key on do not change', () => {
    assert.strictEqual(PROBLEM_CODES.duplicatePerson, 'duplicate-person');
    assert.strictEqual(PROBLEM_CODES.invitationIsContact, 'invitation-is-contact');
    assert.strictEqual(PROBLEM_CODES.unknownCategory, 'unknown-category');
    assert.strictEqual(PROBLEM_CODES.invalidDate, 'invalid-date');
    assert.strictEqual(PROBLEM_CODES.syntax, 'yaml-syntax');
  });
});
