import * as assert from 'assert';
import * as fc from 'fast-check';
import { Minimatch } from 'minimatch';
import { compileGlob, globMatches } from '../../../src/model/rules/rules';
import { simpleGlob, simpleGlobApplies } from '../../../src/model/rules/simpleGlob';
import { runs } from '../../support/runs';

/** What rules.ts asks minimatch, with the same options and the same stand-in for `/`. */
function minimatchSays(pattern: string, text: string): boolean {
  const swap = (s: string): string => s.split('/').join('\ue000');
  try {
    return new Minimatch(swap(pattern), { nocase: true, dot: true, nocomment: true }).match(swap(text));
  } catch {
    return false;
  }
}

// letters whose case folds in unusual ways, dots, spaces, line breaks, slashes, astral and lone
// surrogates, combining marks: where a home-made matcher would part from minimatch
const CHARS = [
  'a',
  'A',
  'b',
  'ß',
  'ẞ',
  'k',
  'K',
  '\u212a',
  'i',
  'İ',
  'ı',
  '.',
  ' ',
  '\n',
  '/',
  '\\',
  '😀',
  '\ud800',
  'e',
  '\u0301',
  '-',
  '#',
  '!',
];
const WILD = ['*', '?', '**'];
const SPECIAL = ['[', ']', '{', '}', '(', ')', '+(', '@(', '!(', '{a,b}', '[a-z]'];

suite('rules: simple globs match as minimatch does', () => {
  test('a pattern of text, `*` and `?`: the same answer as minimatch for every text', () => {
    const pattern = fc
      .array(fc.constantFrom(...CHARS, ...WILD, ...WILD), { minLength: 1, maxLength: 6 })
      .map(a => a.join(''));
    const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 6 }).map(a => a.join(''));
    let simple = 0;
    fc.assert(
      fc.property(pattern, text, (p, t) => {
        if (simpleGlob(p.split('/').join('\ue000')) && simpleGlobApplies(t.split('/').join('\ue000'))) {
          simple++;
        }
        assert.strictEqual(globMatches(p, t), minimatchSays(p, t), `${JSON.stringify(p)} on ${JSON.stringify(t)}`);
      }),
      { numRuns: runs(5000) },
    );
    assert.ok(simple > runs(5000) / 4, `the simple path answered ${simple} times`);
  });

  test('the rules of the contract and the examples, on the texts they meet', () => {
    const patterns = ['*recruit*', '*staffing*', '*passive income*', '*agency*', 'Acme*', '?cme', 'ACME LTD', '*/*'];
    const texts = [
      'Senior Recruiter',
      'IT Staffing GmbH',
      'RECRUITING',
      'acme ltd',
      'Acme',
      'a/b',
      '',
      '.',
      '..',
      'x\\y',
    ];
    for (const p of patterns) {
      assert.ok(simpleGlob(p), `${p} is simple`);
      for (const t of texts) {
        assert.strictEqual(globMatches(p, t), minimatchSays(p, t), `${p} on ${JSON.stringify(t)}`);
      }
    }
  });

  test('braces, classes, extglobs, escapes and negation are left to minimatch, and still match as it says', () => {
    for (const s of SPECIAL) {
      assert.strictEqual(simpleGlob(`*${s}*`), undefined, s);
    }
    assert.strictEqual(simpleGlob('!*recruit*'), undefined, 'a negation');
    assert.strictEqual(simpleGlob('a\\*'), undefined, 'an escape');
    assert.strictEqual(simpleGlob(''), undefined, 'the empty pattern is the rules’ own case');
    const empty = compileGlob('');
    assert.ok(empty, 'the empty pattern compiles');
    for (const t of ['', 'a', ' ', '.']) {
      assert.strictEqual(empty.match(t), minimatchSays('', t), JSON.stringify(t));
    }
    for (const [p, t] of [
      ['*{recruit,staff}*', 'IT staffing'],
      ['[a-c]cme', 'Bcme'],
      ['!*x*', 'abc'],
      ['+(ab)', 'abab'],
    ]) {
      assert.strictEqual(globMatches(p, t), minimatchSays(p, t), p);
    }
  });
});
