import * as assert from 'assert';
import { useWorkbench } from './support/workbenchSuite';

suite('e2e: opportunities', () => {
  const workbench = useWorkbench();

  test('a person logs an opportunity from a recruiter by keyboard, advances it to submitted, and sees the double submission in the Problems panel', async () => {
    const wb = workbench();
    await wb.openContractorNetwork();
    await wb.setViewExpanded('Content', false);
    const page = wb.page;
    // Mia Rossi, a recruiter at Stackhouse Search, is in the People view (she is due, and still to tell)
    const mia = wb.row('Mia Rossi');
    await mia.waitFor();
    await mia.click({ button: 'right' });
    const menuItem = page.locator('.context-view .action-item', { hasText: 'Log Opportunity' }).first();
    await menuItem.waitFor();
    await wb.screenshot('opportunity-1-context-menu');
    await menuItem.click();
    const input = page.locator('.quick-input-widget input');
    const title = page.locator('.quick-input-widget .quick-input-title');
    await title.filter({ hasText: 'Opportunity via Mia Rossi (1/2)' }).waitFor();
    await page.keyboard.type('Kafka Platform Engineer');
    await page.keyboard.press('Enter');
    await title.filter({ hasText: 'Opportunity via Mia Rossi (2/2)' }).waitFor();
    await input.waitFor();
    await page.keyboard.type('Vantage Bank');
    await wb.screenshot('opportunity-2-client');
    await page.keyboard.press('Enter');
    const id = 'vantage-bank-kafka-platform-engineer';
    await wb.waitForFile('network.yaml', t =>
      t.includes(
        `  - id: ${id}\n    role: Kafka Platform Engineer\n    client: Vantage Bank\n    agency: Stackhouse Search\n`,
      ),
    );

    // the Opportunities view shows it among the leads; its Advance button asks for the stage
    const item = page
      .locator('.part.sidebar .monaco-list-row', { hasText: 'Kafka Platform Engineer · Vantage Bank' })
      .first();
    await item.waitFor();
    assert.match(await item.innerText(), /Mia Rossi/);
    await item.hover();
    await item.locator('.action-label[aria-label="Set Opportunity Stage"]').click();
    await title.filter({ hasText: 'Stage of Kafka Platform Engineer · Vantage Bank' }).waitFor();
    await wb.screenshot('opportunity-3-stage-pick');
    await page.keyboard.type('submitted');
    await page.keyboard.press('Enter');
    await wb.waitForFile('network.yaml', t => t.includes('    stage: submitted\n    submitted: '));
    await wb.row(/^Submitted \(2\)/).waitFor();

    // the Problems panel: the new submission is the third to Vantage Bank within 180 days
    await wb.runCommand('View: Focus Problems (Errors, Warnings, Infos)');
    const problem = page.locator('.markers-panel .monaco-list-row', {
      hasText: 'Vantage Bank: already submitted via Harbor Recruitment',
    });
    await problem.first().waitFor();
    assert.match(await problem.first().innerText(), /vantage-bank-streaming-lead/);
    await wb.screenshot('opportunity-4-double-submission');
  });
});
