// The in-host suite for a multi-root workspace: the host opens test/fixtures/multiroot/clients.code-workspace.
import { runHostSuite } from '../support/hostSuite';

export function run(): Promise<void> {
  return runHostSuite(__dirname, 'multiroot');
}
