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
      let stopFiltering = (): void => undefined;
      const runner = mocha.run(failures => {
        stopFiltering();
        return failures > 0 ? reject(new Error(`${failures} in-host tests failed`)) : resolve();
      });
      stopFiltering = passOnlyOurUncaughtErrors(runner);
      recordResults(runner, process.env.CN_SUITE_NAME ?? 'integration', process.env.CN_TEST_RESULTS);
    } catch (e) {
      reject(e);
    }
  });
}

/**
 * Mocha fails the running test on any uncaught error in the extension host process, which VS Code's
 * built-in extensions share with ours: its git extension once threw EPIPE from `git check-ignore`
 * in the middle of the import suite. An error whose stack runs through a built-in extension and not
 * through our code is logged and left out; every other one still fails the test as before.
 */
function passOnlyOurUncaughtErrors(runner: Mocha.Runner): () => void {
  const mochaUncaught = (runner as unknown as { uncaught: (e: unknown) => void }).uncaught;
  const filter = (e: unknown): void => {
    const stack = e instanceof Error ? (e.stack ?? '') : '';
    const builtIn = /[\\/]lib[\\/]vscode[\\/]extensions[\\/]/.test(stack);
    const ours = stack.includes(path.resolve(__dirname, '..', '..', '..'));
    if (builtIn && !ours) {
      console.warn(`[in-host tests] an error of one of VS Code's built-in extensions, not ours: ${stack}`);
      return;
    }
    mochaUncaught(e);
  };
  // mocha adds its own listener when the run begins, which may be after mocha.run() returns
  const swap = (): void => {
    process.removeListener('uncaughtException', mochaUncaught);
    process.on('uncaughtException', filter);
  };
  runner.once('start', swap);
  return () => process.removeListener('uncaughtException', filter);
}
