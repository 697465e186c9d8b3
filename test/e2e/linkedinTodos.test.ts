import * as assert from 'assert';
import type { Page } from 'playwright-core';
import { useWorkbench } from './support/workbenchSuite';

suite('e2e: LinkedIn to-dos, from triage to done on linkedin.com', () => {
  const workbench = useWorkbench({ settings: { 'contractorNetwork.confirmNotKnown': true } });

  test('triage three invitations, see "To do on LinkedIn (3)", work through the queue with Enter, the group goes', async () => {
    const wb = workbench();
    const page = wb.page;
    await wb.openContractorNetwork();
    await wb.setViewExpanded('Content', false);
    await wb.setViewExpanded('Opportunities', false);
    await wb.row('Invitations (7)').waitFor();

    // triage: Enter takes each rule's suggestion (accept Rahul, accept Lena, ignore Max), Escape stops
    await wb.runCommand('Contractor Network: Triage Invitations');
    const title = page.locator('.quick-input-widget .quick-input-title');
    for (const who of ['1 of 7 · Rahul Mehta', '2 of 7 · Lena Vogt', '3 of 7 · Max Hollis']) {
      await title.filter({ hasText: who }).waitFor();
      await page.keyboard.press('Enter');
    }
    await title.filter({ hasText: '4 of 7' }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });

    // the group at the top, the items with what is still to do there, the status bar counts them
    await wb.row('To do on LinkedIn (3)').waitFor();
    const rows = await wb.rowTexts();
    const at = rows.findIndex(r => r.startsWith('To do on LinkedIn (3)'));
    assert.strictEqual(at, 0, rows.join(' | '));
    assert.match(rows[1], /^Rahul Mehta\s*accept the invitation/);
    assert.match(rows[2], /^Lena Vogt\s*accept the invitation/);
    assert.match(rows[3], /^Max Hollis\s*ignore the invitation/);
    const status = page.locator('.statusbar-item', { hasText: /3/ }).filter({ has: page.locator('.codicon-tasklist') });
    await status.first().waitFor();
    await wb.row('Rahul Mehta').hover();
    await wb.screenshot('todos-1-group');
    const file = wb.readFile('network.yaml');
    assert.strictEqual(file.match(/todoOnLinkedIn: accept/g)?.length, 2);
    assert.strictEqual(file.match(/todoOnLinkedIn: ignore/g)?.length, 1);

    // the queue: Enter opens the page on linkedin.com and marks the to-do done
    const opened = watchOpenedPages(page);
    await wb.runCommand('Contractor Network: Work Through LinkedIn To-dos');
    for (const [i, who] of ['Rahul Mehta', 'Lena Vogt', 'Max Hollis'].entries()) {
      await title.filter({ hasText: `${i + 1} of 3 · ${who}` }).waitFor();
      const active = page.locator('.quick-input-widget .monaco-list-row.focused');
      assert.match(await active.innerText(), /Open on LinkedIn and mark done[\s\S]*opens the invitation manager/);
      if (i === 0) {
        await wb.screenshot('todos-2-queue');
      }
      await page.keyboard.press('Enter');
      await confirmOpeningIfAsked(wb.page, i === 0 ? () => wb.screenshot('todos-3-open-dialog') : undefined);
      await wb.waitForFile('network.yaml', t => (t.match(/todoOnLinkedIn/g)?.length ?? 0) === 2 - i, 15_000);
    }
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    await wb.row('To do on LinkedIn').waitFor({ state: 'detached' });
    assert.ok(!wb.readFile('network.yaml').includes('todoOnLinkedIn'));
    await wb.screenshot('todos-4-done');
    // what code-server did with the pages: each opening asked for, every one the invitation manager
    const urls = opened();
    assert.ok(
      urls.length > 0 && urls.every(u => u.startsWith('https://www.linkedin.com/mynetwork/invitation-manager/')),
      `opened: ${urls.join(', ')}`,
    );
    console.log(`      [e2e] pages the browser was asked to open: ${urls.length ? urls.join(', ') : 'none'}`);
  });

  test('the title bar groups people by company, each with its count and closest relationship', async () => {
    const wb = workbench();
    const page = wb.page;
    await wb.openContractorNetwork();
    await page
      .locator('.part.sidebar .pane-header', { hasText: /^People/i })
      .first()
      .hover();
    await page.getByRole('button', { name: 'Group People by Company' }).click();
    await wb.row(/^Acme Cloud \(2\)\s*client/).waitFor();
    await wb.screenshot('people-by-company');
    await page
      .locator('.part.sidebar .pane-header', { hasText: /^People/i })
      .first()
      .hover();
    await page.getByRole('button', { name: 'Group People by Category' }).click();
    await wb.row('Clients (').waitFor();
  });
});

/** The URLs of the pages (popups) the workbench opens from now on. */
function watchOpenedPages(page: Page): () => string[] {
  const urls: string[] = [];
  // the sandbox has no network: the popup's navigation fails (chrome-error://), so its request is what counts
  page.context().on('page', p => {
    p.on('request', r => {
      if (r.isNavigationRequest()) {
        urls.push(r.url());
      }
    });
    setTimeout(() => void p.close().catch(() => undefined), 2000);
  });
  return () => [...new Set(urls.filter(u => u !== 'about:blank' && !u.startsWith('chrome-error:')))];
}

/** VS Code asks before opening a site it does not trust yet: say Open (and look at the dialog once). */
async function confirmOpeningIfAsked(page: Page, look?: () => Promise<unknown>): Promise<void> {
  const dialog = page.locator('.monaco-dialog-box');
  const asked = await dialog.waitFor({ timeout: 3000 }).then(
    () => true,
    () => false,
  );
  if (!asked) {
    return;
  }
  await look?.();
  await dialog.getByRole('button', { name: /^Open$/ }).click();
  await dialog.waitFor({ state: 'hidden' });
}
