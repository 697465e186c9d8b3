// The in-host suite for a multi-root workspace: the host opens test/fixtures/multiroot/clients.code-workspace.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { recordResults } from '../support/resultsReporter';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (f.endsWith('.test.js')) {
      mocha.addFile(path.join(__dirname, f));
    }
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run(failures =>
      failures > 0 ? reject(new Error(`${failures} in-host tests failed`)) : resolve(),
    );
    recordResults(runner, 'multiroot', process.env.CN_TEST_RESULTS);
  });
}
