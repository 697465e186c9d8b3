import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { FrontMatter } from '../../../src/model/posts/frontMatter';
import { parseFrontMatter, parseWithYaml, setFrontMatterFields } from '../../../src/model/posts/frontMatter';
import { applyEdits } from '../../../src/model/yaml/textEdits';
import { REPO_ROOT } from '../../support/repoRoot';

/** The same text's front matter read by `yaml` alone. */
function viaYaml(text: string): FrontMatter {
  const fm = parseFrontMatter(text);
  return fm.block ? parseWithYaml(text, text.slice(fm.block.contentStart, fm.block.contentEnd), fm.block) : fm;
}

const comparable = (fm: FrontMatter): unknown => ({ ...fm, fields: [...fm.fields] });

suite('posts: front matter', () => {
  test('the fast path reads what `yaml` reads: data and every field’s ranges, on the drafts of the examples and fixtures', () => {
    const files = [
      ...['examples/posts', 'test/fixtures/posts'].flatMap(d =>
        fs
          .readdirSync(path.join(REPO_ROOT, d))
          .filter(f => f.endsWith('.md'))
          .map(f => path.join(REPO_ROOT, d, f)),
      ),
    ];
    const texts = files.map(f => fs.readFileSync(f, 'utf8'));
    texts.push(
      '---\ntitle:\nstatus: draft   # c\ntags: [a, "b c"]  \nmeta: {x: 1}\npublished: 2026-11-14\n---\nBody\n',
      '---\r\nblueprint: x\r\nstatus: draft\r\n---\r\nBody\r\n',
      '---\ntitle:   # empty, with a comment: yaml reads this one\ntags:\n  - a\n---\n',
      '---\nstatus: draft\nstatus: done\n---\n',
      '---\n---\nBody\n',
    );
    assert.ok(files.length >= 5, 'the drafts were found');
    for (const text of texts) {
      assert.deepStrictEqual(comparable(parseFrontMatter(text)), comparable(viaYaml(text)), text);
    }
  });

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

  test('the front matter’s fields, each with where its value is, and where the body starts', () => {
    const md = '---\nchannel: post\nstatus: draft  # mine\n---\nBody\n';
    const fm = parseFrontMatter(md);
    assert.deepStrictEqual(fm.data, { channel: 'post', status: 'draft' });
    assert.strictEqual(md.slice(fm.bodyStart), 'Body\n');
    const status = fm.fields.get('status')!;
    assert.strictEqual(md.slice(status.valueStart, status.valueEnd), 'draft');
    assert.strictEqual(md.slice(status.lineStart, status.lineEnd), 'status: draft  # mine\n');
    assert.strictEqual(fm.error, undefined);
  });

  test('no front matter: no fields, the body is the whole file', () => {
    const fm = parseFrontMatter('Just a post.\n---\nnot: front matter\n');
    assert.deepStrictEqual([fm.data, fm.bodyStart, fm.block, fm.fields.size], [{}, 0, undefined, 0]);
  });

  test('a byte order mark, CRLF lines and a closing `...` are all understood', () => {
    const bom = parseFrontMatter('\ufeff---\nstatus: idea\n...\nBody\n');
    assert.deepStrictEqual(bom.data, { status: 'idea' });
    const crlf = '---\r\nstatus: idea\r\n---\r\nBody\r\n';
    assert.strictEqual(crlf.slice(parseFrontMatter(crlf).bodyStart), 'Body\r\n');
  });

  test('a front matter that does not read says where and why; its fields are not trusted', () => {
    const unclosed = parseFrontMatter('---\nstatus: idea\nBody\n');
    assert.deepStrictEqual(unclosed.error, {
      start: 0,
      end: 3,
      message: 'The front matter is never closed: add a line "---" after it.',
    });
    assert.deepStrictEqual(unclosed.data, {});
    const md = '---\nstatus: a\nstatus: b\n---\nBody\n';
    const twice = parseFrontMatter(md);
    assert.strictEqual(twice.error?.message, 'Front matter: Map keys must be unique');
    assert.strictEqual(md.slice(twice.error!.start).startsWith('status: b'), true, 'at the second key');
    assert.deepStrictEqual(twice.data, {});
    assert.strictEqual(md.slice(twice.bodyStart), 'Body\n');
  });

  test('setting fields: an empty value is filled, an empty front matter gets them; a broken one is refused', () => {
    const empty = '---\nstatus:\n---\nBody\n';
    assert.strictEqual(
      applyEdits(empty, setFrontMatterFields(empty, [['status', 'published']])),
      '---\nstatus: published\n---\nBody\n',
    );
    const none = '---\n---\nBody\n';
    assert.strictEqual(
      applyEdits(none, setFrontMatterFields(none, [['status', 'published']])),
      '---\nstatus: published\n---\nBody\n',
    );
    assert.throws(() => setFrontMatterFields('---\nx: [\n---\n', [['status', 'published']]), /Front matter: /);
  });
});
