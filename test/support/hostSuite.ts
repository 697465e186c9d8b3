// The runner of a small in-host suite (multi-root, untrusted): the extension host require()s the
// suite's index and awaits run(); a rejection makes the workbench report exit code 1.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { recordResults } from './resultsReporter';

/** Runs every *.test.js of `dir` in mocha (tdd) and records the results as the suite `name`. */
export function runHostSuite(dir: string, name: string): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  for (const f of fs.readdirSync(dir).sort()) {
    if (f.endsWith('.test.js')) {
      mocha.addFile(path.join(dir, f));
    }
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run(failures =>
      failures > 0 ? reject(new Error(`${failures} in-host tests failed`)) : resolve(),
    );
    recordResults(runner, name, process.env.CN_TEST_RESULTS);
  });
}
