// `@vscode/test-electron`'s runTests, pointed at a code-server based executable (this machine
// cannot download VS Code); set VSCODE_EXECUTABLE to run the same tests in a desktop VS Code.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { ROOT } from './codeServer';

export async function runIntegration(
  workspaceFixture: string,
  testsIndex: string,
  env: Record<string, string>,
  /** What to open inside the copy of the fixture (a `.code-workspace` file); the copy itself when absent. */
  open?: string,
): Promise<number> {
  // the tests change files: give them a fresh copy of the fixture workspace
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-ws-'));
  fs.cpSync(workspaceFixture, workspace, { recursive: true });
  try {
    await runTests({
      vscodeExecutablePath: process.env.VSCODE_EXECUTABLE ?? path.join(ROOT, 'test', 'host', 'code-shim.sh'),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: testsIndex,
      launchArgs: [open ? path.join(workspace, open) : workspace],
      extensionTestsEnv: env,
    });
    return 0;
  } catch (e) {
    console.error(String(e instanceof Error ? e.message : e));
    return 1;
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const [fixture, index, envJson, open] = process.argv.slice(2);
  runIntegration(path.resolve(fixture), path.resolve(index), envJson ? JSON.parse(envJson) : {}, open).then(code =>
    process.exit(code),
  );
}
