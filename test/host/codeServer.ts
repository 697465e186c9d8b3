// Starts and stops a real VS Code (code-server) for the in-host and UI tests, and opens its
// workbench in Debian's Chromium with playwright-core. Paths come from scripts/host-env.sh.

import { spawn, execFileSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..', '..', '..');

export interface HostPaths {
  cache: string;
  codeServer: string;
  node24Bin: string;
  chromium: string;
}

export function hostPaths(): HostPaths {
  const cache =
    process.env.CN_CACHE ??
    process.env.CONTRACTOR_NETWORK_CACHE ??
    path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'contractor-network');
  return {
    cache,
    codeServer: process.env.CODE_SERVER ?? path.join(cache, 'code-server', 'node_modules', '.bin', 'code-server'),
    node24Bin: process.env.NODE24_BIN ?? path.join(cache, 'node24', 'node_modules', 'node', 'bin'),
    chromium: process.env.CHROMIUM ?? '/usr/bin/chromium',
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

export interface ServerOptions {
  /** Folder opened in the workbench. */
  folder: string;
  /** Allow extensionDevelopmentPath/extensionTestsPath in the URL payload (also hides toasts). */
  testDriver?: boolean;
  /** .vsix files installed before start. */
  vsix?: string[];
  /** User settings merged over the quiet defaults. */
  settings?: Record<string, unknown>;
  /** Keep workspace trust on (to test untrusted workspaces). */
  workspaceTrust?: boolean;
  /** Extra environment for the server (the extension host inherits it). */
  env?: Record<string, string>;
  port?: number;
  bindAll?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  runDir: string;
  stop(): Promise<void>;
}

const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'git.openRepositoryInParentFolders': 'never',
  'editor.minimap.enabled': false,
};

export async function startCodeServer(opts: ServerOptions): Promise<RunningServer> {
  const hp = hostPaths();
  if (!fs.existsSync(hp.codeServer)) {
    throw new Error(`code-server is not installed at ${hp.codeServer}: run scripts/setup-host.sh (npm test does it)`);
  }
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-server-'));
  const ud = path.join(runDir, 'ud');
  const exts = path.join(runDir, 'exts');
  const home = path.join(runDir, 'home');
  fs.mkdirSync(path.join(ud, 'User'), { recursive: true });
  fs.mkdirSync(exts, { recursive: true });
  fs.mkdirSync(home, { recursive: true });
  fs.writeFileSync(
    path.join(ud, 'User', 'settings.json'),
    JSON.stringify({ ...QUIET_SETTINGS, ...opts.settings }, null, 2),
  );
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...opts.env,
    HOME: home,
    TMPDIR: runDir,
    XDG_CONFIG_HOME: path.join(runDir, 'xdg'),
    XDG_DATA_HOME: path.join(runDir, 'xdg'),
    XDG_CACHE_HOME: path.join(runDir, 'xdg'),
    PATH: `${hp.node24Bin}:${process.env.PATH}`,
  };
  for (const vsix of opts.vsix ?? []) {
    execFileSync(
      hp.codeServer,
      ['--user-data-dir', ud, '--extensions-dir', exts, '--install-extension', vsix, '--force'],
      { env, stdio: 'pipe' },
    );
  }
  const port = opts.port ?? (await freePort());
  const args = [
    '--bind-addr',
    `${opts.bindAll ? '0.0.0.0' : '127.0.0.1'}:${port}`,
    '--auth',
    'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--user-data-dir',
    ud,
    '--extensions-dir',
    exts,
    '--ignore-last-opened',
  ];
  if (!opts.workspaceTrust) {
    args.push('--disable-workspace-trust');
  }
  if (opts.testDriver) {
    args.push('--vscode-option', 'enable-smoke-test-driver');
  }
  args.push(opts.folder);
  const log = fs.openSync(path.join(runDir, 'server.log'), 'w');
  // its own process group: stopping it must also stop the extension hosts it forks
  const child = spawn(hp.codeServer, args, { env, detached: true, stdio: ['ignore', log, log] });
  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) {
      throw new Error(`code-server exited during start:\n${fs.readFileSync(path.join(runDir, 'server.log'), 'utf8')}`);
    }
    if (await healthy(url)) {
      break;
    }
    if (Date.now() > deadline) {
      killGroup(child.pid!, 'SIGKILL');
      throw new Error('code-server did not answer /healthz within 60 s');
    }
    await sleep(200);
  }
  return {
    url,
    port,
    runDir,
    async stop(): Promise<void> {
      killGroup(child.pid!, 'SIGTERM');
      for (let i = 0; i < 50 && groupAlive(child.pid!); i++) {
        await sleep(100);
      }
      killGroup(child.pid!, 'SIGKILL');
      fs.closeSync(log);
      if (!process.env.KEEP_SERVER_DIRS) {
        fs.rmSync(runDir, { recursive: true, force: true });
      }
    },
  };
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function healthy(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2000) });
    return res.ok;
  } catch {
    return false;
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise(r => setTimeout(r, ms));
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** Headless Debian Chromium with a fresh profile. */
export async function launchBrowser(viewport = { width: 1400, height: 900 }): Promise<Browser> {
  const hp = hostPaths();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-chrome-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: hp.chromium,
    headless: true,
    viewport,
    timeout: 60_000,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  context.setDefaultTimeout(30_000);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close(): Promise<void> {
      try {
        await context.close();
      } finally {
        fs.rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}

/**
 * The workbench URL for a folder or a `.code-workspace` file (a multi-root workspace), with an
 * optional dev/test payload (needs `testDriver`).
 */
export function workbenchUrl(server: RunningServer, folder: string, payload?: [string, string][]): string {
  const kind = folder.endsWith('.code-workspace') ? 'workspace' : 'folder';
  let url = `${server.url}/?${kind}=${encodeURIComponent(folder)}`;
  if (payload && payload.length) {
    url += `&payload=${encodeURIComponent(JSON.stringify([...payload, ['skipWelcome', 'true'], ['skipReleaseNotes', 'true']]))}`;
  }
  return url;
}

export function remoteUri(server: RunningServer, p: string): string {
  return `vscode-remote://127.0.0.1:${server.port}${p}`;
}
