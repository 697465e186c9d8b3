import * as assert from 'assert';
import { setFrontMatterFields } from '../../../src/model/posts/frontMatter';
import { applyEdits } from '../../../src/model/yaml/textEdits';

suite('posts: front matter', () => {
  test('markPublished sets status and date, keeping the rest of the front matter', () => {
    const md = '---\nblueprint: x   # keep me\nstatus: draft\n---\nBody\n';
    assert.strictEqual(
      applyEdits(
        md,
        setFrontMatterFields(md, [
          ['status', 'published'],
          ['published', '2026-11-30'],
        ]),
      ),
      '---\nblueprint: x   # keep me\nstatus: published\npublished: 2026-11-30\n---\nBody\n',
    );
    assert.strictEqual(
      applyEdits('Body\n', setFrontMatterFields('Body\n', [['status', 'published']])),
      '---\nstatus: published\n---\nBody\n',
    );
    const crlf = '---\r\nstatus: idea\r\n---\r\nBody\r\n';
    assert.strictEqual(
      applyEdits(
        crlf,
        setFrontMatterFields(crlf, [
          ['status', 'published'],
          ['published', '2026-11-30'],
        ]),
      ),
      '---\r\nstatus: published\r\npublished: 2026-11-30\r\n---\r\nBody\r\n',
    );
  });
});
