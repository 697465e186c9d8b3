import * as assert from 'assert';
import { NetworkParser } from '../../../src/model/network/networkParser';
import { topLevelProblems } from '../../../src/model/validation/topLevelProblems';
import { problemsOf, rangeOfText, shown, yaml } from './shownProblems';

function topLevelOf(text: string): ReturnType<typeof shown> {
  return shown(text, topLevelProblems(new NetworkParser().parse(text)));
}

suite('top-level problems: version, me, the lists, cadence', () => {
  test('a version other than 1, on the value', () => {
    for (const version of ['2', 'one', '"1"']) {
      const text = yaml(`version: ${version}`, 'contacts: []');
      assert.deepStrictEqual(problemsOf(text), [
        {
          code: 'version',
          severity: 'error',
          message: 'This is version 1 of the network format: write "version: 1".',
          range: [0, 9, 0, 9 + version.length],
        },
      ]);
    }
  });

  test('a section of the wrong shape: on its inline value, or on the field inside it', () => {
    const text = yaml(
      'version: 1',
      'me:',
      '  name: Sam Keller',
      '  expertise: Kafka migrations',
      'contacts: 5',
      'rules: {suggest: accept}',
    );
    assert.deepStrictEqual(problemsOf(text), [
      {
        code: 'schema',
        severity: 'error',
        message: '"me.expertise" should be a list.',
        range: rangeOfText(text, 'expertise'),
      },
      { code: 'schema', severity: 'error', message: '"contacts" should be a list.', range: [4, 10, 4, 11] },
      {
        code: 'schema',
        severity: 'error',
        message: '"rules" should be a list.',
        range: rangeOfText(text, '{suggest: accept}'),
      },
    ]);
  });

  test('cadence: whole numbers of days, at least 1, for known categories (with "did you mean")', () => {
    const text = yaml(
      'contacts:',
      '  - {name: Ann, tags: [recruiters, peer]}',
      'cadence:',
      '  client: 0',
      '  recruiters: 90',
      '  peer: monthly',
    );
    assert.deepStrictEqual(topLevelOf(text), [
      { code: 'schema', severity: 'error', message: '"cadence.client" must be at least 1.', range: [3, 2, 3, 8] },
      {
        code: 'schema',
        severity: 'error',
        message: '"cadence.peer" should be a whole number.',
        range: rangeOfText(text, 'peer', 1),
      },
      {
        code: 'unknown-category',
        severity: 'error',
        message:
          'Unknown category "recruiters": did you mean "recruiter"? Known: client, prospect, recruiter, agency, partner, peer, other.',
        range: rangeOfText(text, 'recruiters', 1),
        fix: 'Change to recruiter -> recruiter',
      },
    ]);
  });

  test('empty lists, an empty cadence and unknown keys are fine; an empty `me` is not, on its key', () => {
    const text = yaml('version: 1', 'invitations:', 'contacts: []', 'cadence:', 'myOwnNotes: kept as they are');
    assert.deepStrictEqual(problemsOf(text), []);
    assert.deepStrictEqual(problemsOf(yaml('me:', 'contacts: []')), [
      { code: 'schema', severity: 'error', message: '"me" should be a set of fields.', range: [0, 0, 0, 2] },
    ]);
  });

  test("the lists' entries are not looked at here", () => {
    const text = yaml('contacts:', '  - {company: Acme, category: clinet}');
    assert.deepStrictEqual(topLevelOf(text), []);
    assert.strictEqual(problemsOf(text).length, 2);
  });
});
