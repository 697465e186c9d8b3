import * as assert from 'assert';
import type { Page } from 'playwright-core';
import type { Workbench } from './support/workbench';
import type { WorkbenchOptions } from './support/workbench';
import { useWorkbench } from './support/workbenchSuite';

// A person writes `@[Pri` in a meeting note, picks Priya from the completion list, reads her card
// on hover and goes to her entry in network.yaml with F12, in both extension hosts a browser has:
// VS Code's (code-server) and the web worker of vscode.dev.

const NOTE = 'notes/introductions.md';

/** The text of the editor's line holding `text`, spaces as typed (the editor renders them as U+00A0). */
async function lineText(page: Page, text: string): Promise<string> {
  const line = page.locator('.editor-instance .view-line', { hasText: text }).first();
  await line.waitFor();
  return (await line.innerText()).replace(/\u00a0/g, ' ');
}

async function mentionFlow(wb: Workbench, shot: string): Promise<void> {
  const page = wb.page;
  // the extension has read network.yaml once its status bar item tells how many are to tell
  await page
    .locator('.statusbar-item', { hasText: /to tell/ })
    .first()
    .waitFor({ timeout: 60_000 });
  await wb.openFile(NOTE);
  const editor = page.locator('.editor-instance .monaco-editor').first();
  // a new line after the last one of the note
  await editor.locator('.view-line', { hasText: 'Acme Cloud is hiring' }).first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Call @');
  // `@` opens the list (people, contacts first); `[Pri` narrows it
  const suggest = page.locator('.editor-widget.suggest-widget');
  await suggest.locator('.monaco-list-row').first().waitFor();
  await page.keyboard.type('[Pri');
  const priya = suggest.locator('.monaco-list-row', { hasText: 'Priya Anand' }).first();
  await priya.waitFor();
  // the best match is the one selected: Enter takes her
  await suggest.locator('.monaco-list-row.focused', { hasText: 'Priya Anand' }).waitFor();
  assert.match(await priya.innerText(), /Senior Technical Recruiter at Brightlane Talent/);
  await wb.screenshot(`${shot}-1-completion`);
  await page.keyboard.press('Enter');
  await suggest.waitFor({ state: 'hidden' });
  // the mention replaces what was typed and the `]` the editor may have closed: one pair of brackets
  await page.locator('.editor-instance .view-line', { hasText: '- Call @[Priya Anand]' }).first().waitFor();
  assert.strictEqual((await lineText(page, '- Call @[Priya')).trimEnd(), '- Call @[Priya Anand]');

  // hover her: the person's card
  await editor
    .locator('.view-line', { hasText: '- Call @[Priya Anand]' })
    .first()
    .getByText('Priya', { exact: false })
    .last()
    .hover();
  const hover = page.locator('.monaco-hover', { hasText: 'F12 opens the entry in network.yaml' }).first();
  await hover.waitFor();
  const card = (await hover.innerText()).replace(/\s+/g, ' ');
  assert.match(card, /Priya Anand/);
  assert.match(card, /Brightlane Talent/);
  // two in the notes on disk, and the one just typed
  assert.match(card, /3 mentions in your notes/);
  await wb.screenshot(`${shot}-2-hover`);
  await page.keyboard.press('Escape');
  await page.mouse.move(800, 600);

  // F12 with the cursor inside the mention: network.yaml at her entry, the cursor on her name
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('F12');
  await page.locator('.tab.active', { hasText: 'network.yaml' }).waitFor();
  await page.locator('.statusbar-item', { hasText: /Ln 14, Col 11(?!\d)/ }).waitFor();
  assert.strictEqual((await lineText(page, 'name: Priya Anand')).trim(), '- name: Priya Anand');
  await wb.screenshot(`${shot}-3-definition`);
}

function mentionSuite(title: string, opts: WorkbenchOptions, shot: string): void {
  suite(title, () => {
    const workbench = useWorkbench(opts);
    test('a person types @[Pri in a note, picks Priya, hovers her card and goes to her entry with F12', async () => {
      await mentionFlow(workbench(), shot);
    });
  });
}

mentionSuite('e2e: mentions in a note', {}, 'mentions');
mentionSuite(
  'e2e: mentions in a note, in the web-worker extension host',
  { settings: { 'remote.extensionKind': { 'contractor-network.contractor-network': ['web'] } } },
  'mentions-web',
);
