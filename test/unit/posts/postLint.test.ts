import * as assert from 'assert';
import { lintPost, postInfo } from '../../../src/model/posts/postLint';
import { assertGolden } from '../../support/golden';
import { POSTS_DIR, readSamplePost, SAMPLE_POSTS } from '../../support/postFixtures';

suite('posts: lint (golden files)', () => {
  for (const name of SAMPLE_POSTS) {
    test(`${name}.md`, () => {
      const md = readSamplePost(name);
      const lint = lintPost(md, { blueprints: ['kafka-migration'] }).map(p => ({
        code: p.code,
        severity: p.severity,
        text: md.slice(p.start, p.end),
        message: p.message,
      }));
      assertGolden(POSTS_DIR, `${name}.lint.json`, JSON.stringify({ info: postInfo(md), lint }, null, 2) + '\n');
    });
  }
});

suite('posts: lint', () => {
  const codes = (md: string, blueprints?: string[]): string[] => lintPost(md, { blueprints }).map(p => p.code);
  const long = 'word '.repeat(700);
  const tags = ' #a #b #c #d #e #f';

  test('a front matter that does not read is one warning, at the opening line', () => {
    const md = '---\nchannel: post\nBody\n';
    assert.deepStrictEqual(
      lintPost(md).map(p => [p.code, p.severity, md.slice(p.start, p.end), p.message]),
      [['front-matter', 'warning', '---', 'The front matter is never closed: add a line "---" after it.']],
    );
  });

  test('LinkedIn’s limits are for posts (a draft without a channel is one); other channels may be long', () => {
    assert.deepStrictEqual(codes(long + tags), ['post-too-long', 'too-many-hashtags', 'hook-past-fold']);
    assert.deepStrictEqual(codes(`---\nchannel: post\n---\n${long}${tags}`), [
      'post-too-long',
      'too-many-hashtags',
      'hook-past-fold',
    ]);
    assert.deepStrictEqual(codes(`---\nchannel: article\n---\n${long}${tags}`), []);
  });

  test('blueprints are checked only against a network file’s, when there is one', () => {
    const md = '---\nblueprint: kafka\n---\nHi\n';
    assert.deepStrictEqual(codes(md), [], 'no network file: nothing to check against');
    assert.deepStrictEqual(codes(md, ['kafka']), []);
    assert.deepStrictEqual(
      lintPost(md, { blueprints: [] }).map(p => [md.slice(p.start, p.end), p.message]),
      [['kafka', 'There is no blueprint "kafka" in network.yaml.']],
    );
  });

  test('an empty field is a field not set yet, not an unknown value', () => {
    assert.deepStrictEqual(codes('---\nstatus:\nchannel:\nblueprint:\n---\nBody\n', ['kafka']), []);
  });

  test('inside a code fence only the fence is pointed out: the code is kept as written', () => {
    const md = '```\n**bold** {{prompt}}\n```\n**bold** {{prompt}}\n';
    assert.deepStrictEqual(
      lintPost(md).map(p => [p.code, md.slice(p.start, p.end)]),
      [
        ['markdown-shown-literally', '```'],
        ['markdown-shown-literally', '```'],
        ['template-prompt', '{{prompt}}'],
        ['markdown-shown-literally', '**bold**'],
      ],
    );
  });
});
