import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { useWorkbench } from './support/workbenchSuite';

const HOSTILE = '<img src=x onerror=alert(1)>';

/** The sample network plus a due client whose name is HTML. */
function addHostileContact(ws: string): void {
  const file = path.join(ws, 'network.yaml');
  const text = fs
    .readFileSync(file, 'utf8')
    .replace(
      '  # --- prospects ---\n',
      `  - name: "${HOSTILE}"\n    category: client\n    lastContact: 2026-01-01\n  # --- prospects ---\n`,
    );
  fs.writeFileSync(file, text);
}

for (const theme of ['Default Light Modern', 'Default Dark Modern', 'Default High Contrast']) {
  suite(`e2e: the dashboard (${theme})`, () => {
    const slug = theme.includes('High Contrast') ? 'high-contrast' : theme.includes('Dark') ? 'dark' : 'light';
    const workbench = useWorkbench(
      {
        settings: { 'workbench.colorTheme': theme },
        prepare: addHostileContact,
        viewport: { width: 1400, height: 1000 },
      },
      `dashboard-${slug}`,
    );

    test('shows the charts, the follow-ups and the coverage; a name made of HTML shows as text', async () => {
      const wb = workbench();
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
      assert.ok(
        await missingWebinar.evaluate(b => b === (b.ownerDocument as { activeElement: unknown }).activeElement),
      );
      await wb.page.waitForTimeout(600);
      await wb.screenshot(`dashboard-${slug}-coverage`);
      assert.ok(!alerted, 'no script ran from a name');
    });
  });
}
