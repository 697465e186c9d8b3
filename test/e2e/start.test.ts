import * as assert from 'assert';
import type { ChildProcess } from 'child_process';
import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { daysBetween, localToday } from '../../scripts/sampleCopy';
import type { Page } from 'playwright-core';
import type { Browser } from '../host/codeServer';
import { freePort, launchBrowser, ROOT } from '../host/codeServer';
import { shotFile, waitForFile } from './support/workbench';

// `npm start` as a person runs it: scripts/start.sh, its URL opened in the browser, a few clicks,
// Ctrl+C. Its session goes to a folder of its own (CN_START_DIR), not the cache's.

interface Session {
  url: string;
  dir: string;
  output: () => string;
  stop(): Promise<void>;
}

async function npmStart(args: string[]): Promise<Session> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-start-'));
  const port = await freePort();
  const child: ChildProcess = spawn('bash', [path.join(ROOT, 'scripts', 'start.sh'), ...args], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), CN_START_DIR: dir },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', d => (out += String(d)));
  child.stderr!.on('data', d => (out += String(d)));
  const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+)/.exec(out);
      if (m) {
        clearInterval(timer);
        resolve(m[1]);
      }
    }, 200);
    void exited.then(code => {
      clearInterval(timer);
      reject(new Error(`npm start exited (${code}) before printing its URL:\n${out}`));
    });
  });
  return {
    url,
    dir,
    output: () => out,
    async stop(): Promise<void> {
      process.kill(-child.pid!, 'SIGINT'); // Ctrl+C in the terminal
      await exited;
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

function gitStatus(): string {
  return execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: ROOT, encoding: 'utf8' });
}

function snapshot(dir: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const d of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (d.isFile()) {
      const file = path.join(d.parentPath, d.name);
      m.set(path.relative(dir, file), fs.readFileSync(file, 'latin1'));
    }
  }
  return m;
}

/**
 * As a person does it: click the row, take the mouse off it (its hover card must not cover the
 * row or take the keys), and press the key once the row has the keyboard's cursor. A window that
 * is still starting (extensions activating, the editor opening the entry) may re-render the tree
 * under the first click; the cursor on the row is what the key binding needs.
 */
async function keyOnRow(page: Page, name: string, key: string, shot: string): Promise<void> {
  const row = page.locator('.part.sidebar .monaco-list-row', { hasText: name }).first();
  const focused = page.locator('.part.sidebar .monaco-list-row.focused', { hasText: name });
  try {
    await row.click();
    await page.mouse.move(800, 600);
    await focused.waitFor({ timeout: 5_000 }).catch(async () => {
      await row.click(); // the first click landed while the row was being drawn again
      await page.mouse.move(800, 600);
      await focused.waitFor();
    });
    await page.keyboard.press(key);
  } catch (e) {
    await screenshot(page, shot);
    throw e;
  }
}

/** Waits (30 s) until the file on disk satisfies `check`; on a timeout the page's screenshot is kept. */
async function fileChanged(file: string, check: (text: string) => boolean, page: Page, shot: string): Promise<string> {
  try {
    return await waitForFile(page, file, check, 30_000, path.basename(file));
  } catch (e) {
    await screenshot(page, shot);
    throw e;
  }
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: shotFile(`${name}-failure`) }).catch(() => undefined);
}

suite('e2e: npm start', () => {
  let browser: Browser | undefined;
  let session: Session | undefined;

  teardown(async () => {
    await browser?.close().catch(() => undefined);
    await session?.stop().catch(() => undefined);
    browser = session = undefined;
  });

  async function open(url: string): Promise<Browser> {
    browser = await launchBrowser();
    await browser.page.goto(url, { waitUntil: 'domcontentloaded' });
    const tab = browser.page.locator('.part.activitybar').getByRole('tab', { name: /^Contractor Network/ });
    await tab.waitFor({ timeout: 60_000 });
    await tab.click();
    return browser;
  }

  test('opens a copy of the sample moved to today; clicking around leaves the repository as it was', async () => {
    const gitBefore = gitStatus();
    const examplesBefore = snapshot(path.join(ROOT, 'examples'));
    session = await npmStart([]);
    const copy = path.join(session.dir, 'sample-network');
    assert.strictEqual(decodeURIComponent(session.url.split('folder=')[1]), copy);
    const { page } = await open(session.url);

    // the sample's dates moved with today: Amelia (client, every 30 days, last contact 2026-09-20)
    // is as overdue as she is on the sample's own today, 2026-11-26
    const amelia = page.locator('.part.sidebar .monaco-list-row', { hasText: 'Amelia Hart' }).first();
    await amelia.waitFor();
    assert.match(await amelia.innerText(), /37 days overdue/);
    const today = localToday();
    const received = /name: Ines Duarte[\s\S]*?received: (\S+)/.exec(
      fs.readFileSync(path.join(copy, 'network.yaml'), 'utf8'),
    );
    assert.ok(received, 'Ines Duarte is in the copy');
    assert.strictEqual(daysBetween(received[1], today), 2, 'Ines invited two days before today, as on 2026-11-26');

    // a few clicks and keys: accept Rahul, open a draft and type in it
    await keyOnRow(page, 'Rahul Mehta', 'Alt+A', 'start-accept');
    await fileChanged(
      path.join(copy, 'network.yaml'),
      t => /- name: Rahul Mehta\n[\s\S]*?connected:/.test(t.slice(t.indexOf('\ncontacts:'))),
      page,
      'start-accept',
    );
    await page.locator('.part.sidebar .monaco-list-row.focused', { hasText: 'Lena Vogt' }).waitFor();
    await page
      .locator('.part.sidebar .monaco-list-row', { hasText: /^We moved a live/ })
      .first()
      .click();
    await page.locator('.editor-instance .monaco-editor').first().waitFor();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nOne more line.');
    await page.keyboard.press('Control+S');
    const text = fs.readFileSync(path.join(copy, 'network.yaml'), 'utf8');
    assert.match(
      text.slice(text.indexOf('\ncontacts:')),
      new RegExp(`- name: Rahul Mehta\\n[\\s\\S]*?connected: ${today}`),
    );
    await browser!.close();
    browser = undefined;
    await session.stop();
    assert.match(session.output(), /stopped/);
    session = undefined;

    assert.strictEqual(gitStatus(), gitBefore, 'git status is as it was');
    assert.deepStrictEqual(snapshot(path.join(ROOT, 'examples')), examplesBefore, 'examples/ is as it was');
  });

  test('npm start -- <folder> opens that folder itself, no copy', async () => {
    const own = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-own-'));
    try {
      fs.copyFileSync(path.join(ROOT, 'examples', 'network.yaml'), path.join(own, 'network.yaml'));
      session = await npmStart([own]);
      assert.strictEqual(decodeURIComponent(session.url.split('folder=')[1]), own);
      assert.ok(!fs.existsSync(path.join(session.dir, 'sample-network')), 'no sample copy');
      const { page } = await open(session.url);
      await keyOnRow(page, 'Rahul Mehta', 'Alt+I', 'start-own-ignore');
      await fileChanged(
        path.join(own, 'network.yaml'),
        t => /- name: Rahul Mehta\n[\s\S]*?outcome: ignored/.test(t.slice(t.indexOf('\narchive:'))),
        page,
        'start-own-ignore',
      );
      await page.locator('.part.sidebar .monaco-list-row.focused', { hasText: 'Lena Vogt' }).waitFor();
    } finally {
      fs.rmSync(own, { recursive: true, force: true });
    }
  });
});
