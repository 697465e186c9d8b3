import * as assert from 'assert';
import { useWorkbench } from './support/workbenchSuite';

suite('e2e: triage by keyboard, and code lenses', () => {
  const workbench = useWorkbench({ settings: { 'contractorNetwork.confirmNotKnown': true } });

  test('a person triages three invitations from the palette with the keyboard alone', async () => {
    const wb = workbench();
    await wb.openContractorNetwork();
    await wb.setViewExpanded('Content', false);
    await wb.setViewExpanded('Opportunities', false);
    await wb.row('Invitations (7)').waitFor();
    const page = wb.page;
    await wb.runCommand('Contractor Network: Triage Invitations');
    const title = page.locator('.quick-input-widget .quick-input-title');
    await title.filter({ hasText: '1 of 7 · Rahul Mehta' }).waitFor();
    // the rule's suggestion is pre-selected: Enter accepts it
    const active = page.locator('.quick-input-widget .monaco-list-row.focused');
    assert.match(await active.innerText(), /Accept[\s\S]*suggested by rule 4/);
    await wb.screenshot('triage-1-suggestion');
    await page.keyboard.press('Enter');
    await title.filter({ hasText: '2 of 7 · Lena Vogt' }).waitFor();
    // 2: Later, chosen by typing
    await page.keyboard.type('later');
    await page.keyboard.press('Enter');
    await title.filter({ hasText: '3 of 7 · Max Hollis' }).waitFor();
    // 3: ignore, with the arrow keys (the suggestion "Ignore" is already selected; go down and up again)
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await wb.screenshot('triage-3-ignore');
    await page.keyboard.press('Enter');
    await title.filter({ hasText: '4 of 7 · Priya Anand' }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });

    const text = await wb.waitForFile('network.yaml', t => /name: Max Hollis[\s\S]*outcome: ignored/.test(t));
    assert.ok(/- name: Rahul Mehta[\s\S]*connected: /.test(text.slice(text.indexOf('\ncontacts:'))), 'Rahul accepted');
    assert.ok(/- name: Lena Vogt[\s\S]*?snoozed: /.test(text), 'Lena snoozed');
    // the tree and the badge follow: 7 - Rahul - Max = 5 invitations (Lena is snoozed: 4 waiting)
    await wb.row('Invitations (5)').waitFor();
    const badge = page
      .locator('.part.activitybar')
      .getByRole('tab', { name: /^Contractor Network/ })
      .locator('.badge-content');
    await badge.filter({ hasText: /^\s*4\s*$/ }).waitFor();
    await wb.row('Archive (4)').waitFor();
    await wb.screenshot('triage-after');
  });

  test('a person clicks a code lens in network.yaml and sees the effect', async () => {
    const wb = workbench();
    await wb.openFile('network.yaml');
    const page = wb.page;
    const lens = page.locator('.codelens-decoration a', { hasText: /^Accept/ }).first();
    await lens.waitFor();
    await wb.screenshot('code-lenses');
    // the first invitation left in the file is Priya Anand (Rahul was accepted above)
    const before = wb.readFile('network.yaml');
    const firstInvitation = /invitations:[^\n]*\n\s+- name: ([^\n#]+)/.exec(before)?.[1].trim();
    assert.strictEqual(firstInvitation, 'Priya Anand');
    await lens.click();
    await wb.waitForFile('network.yaml', t =>
      /- name: Priya Anand\n[\s\S]*?category: recruiter/.test(t.slice(t.indexOf('\ncontacts:'))),
    );
    await wb.row('Invitations (4)').waitFor();
    await wb.screenshot('code-lens-accepted');
  });
});
