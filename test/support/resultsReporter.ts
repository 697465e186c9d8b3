// Writes a suite's counts to a JSON file, so that `npm test` can end with one line over all suites.
import * as fs from 'fs';
import * as path from 'path';
import type { Runner } from 'mocha';

export interface SuiteResult {
  suite: string;
  passed: number;
  failed: number;
  pending: number;
  failures: { title: string; error: string }[];
}

export function recordResults(runner: Runner, suite: string, file: string | undefined): void {
  const result: SuiteResult = { suite, passed: 0, failed: 0, pending: 0, failures: [] };
  runner.on('pass', () => result.passed++);
  runner.on('pending', () => result.pending++);
  runner.on('fail', (t, err) => {
    result.failed++;
    result.failures.push({ title: t.fullTitle(), error: String(err && (err as Error).message) });
  });
  runner.on('end', () => {
    if (file) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(result, null, 2) + '\n');
    }
  });
}
