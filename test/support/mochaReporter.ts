// Mocha's spec output, plus the suite's counts written to $CN_TEST_RESULTS (see resultsReporter).
// Mocha loads reporters with require(): hence the CommonJS export.
import Mocha from 'mocha';
import { recordResults } from './resultsReporter';

class SpecWithResults extends Mocha.reporters.Spec {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    recordResults(runner, process.env.CN_SUITE_NAME ?? 'tests', process.env.CN_TEST_RESULTS);
  }
}

export = SpecWithResults;
