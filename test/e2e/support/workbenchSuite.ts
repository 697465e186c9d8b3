// The workbench's life in an e2e suite: opened once before the suite's tests, a screenshot of
// any failing test (FAILED-<title>.png beside the others), closed after the suite.

import type { WorkbenchOptions } from './workbench';
import { Workbench } from './workbench';

/** Call in a suite's body; returns the open workbench, for the tests to call. */
export function useWorkbench(opts: WorkbenchOptions = {}, failureName?: string): () => Workbench {
  let wb: Workbench | undefined;

  suiteSetup(async () => {
    wb = await Workbench.open(opts);
  });

  teardown(async function () {
    const t = this.currentTest;
    if (t?.state === 'failed') {
      const name = failureName ?? t.title.slice(0, 60).replace(/[^a-z0-9]+/gi, '-');
      await wb?.screenshot(`FAILED-${name}`).catch(() => undefined);
    }
  });

  suiteTeardown(async () => {
    await wb?.close();
  });

  return () => {
    if (!wb) {
      throw new Error('the workbench did not open (see the suite setup error)');
    }
    return wb;
  };
}
