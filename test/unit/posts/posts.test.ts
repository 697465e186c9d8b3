import { REPO_ROOT } from '../../support/repoRoot';
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { setFrontMatterFields } from '../../../src/model/posts/frontMatter';
import { linkedInLength, toLinkedIn } from '../../../src/model/posts/linkedinText';
import { lintPost, postInfo } from '../../../src/model/posts/postLint';
import {
  draftFileName,
  fillTemplate,
  DEFAULT_TEMPLATES,
  quoteSelection,
  safeRelativeFolder,
} from '../../../src/model/posts/postTemplates';
import { applyEdits } from '../../../src/model/yaml/textEdits';

const DIR = path.join(REPO_ROOT, 'test/fixtures/posts');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function golden(file: string, actual: string): void {
  const p = path.join(DIR, 'expected', file);
  if (UPDATE) {
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, actual);
  }
  assert.strictEqual(actual, fs.readFileSync(p, 'utf8'), file);
}

suite('posts: LinkedIn text and lint (golden files)', () => {
  for (const name of ['markdown', 'unicode', 'lint', 'toolong', 'frontmatter']) {
    test(`${name}.md`, () => {
      const md = fs.readFileSync(path.join(DIR, `${name}.md`), 'utf8');
      golden(`${name}.linkedin.txt`, toLinkedIn(md));
      golden(`${name}.unicode-styling.txt`, toLinkedIn(md, { unicodeStyling: true }));
      const lint = lintPost(md, { blueprints: ['kafka-migration'] }).map(p => ({
        code: p.code,
        severity: p.severity,
        text: md.slice(p.start, p.end),
        message: p.message,
      }));
      golden(`${name}.lint.json`, JSON.stringify({ info: postInfo(md), lint }, null, 2) + '\n');
    });
  }

  test('characters are counted as LinkedIn does: UTF-16 code units', () => {
    assert.strictEqual(linkedInLength('🚀'), 2);
    assert.strictEqual(linkedInLength('李雷'), 2);
    assert.strictEqual(linkedInLength('cafe\u0301'), 5);
    assert.strictEqual(linkedInLength('👨‍👩‍👧'), 8);
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

  test('new drafts: names, templates, quoted selections, safe folders', () => {
    const taken = new Set(['2026-11-26-kafka-migration-post.md', '2026-11-26-kafka-migration-post-2.md']);
    assert.strictEqual(
      draftFileName('2026-11-26', 'kafka-migration', 'post', n => taken.has(n)),
      '2026-11-26-kafka-migration-post-3.md',
    );
    assert.strictEqual(
      draftFileName('2026-11-26', undefined, 'blog', () => false),
      '2026-11-26-blog.md',
    );
    const text = fillTemplate(DEFAULT_TEMPLATES.webinar, {
      blueprint: 'kafka-migration',
      title: 'Zero-downtime Kafka',
      promise: 'No downtime.',
      audience: 'client',
      channel: 'webinar',
      date: '2026-11-26',
    });
    assert.ok(
      text.startsWith(
        '---\nblueprint: kafka-migration\nchannel: webinar\nstatus: draft\n---\n# Webinar: Zero-downtime Kafka\n',
      ),
      text,
    );
    assert.ok(text.includes('## Agenda'));
    const own = fillTemplate('# {{title}} for {{audience}}\n', {
      title: 'T',
      audience: 'peers',
      channel: 'post',
      date: '2026-11-26',
    });
    assert.strictEqual(
      own,
      '---\nchannel: post\nstatus: draft\n---\n# T for peers\n',
      'a user template without front matter still gets it',
    );
    assert.strictEqual(
      quoteSelection('const a = 1;\n', 'typescript', 'src/a.ts'),
      'From `src/a.ts`:\n\n```typescript\nconst a = 1;\n```',
    );
    assert.strictEqual(quoteSelection('x\ny', 'markdown', 'README.md'), '> x\n> y\n> — README.md');
    assert.strictEqual(safeRelativeFolder('posts'), 'posts');
    assert.strictEqual(safeRelativeFolder('./content/posts/'), 'content/posts');
    for (const bad of ['../outside', 'posts/../../x', '/etc', 'C:\\x', '']) {
      assert.strictEqual(safeRelativeFolder(bad), undefined, bad);
    }
  });
});
