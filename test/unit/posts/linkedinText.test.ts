import * as assert from 'assert';
import { linkedInLength, toLinkedIn } from '../../../src/model/posts/linkedinText';
import { assertGolden } from '../../support/golden';
import { POSTS_DIR, readSamplePost, SAMPLE_POSTS } from '../../support/postFixtures';

suite('posts: LinkedIn text (golden files)', () => {
  for (const name of SAMPLE_POSTS) {
    test(`${name}.md`, () => {
      const md = readSamplePost(name);
      assertGolden(POSTS_DIR, `${name}.linkedin.txt`, toLinkedIn(md));
      assertGolden(POSTS_DIR, `${name}.unicode-styling.txt`, toLinkedIn(md, { unicodeStyling: true }));
    });
  }

  test('characters are counted as LinkedIn does: UTF-16 code units', () => {
    assert.strictEqual(linkedInLength('🚀'), 2);
    assert.strictEqual(linkedInLength('李雷'), 2);
    assert.strictEqual(linkedInLength('cafe\u0301'), 5);
    assert.strictEqual(linkedInLength('👨‍👩‍👧'), 8);
  });
});
