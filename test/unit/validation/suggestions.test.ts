import * as assert from 'assert';
import * as fc from 'fast-check';
import { SUGGESTIONS } from '../../../src/model/actions/actionTable';
import { CATEGORIES, CHANNELS, OUTCOMES } from '../../../src/model/network/network';
import {
  closestMatches,
  didYouMean,
  editDistance,
  unknownValueProblem,
} from '../../../src/model/validation/suggestions';
import { runs } from '../../support/runs';

suite('suggestions: did you mean', () => {
  test('the same word in another case or in the plural is the closest of all', () => {
    assert.deepStrictEqual(closestMatches('Client', CATEGORIES, 3), ['client']);
    assert.deepStrictEqual(closestMatches('  CLIENT ', CATEGORIES, 3), ['client']);
    assert.deepStrictEqual(closestMatches('clients', CATEGORIES, 3), ['client']);
    assert.deepStrictEqual(closestMatches('agencies', CATEGORIES, 3), ['agency']);
    assert.deepStrictEqual(closestMatches('Webinars', CHANNELS, 3), ['webinar']);
    // "peels" is one edit from "peers" too, and listed first: the singular still wins
    assert.deepStrictEqual(closestMatches('peers', ['peels', 'peer'], 2), ['peer', 'peels']);
  });

  test('one edit away for short words, two for words of six letters or more', () => {
    assert.deepStrictEqual(closestMatches('clinet', CATEGORIES, 3), ['client']); // a swap: two edits, six letters
    assert.deepStrictEqual(closestMatches('recrutier', CATEGORIES, 3), ['recruiter']);
    assert.deepStrictEqual(closestMatches('per', CATEGORIES, 3), ['peer']); // one edit, four letters
    assert.deepStrictEqual(closestMatches('pere', CATEGORIES, 3), []); // a swap is two edits: too many for four letters
    assert.deepStrictEqual(closestMatches('pr', CATEGORIES, 3), []); // "peer" is two edits: too many for four letters
    assert.deepStrictEqual(closestMatches('otter', CATEGORIES, 3), ['other']);
    assert.deepStrictEqual(closestMatches('xyzzy', CATEGORIES, 3), []);
  });

  test('a word of three letters or more that begins a candidate suggests it, after any close spelling', () => {
    assert.deepStrictEqual(closestMatches('rec', CATEGORIES, 3), ['recruiter']);
    assert.deepStrictEqual(closestMatches('white', CHANNELS, 3), ['whitepaper']);
    assert.deepStrictEqual(closestMatches('re', CATEGORIES, 3), [], 'two letters begin too much');
    // "pos" is one edit from "post" and begins "post" too; "podcast" is neither
    assert.deepStrictEqual(closestMatches('pos', CHANNELS, 3), ['post']);
  });

  test('closest first, ties in the order of the candidates, at most max', () => {
    const names = ['Anna Berg', 'Ann Berg', 'Anne Berg', 'Anna Bergman'];
    assert.deepStrictEqual(closestMatches('anna berg', names, 5), [
      'Anna Berg',
      'Ann Berg',
      'Anne Berg',
      'Anna Bergman',
    ]);
    assert.deepStrictEqual(closestMatches('ann berg', names, 5), ['Ann Berg', 'Anna Berg', 'Anne Berg']);
    assert.deepStrictEqual(closestMatches('ann berg', names, 2), ['Ann Berg', 'Anna Berg']);
    assert.deepStrictEqual(closestMatches('ann berg', names, 0), []);
  });

  test('a candidate listed twice is offered once', () => {
    assert.deepStrictEqual(closestMatches('Priya Anad', ['Priya Anand', 'Tobias', 'Priya Anand'], 3), ['Priya Anand']);
  });

  test('each candidate is judged by its own allowance: a short one too far does not hide a long one', () => {
    // "post" and "podcast" are both two edits from "pcast"; two edits are too many for "post" only
    assert.deepStrictEqual(closestMatches('pcast', CHANNELS, 3), ['podcast']);
  });

  test('didYouMean is the closest match, or nothing', () => {
    assert.strictEqual(didYouMean('clinet', CATEGORIES), 'client');
    assert.strictEqual(didYouMean('notknown', OUTCOMES), 'not-known');
    assert.strictEqual(didYouMean('acept', SUGGESTIONS), 'accept');
    assert.strictEqual(didYouMean('maybe', SUGGESTIONS), undefined);
    assert.strictEqual(didYouMean('', SUGGESTIONS), undefined);
  });

  test('every match is one of the candidates, and a candidate itself comes first', () => {
    const candidates = fc.array(fc.string({ minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(candidates, fc.string({ maxLength: 10 }), fc.nat(5), (cs, word, max) => {
        const matches = closestMatches(word, cs, max);
        assert.ok(matches.length <= max);
        assert.ok(matches.every(m => cs.includes(m)));
        assert.strictEqual(new Set(matches).size, matches.length);
      }),
      { numRuns: runs(200) },
    );
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,8}$/), { minLength: 1, maxLength: 8 }), fc.nat(), (cs, i) => {
        const word = cs[i % cs.length];
        assert.strictEqual(closestMatches(word, cs, 1)[0], word);
      }),
      { numRuns: runs(200) },
    );
  });

  test('edit distance: insertions, deletions and substitutions, each counted once', () => {
    assert.strictEqual(editDistance('', ''), 0);
    assert.strictEqual(editDistance('abc', ''), 3);
    assert.strictEqual(editDistance('', 'abc'), 3);
    assert.strictEqual(editDistance('client', 'clinet'), 2);
    assert.strictEqual(editDistance('kitten', 'sitting'), 3);
    assert.strictEqual(editDistance('peer', 'pere'), 2);
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => {
        const d = editDistance(a, b);
        assert.strictEqual(d, editDistance(b, a));
        assert.strictEqual(d === 0, a === b);
        assert.ok(d >= Math.abs(a.length - b.length) && d <= Math.max(a.length, b.length));
      }),
      { numRuns: runs(200) },
    );
  });

  test('an unknown value is an error naming the known ones, with the closest as the quick fix', () => {
    assert.deepStrictEqual(
      unknownValueProblem('unknown-category', 'category', 'clinet', CATEGORIES, { start: 10, end: 16 }),
      {
        code: 'unknown-category',
        severity: 'error',
        start: 10,
        end: 16,
        message:
          'Unknown category "clinet": did you mean "client"? Known: client, prospect, recruiter, agency, partner, peer, other.',
        fix: { title: 'Change to client', text: 'client' },
      },
    );
    assert.deepStrictEqual(
      unknownValueProblem('unknown-suggestion', 'suggestion', 'maybe', SUGGESTIONS, { start: 0, end: 5 }),
      {
        code: 'unknown-suggestion',
        severity: 'error',
        start: 0,
        end: 5,
        message: 'Unknown suggestion "maybe" Known: accept, ignore, later.',
        fix: undefined,
      },
    );
  });
});
