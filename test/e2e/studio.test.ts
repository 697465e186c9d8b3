import * as assert from 'assert';
import * as fs from 'fs';
import { useWorkbench } from './support/workbenchSuite';

suite('e2e: the thought-leadership studio', () => {
  const workbench = useWorkbench();

  test('a person selects code, runs New Post from Selection, sees the draft beside it with lens and fold marker, and copies it', async () => {
    const wb = workbench();
    const page = wb.page;
    await wb.openFile('src/outbox.ts');
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-line', { hasText: 'export async function relay' }).first().click();
    // select the function: from its first line, eight lines down
    await page.keyboard.press('Home');
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Shift+ArrowDown');
    }
    await wb.runCommand('Contractor Network: New Post from Selection');
    const title = page.locator('.quick-input-widget .quick-input-title');
    await title.filter({ hasText: 'which blueprint' }).waitFor();
    await wb.screenshot('studio-1-blueprint');
    await page.keyboard.press('Enter'); // Zero-downtime Kafka migrations
    await title.filter({ hasText: 'Which channel' }).waitFor();
    await page.keyboard.press('Enter'); // post
    // the draft opens beside the code: two editor groups
    await page.locator('.editor-group-container').nth(1).waitFor();
    const draftTab = page.locator('.tab', { hasText: /kafka-migration-post/ }).first();
    await draftTab.waitFor();
    const lens = page.locator('.codelens-decoration', { hasText: /\/ 3,000/ }).first();
    await lens.waitFor();
    assert.match(await lens.innerText(), /^\d[\d,]* \/ 3,000/);
    await page.locator('.codelens-decoration a', { hasText: 'Copy for LinkedIn' }).first().waitFor();
    // the body quotes the code with its language and file name
    const draftEditor = page.locator('.editor-group-container').nth(1);
    await draftEditor.locator('.view-line', { hasText: 'From `src/outbox.ts`:' }).first().waitFor();
    await draftEditor.locator('.view-line', { hasText: '```typescript' }).first().waitFor();
    // the fold marker: where the feed shows "…see more"
    // decorations render as CSS ::after content, not as text nodes
    const markerText = await page
      .waitForFunction(
        "[...document.querySelectorAll('.editor-group-container .view-line span')].map(s => getComputedStyle(s, '::after').content).find(c => c.includes('see more')) || ''",
      )
      .then(h => h.jsonValue() as Promise<string>);
    assert.match(markerText, /see more/);
    await wb.screenshot('studio-2-draft-beside');
    await page.locator('.codelens-decoration a', { hasText: 'Copy for LinkedIn' }).first().click();
    const note = await wb.notification(/Copied [\d,]+ characters of .*kafka-migration-post.*for LinkedIn/);
    assert.match(note, /posts take 3,000/);
    await wb.screenshot('studio-3-copied');
    const files = fs.readdirSync(wb.file('posts'));
    assert.ok(
      files.some(f => /^\d{4}-\d{2}-\d{2}-kafka-migration-post\.md$/.test(f)),
      files.join(', '),
    );
  });

  test('a person runs Share with Audience from the lens of a published draft, checks two people, and they get the note', async () => {
    const wb = workbench();
    const page = wb.page;
    await page.keyboard.press('Escape');
    await wb.openFile('posts/2026-11-12-kafka-migration-post.md');
    const share = page.locator('.codelens-decoration a', { hasText: 'Share with audience' }).first();
    await share.waitFor();
    await share.click();
    const title = page.locator('.quick-input-widget .quick-input-title');
    await title.filter({ hasText: /^Share ".*" with its audience \(client, prospect\)/ }).waitFor();
    const rows = page.locator('.quick-input-widget .monaco-list-row');
    await rows.first().waitFor();
    // longest unheard first: never contacted, then the oldest last contact
    assert.match(
      (await rows.nth(0).innerText()).replace(/\s+/g, ' '),
      /Oliver Brandt.*connected \d+ months ago, never contacted/,
    );
    assert.match((await rows.nth(1).innerText()).replace(/\s+/g, ' '), /Aisha Okafor.*last contact \d+ months ago/);
    await wb.screenshot('share-1-audience');
    for (const name of ['Oliver Brandt', 'Aisha Okafor']) {
      await rows.filter({ hasText: name }).first().click();
    }
    await wb.screenshot('share-2-two-checked');
    await page.keyboard.press('Enter');
    const text = await wb.waitForFile('network.yaml', t => (t.match(/text: "?Sent \\?"We moved/g) ?? []).length === 2);
    const noted = [...text.matchAll(/- name: ([^\n]+)\n(?:(?! {2}- )[^\n]*\n)*? {8}text: "?Sent \\?"We moved/g)].map(
      m => m[1],
    );
    assert.deepStrictEqual(noted, ['Oliver Brandt', 'Aisha Okafor']);
    await wb.screenshot('share-3-logged');
  });
});
