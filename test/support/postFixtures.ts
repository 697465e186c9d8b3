import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from './repoRoot';

/** test/fixtures/posts: sample drafts, with their reviewed outputs in expected/. */
export const POSTS_DIR = path.join(REPO_ROOT, 'test/fixtures/posts');

/** The sample drafts, by name (`<name>.md`). */
export const SAMPLE_POSTS = ['markdown', 'unicode', 'lint', 'toolong', 'frontmatter'] as const;

export function readSamplePost(name: string): string {
  return fs.readFileSync(path.join(POSTS_DIR, `${name}.md`), 'utf8');
}
