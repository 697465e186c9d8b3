import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

/** Whether golden files are rewritten from the actual output (UPDATE_GOLDEN=1) instead of checked. */
const UPDATE = process.env.UPDATE_GOLDEN === '1';

/** Asserts that `actual` is the content of the reviewed file `dir/expected/file`. */
export function assertGolden(dir: string, file: string, actual: string): void {
  const p = path.join(dir, 'expected', file);
  if (UPDATE) {
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, actual);
  }
  assert.strictEqual(actual, fs.readFileSync(p, 'utf8'), file);
}
