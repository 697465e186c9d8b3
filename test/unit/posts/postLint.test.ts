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
