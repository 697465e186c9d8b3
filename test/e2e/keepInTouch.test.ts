import * as assert from 'assert';
import { useWorkbench } from './support/workbenchSuite';

suite('e2e: keeping in touch', () => {
  const workbench = useWorkbench();

  test('a person adds a note from the tree and sees the contact leave the Due group', async () => {
    const wb = workbench();
    await wb.openContractorNetwork();
    await wb.setViewExpanded('Content', false);
    await wb.setViewExpanded('Opportunities', false);
    const page = wb.page;
    const dueHeader = wb.row(/^Due \(\d+\)/);
    await dueHeader.waitFor();
    const dueCount = Number(/\((\d+)\)/.exec(await dueHeader.innerText())?.[1]);
    // Amelia Hart (a client, last contact 2026-09-20, cadence 30 days) is due
    const amelia = page.locator('.part.sidebar .monaco-list-row', { hasText: 'Amelia Hart' }).first();
    await amelia.waitFor();
    assert.match(await amelia.innerText(), /overdue/);
    await wb.screenshot('due-before');
    await amelia.click({ button: 'right' });
    const menuItem = page.locator('.context-view .action-item', { hasText: 'Add Note' }).first();
    await menuItem.waitFor();
    await wb.screenshot('due-context-menu');
    await menuItem.click();
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    await page.keyboard.type('Coffee next to the Spree; hiring a platform lead in Q1');
    await wb.screenshot('due-add-note');
    await page.keyboard.press('Enter');
    await wb.waitForFile('network.yaml', t =>
      t.includes('text: Coffee next to the Spree; hiring a platform lead in Q1'),
    );
    await wb.row(`Due (${dueCount - 1})`).waitFor();
    const stillDue = await wb.rowTexts();
    const dueIndex = stillDue.findIndex(r => r.startsWith('Due ('));
    const invIndex = stillDue.findIndex(r => r.startsWith('Invitations ('));
    assert.ok(
      !stillDue.slice(dueIndex + 1, invIndex).some(r => r.startsWith('Amelia Hart')),
      'Amelia left the Due group',
    );
    await wb.screenshot('due-after');
  });
});
