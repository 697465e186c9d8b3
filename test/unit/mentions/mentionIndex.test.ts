import * as assert from 'assert';
import * as fc from 'fast-check';
import { MentionIndex } from '../../../src/model/mentions/mentionIndex';
import { mentionKey, parseMentions } from '../../../src/model/mentions/mentionParse';
import { identityOf, normaliseName } from '../../../src/model/people/identity';
import { runs } from '../../support/runs';

suite('mentions: the index of many files', () => {
  const PRIYA = ['profile:/in/priya-anand-77', 'name:priya anand'];

  test('counts and finds a person by profile and by name, across files, in path order', () => {
    const index = new MentionIndex();
    index.update('b.md', 'Met @[Priya Anand] and @[in/priya-anand-77].');
    index.update('a.md', '@[priya anand] @[Noah Berg]');
    index.update('c.md', 'nobody here');
    assert.strictEqual(index.count(PRIYA), 3);
    assert.strictEqual(index.count(['name:noah berg']), 1);
    assert.strictEqual(index.count(['name:nobody']), 0);
    assert.deepStrictEqual(
      index.find(PRIYA).map(f => [f.file, f.mentions.map(m => m.text)]),
      [
        ['a.md', ['priya anand']],
        ['b.md', ['Priya Anand', 'in/priya-anand-77']],
      ],
    );
    assert.deepStrictEqual([...index.files].sort(), ['a.md', 'b.md'], 'a file without mentions is not kept');
  });

  test('a file read again replaces its mentions; a deleted file takes its mentions with it', () => {
    const index = new MentionIndex();
    index.update('a.md', '@[Priya Anand] @[Priya Anand]');
    index.update('b.md', '@[Priya Anand]');
    index.update('a.md', '@[Noah Berg]');
    assert.strictEqual(index.count(['name:priya anand']), 1);
    index.delete('b.md');
    assert.strictEqual(index.count(['name:priya anand']), 0);
    assert.deepStrictEqual([...index.keys()], ['name:noah berg']);
    index.delete('never.md');
    index.clear();
    assert.strictEqual(index.count(['name:noah berg']), 0);
  });

  test('after any sequence of updates and deletes, the counts are those of the files as they are', () => {
    const texts = fc.constantFrom('', '@[A]', '@[A] @[B]', '`@[A]` @[b]', '@[in/a] @[A]', '@[B]\n```\n@[A]\n```');
    const step = fc.tuple(fc.constantFrom('x.md', 'y.md', 'z.md'), fc.option(texts));
    fc.assert(
      fc.property(fc.array(step, { maxLength: 20 }), steps => {
        const index = new MentionIndex();
        const truth = new Map<string, string>();
        for (const [file, text] of steps) {
          if (text === null) {
            index.delete(file);
            truth.delete(file);
          } else {
            index.update(file, text);
            truth.set(file, text);
          }
        }
        for (const key of ['name:a', 'name:b', 'profile:/in/a']) {
          const expected = [...truth.values()].reduce(
            (n, t) => n + parseMentions(t).filter(m => m.key === key).length,
            0,
          );
          assert.strictEqual(index.count([key]), expected, key);
        }
      }),
      { numRuns: runs(500) },
    );
  });

  test('mention keys are the identities of contract §1 (the fast forms agree with the general ones)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ A-Za-zÀ-ÿ0-9./-]{1,20}$/), s => {
        const key = mentionKey(s);
        if (!s.trim()) {
          assert.strictEqual(key, undefined);
        } else if (key?.startsWith('profile:')) {
          assert.strictEqual(key, identityOf(`/${s.trim()}`, undefined));
        } else {
          assert.strictEqual(key, `name:${normaliseName(s)}`);
        }
      }),
      { numRuns: runs(2000) },
    );
  });

  test('mention keys agree with the general forms for slugs, odd whitespace, control characters and a capital sigma', () => {
    const piece = fc.constantFrom(
      'in/',
      'IN/',
      'In',
      '/',
      '?',
      '#',
      ' ',
      '\t',
      '\u00a0',
      '\u2003',
      '\u0001',
      'Σ',
      'ΟΔΥΣ',
      'İ',
      'a',
      'B-7',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), parts => {
        const s = parts.join('');
        const t = s.trim();
        const expected = !t
          ? undefined
          : /^in\/[^\s/?#]+\/?$/i.test(t)
            ? identityOf(`/${t}`, undefined)
            : `name:${normaliseName(s)}`;
        assert.strictEqual(mentionKey(s), expected, JSON.stringify(s));
      }),
      { numRuns: runs(2000) },
    );
    // a capital sigma lower-cases by what comes before it: a name's first letter has nothing before it
    assert.strictEqual(mentionKey('Σ'), 'name:σ');
    assert.strictEqual(mentionKey('ΟΔΥΣ'), 'name:οδυς');
  });
});
