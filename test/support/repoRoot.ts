import * as path from 'path';

/** The repository's root, wherever the compiled test runs from (out/test/...). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
