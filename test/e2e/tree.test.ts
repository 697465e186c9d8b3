import * as assert from 'assert';
import { useWorkbench } from './support/workbenchSuite';

suite('e2e: the people view', () => {
  const workbench = useWorkbench();

  test('a person clicks Contractor Network and sees the invitations and contact groups', async () => {
    const wb = workbench();
    const sidebar = await wb.openContractorNetwork();
    await wb.setViewExpanded('Content', false);
    await wb.setViewExpanded('Opportunities', false);
    await wb.row('Invitations (7)').waitFor();
    for (const group of ['Clients (4)', 'Prospects (4)', 'Recruiters (4)', 'Agencies (3)', 'Archive (3)']) {
      await wb.row(group).waitFor();
    }
    // invitations start expanded, oldest first, with the rule's suggestion
    await wb.row('Priya Anand').waitFor();
    const rows = await wb.rowTexts();
    const names = ['Rahul Mehta', 'Lena Vogt', 'Max Hollis', 'Priya Anand'];
    const idx = names.map(n => rows.findIndex(r => r.startsWith(n)));
    assert.deepStrictEqual(
      [...idx].sort((x, y) => x - y),
      idx,
      `oldest first: ${JSON.stringify(rows)}`,
    );
    assert.ok(
      rows.some(r => r.startsWith('Priya Anand') && r.includes('accept')),
      JSON.stringify(rows),
    );
    // the activity bar badge counts the pending invitations
    const badge = wb.page
      .locator('.part.activitybar')
      .getByRole('tab', { name: /^Contractor Network/ })
      .locator('.badge-content');
    assert.strictEqual((await badge.innerText()).trim(), '7');
    // expand a category
    await wb.row('Clients (4)').click();
    await wb.row('Tobias Ferreira').waitFor();
    assert.match(await wb.row('Tobias Ferreira').innerText(), /Head of Platform · Nordwerk GmbH/);
    // a wider sidebar, as a person would drag it, so the descriptions show
    const box = await sidebar.boundingBox();
    if (box) {
      await wb.page.mouse.move(box.x + box.width + 1, box.y + 300);
      await wb.page.mouse.down();
      await wb.page.mouse.move(box.x + box.width + 260, box.y + 300, { steps: 5 });
      await wb.page.mouse.up();
    }
    await wb.page.mouse.move(1000, 700);
    await wb.screenshot('people-tree');
  });
});
