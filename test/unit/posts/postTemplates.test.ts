import * as assert from 'assert';
import { draftFileName, fillTemplate, DEFAULT_TEMPLATES, quoteSelection } from '../../../src/model/posts/postTemplates';
import { safeRelativeFolder } from '../../../src/model/posts/relativeFolder';

suite('posts: templates for new drafts', () => {
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
