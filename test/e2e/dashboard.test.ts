import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Workbench } from './support/workbench';

const HOSTILE = '<img src=x onerror=alert(1)>';

/** The sample network plus a due client whose name is HTML. */
function addHostileContact(ws: string): void {
  const file = path.join(ws, 'network.yaml');
  const text = fs.readFileSync(file, 'utf8').replace('  # --- prospects ---\n',
    `  - name: "${HOSTILE}"\n    category: client\n    lastContact: 2026-01-01\n  # --- prospects ---\n`);
  fs.writeFileSync(file, text);
}

for (const theme of ['Default Light Modern', 'Default Dark Modern']) {
  suite(`e2e: the dashboard (${theme})`, () => {
    let wb: Workbench;
    const slug = theme.includes('Dark') ? 'dark' : 'light';

    suiteSetup(async () => {
      wb = await Workbench.open({ settings: { 'workbench.colorTheme': theme }, prepare: addHostileContact, viewport: { width: 1400, height: 1000 } });
    });

    teardown(async function () {
      if (this.currentTest?.state === 'failed') {
        await wb?.screenshot(`FAILED-dashboard-${slug}`).catch(() => undefined);
      }
    });

    suiteTeardown(async () => {
      await wb?.close();
    });

    test('shows the charts, the follow-ups and the coverage; a name made of HTML shows as text', async () => {
      let alerted = false;
      wb.page.on('dialog', d => {
        alerted = true;
        void d.dismiss();
      });
      await wb.runCommand('Contractor Network: Show Dashboard');
      const view = wb.webview();
      await view.locator('h1', { hasText: 'Your network at a glance' }).waitFor();
      await view.locator('text=27').first().waitFor();
      await wb.page.waitForTimeout(600);
      await wb.screenshot(`dashboard-${slug}-top`);
      // the hostile name is in the follow-ups list as text, and no image was made of it
      const due = view.locator('ul.due button', { hasText: HOSTILE });
      await due.waitFor();
      assert.strictEqual(await due.innerText(), HOSTILE);
      assert.strictEqual(await view.locator('main img').count(), 0);
      // keyboard: the coverage cells are buttons reachable with Tab
      const missingWebinar = view.locator('button[aria-label="Zero-downtime Kafka migrations, webinar: missing"]');
      await missingWebinar.focus();
      assert.ok(await missingWebinar.evaluate(b => b === (b.ownerDocument as { activeElement: unknown }).activeElement));
      await wb.page.waitForTimeout(600);
      await wb.screenshot(`dashboard-${slug}-coverage`);
      assert.ok(!alerted, 'no script ran from a name');
    });
  });
}
