// A person's view of VS Code: code-server with the packaged .vsix installed, a fresh copy of a
// sample workspace, and the workbench in headless Chromium. Screenshots go to $SHOTS_DIR.

import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import type { Browser, RunningServer } from '../../host/codeServer';
import { launchBrowser, ROOT, startCodeServer, workbenchUrl } from '../../host/codeServer';

export interface WorkbenchOptions {
  /** Folder copied as the workspace (default: examples/). */
  fixture?: string;
  settings?: Record<string, unknown>;
  viewport?: { width: number; height: number };
  /** Changes the copied workspace before VS Code opens it. */
  prepare?: (workspace: string) => void;
}

function packagedVsix(): string {
  const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version;
  const vsix = path.join(ROOT, `contractor-network-${version}.vsix`);
  if (!fs.existsSync(vsix)) {
    throw new Error(`${vsix} is missing: npm test packages it before the UI tests (npm run package)`);
  }
  return vsix;
}

export class Workbench {
  private constructor(
    readonly page: Page,
    readonly workspace: string,
    private readonly server: RunningServer,
    private readonly browser: Browser,
  ) {}

  static async open(opts: WorkbenchOptions = {}): Promise<Workbench> {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-e2e-ws-'));
    fs.cpSync(opts.fixture ?? path.join(ROOT, 'examples'), workspace, { recursive: true });
    opts.prepare?.(workspace);
    const server = await startCodeServer({ folder: workspace, vsix: [packagedVsix()], settings: opts.settings });
    const browser = await launchBrowser(opts.viewport);
    const wb = new Workbench(browser.page, workspace, server, browser);
    browser.page.on('pageerror', e => console.log('      [page error]', e.message));
    await browser.page.goto(workbenchUrl(server, workspace), { waitUntil: 'domcontentloaded' });
    await browser.page.locator('.monaco-workbench').waitFor();
    await browser.page.locator('.part.activitybar').waitFor();
    // the extension's contributions are in once its activity-bar item is
    await browser.page
      .locator('.part.activitybar')
      .getByRole('tab', { name: /^Contractor Network/ })
      .waitFor({ timeout: 60_000 });
    return wb;
  }

  async close(): Promise<void> {
    await this.browser.close().catch(() => undefined);
    await this.server.stop();
    fs.rmSync(this.workspace, { recursive: true, force: true });
  }

  file(rel: string): string {
    return path.join(this.workspace, rel);
  }

  readFile(rel: string): string {
    return fs.readFileSync(this.file(rel), 'utf8');
  }

  async screenshot(name: string): Promise<string> {
    const file = shotFile(name);
    await this.page.waitForTimeout(400); // let animations settle
    await this.page.screenshot({ path: file });
    return file;
  }

  /** Clicks the Contractor Network item in the activity bar and waits for the people view. */
  async openContractorNetwork(): Promise<Locator> {
    const tab = this.page.locator('.part.activitybar').getByRole('tab', { name: /^Contractor Network/ });
    await tab.waitFor();
    const sidebar = this.page.locator('.part.sidebar');
    const title = sidebar.locator('.composite.title', { hasText: /Contractor Network/i });
    if (!(await title.isVisible())) {
      await tab.click();
    }
    await title.waitFor();
    await this.page.mouse.move(800, 600); // away from the activity bar: its hover would cover the tree
    return sidebar;
  }

  /** Collapses or expands a view of the Contractor Network container by its header (People, Content). */
  async setViewExpanded(name: string, expanded: boolean): Promise<void> {
    const header = this.page.locator('.part.sidebar .pane-header', { hasText: new RegExp(`^${name}`, 'i') }).first();
    await header.waitFor();
    if ((await header.getAttribute('aria-expanded')) !== String(expanded)) {
      await header.click();
    }
    await this.page.mouse.move(800, 600);
  }

  /** The document inside a webview panel (code-server nests it two frames deep). */
  webview(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready').first().frameLocator('#active-frame');
  }

  /** The tree row whose text contains `text`. */
  row(text: string | RegExp): Locator {
    return this.page.locator('.part.sidebar .monaco-list-row', { hasText: text }).first();
  }

  async rowTexts(): Promise<string[]> {
    return (await this.page.locator('.part.sidebar .monaco-list-row').allInnerTexts()).map(t =>
      t.replace(/\s+/g, ' ').trim(),
    );
  }

  /** Runs a command from the palette by its title, the way a person does (F1, type, Enter). */
  async runCommand(title: string): Promise<void> {
    const input = this.page.locator('.quick-input-widget input');
    const row = this.page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
    // the palette lists the commands known when it opens: right after start-up, try again
    for (let attempt = 1; ; attempt++) {
      await this.page.keyboard.press('F1');
      await input.waitFor();
      await input.fill(`>${title}`);
      if (
        await row.waitFor({ timeout: 5000 }).then(
          () => true,
          () => false,
        )
      ) {
        break;
      }
      if (attempt === 3) {
        throw new Error(`the command palette does not list "${title}"`);
      }
      await this.page.keyboard.press('Escape');
      await this.page.waitForTimeout(1000);
    }
    await this.page.keyboard.press('Enter');
  }

  /** Opens a workspace file with Quick Open. */
  async openFile(rel: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(rel);
    await this.page
      .locator('.quick-input-widget .monaco-list-row', { hasText: path.basename(rel) })
      .first()
      .waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator('.editor-instance .monaco-editor').first().waitFor();
  }

  /** A notification toast (or the notification center's entry) with this text. */
  async notification(text: string | RegExp, timeout = 10_000): Promise<string> {
    const toast = this.page.locator('.notifications-toasts .notification-toast', { hasText: text }).first();
    await toast.waitFor({ timeout });
    return (await toast.innerText()).replace(/\s+/g, ' ');
  }

  /** Waits until a file on disk satisfies `check`. */
  waitForFile(rel: string, check: (text: string) => boolean, timeout = 10_000): Promise<string> {
    return waitForFile(this.page, this.file(rel), check, timeout, rel);
  }
}

/** Where a screenshot called `name` goes ($SHOTS_DIR, made if missing). */
export function shotFile(name: string): string {
  const dir = process.env.SHOTS_DIR ?? path.join(ROOT, 'test-results', 'screenshots');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}

/** Waits until the file on disk satisfies `check` (said as `label` when it does not in time). */
export async function waitForFile(
  page: Page,
  file: string,
  check: (text: string) => boolean,
  timeout: number,
  label: string,
): Promise<string> {
  const end = Date.now() + timeout;
  for (;;) {
    const text = fs.readFileSync(file, 'utf8');
    if (check(text)) {
      return text;
    }
    if (Date.now() > end) {
      throw new Error(`${label} did not reach the expected content in ${timeout} ms`);
    }
    await page.waitForTimeout(100);
  }
}
