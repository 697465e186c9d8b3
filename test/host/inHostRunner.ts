// Runs an extension's tests inside code-server's real extension host: opens the workbench in
// headless Chromium with the extensionDevelopmentPath / extensionTestsPath payload and exits with
// the code the workbench reports when the test run ends. Started by test/host/code-shim.sh,
// which is what @vscode/test-electron's runTests() launches as its "VS Code executable".

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as util from 'util';
import { launchBrowser, remoteUri, startCodeServer, workbenchUrl } from './codeServer';

interface Args {
  dev: string[];
  tests?: string;
  folder?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { dev: [] };
  for (const a of argv) {
    if (a.startsWith('--extensionDevelopmentPath=')) {
      args.dev.push(a.slice(a.indexOf('=') + 1));
    } else if (a.startsWith('--extensionTestsPath=')) {
      args.tests = a.slice(a.indexOf('=') + 1);
    } else if (!a.startsWith('--')) {
      args.folder = a;
    }
  }
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (!args.tests || args.dev.length === 0) {
    console.error('inHostRunner: need --extensionDevelopmentPath= and --extensionTestsPath=');
    return 2;
  }
  const folder = path.resolve(args.folder ?? fs.mkdtempSync(path.join(os.tmpdir(), 'cn-empty-')));
  const hardTimeout = Number(process.env.IN_HOST_TIMEOUT_MS ?? 15 * 60_000);
  const untrusted = process.env.CN_WORKSPACE_TRUST === '1';
  const server = await startCodeServer({
    folder,
    testDriver: true,
    workspaceTrust: untrusted,
    // with trust on and no prompt, the folder opens in Restricted Mode
    settings: untrusted
      ? {
          'security.workspace.trust.enabled': true,
          'security.workspace.trust.startupPrompt': 'never',
          'security.workspace.trust.untrustedFiles': 'open',
        }
      : undefined,
  });
  const browser = await launchBrowser();
  let timer: NodeJS.Timeout | undefined;
  try {
    const { page } = browser;
    page.on('pageerror', e => console.log('[page error]', e.message));
    const exit = new Promise<number>(resolve => {
      void page.exposeFunction('codeAutomationLog', (_type: string, a: unknown[]) => {
        const line = util.format(...(a ?? []));
        // the workbench's own noise (gallery look-ups that this offline machine refuses) is not ours to show
        if (
          process.env.CN_HOST_VERBOSE ||
          !/^(?:\s+at .*\/static\/out\/vs\/|\[AccountPolicyGate\]|\[AgentHost|Resolv\w+ connection token|Creating a socket|getaddrinfo ENOTFOUND open-vsx\.org|Updating additional builtin|\[Service Worker\]|\[reconnection-grace-time\])/.test(
            line,
          )
        ) {
          console.log(line);
        }
      });
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    const timeout = new Promise<number>(resolve => {
      timer = setTimeout(() => {
        console.error(`inHostRunner: no result after ${hardTimeout} ms`);
        resolve(3);
      }, hardTimeout);
    });
    const testsPath = args.tests.replace(/\.js$/, '');
    const payload: [string, string][] = [
      ...args.dev.map(d => ['extensionDevelopmentPath', remoteUri(server, path.resolve(d))] as [string, string]),
      ['extensionTestsPath', remoteUri(server, path.resolve(testsPath))],
    ];
    await page.goto(workbenchUrl(server, folder, payload), { waitUntil: 'domcontentloaded' });
    const code = await Promise.race([exit, timeout]);
    if (code !== 0 && process.env.SHOTS_DIR) {
      await page.screenshot({ path: path.join(process.env.SHOTS_DIR, 'in-host-failure.png') }).catch(() => undefined);
    }
    return code;
  } finally {
    clearTimeout(timer);
    await browser.close().catch(() => undefined);
    await server.stop();
  }
}

main().then(
  code => process.exit(code),
  e => {
    console.error('inHostRunner failed:', e instanceof Error ? e.stack : e);
    process.exit(1);
  },
);
