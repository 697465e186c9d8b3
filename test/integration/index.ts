// The extension host require()s this module and awaits run(): mocha over every *.test.js here.
// A rejection makes the workbench report exit code 1, which fails `npm test`.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import { recordResults } from '../support/resultsReporter';
import { watchNetwork } from './networkWatch';

export function run(): Promise<void> {
  watchNetwork(path.resolve(__dirname, '..', '..', '..'));
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000, reporter: 'spec' });
  const only = process.env.CN_INTEGRATION_GREP;
  if (only) {
    mocha.grep(only);
  }
  for (const f of fs.readdirSync(__dirname).sort()) {
    if (f.endsWith('.test.js')) {
      mocha.addFile(path.join(__dirname, f));
    }
  }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(failures =>
        failures > 0 ? reject(new Error(`${failures} in-host tests failed`)) : resolve(),
      );
      recordResults(runner, process.env.CN_SUITE_NAME ?? 'integration', process.env.CN_TEST_RESULTS);
    } catch (e) {
      reject(e);
    }
  });
}
