// The in-host suite for an untrusted workspace (Restricted Mode): run with workspace trust on.
import { runHostSuite } from '../support/hostSuite';

export function run(): Promise<void> {
  return runHostSuite(__dirname, 'untrusted');
}
