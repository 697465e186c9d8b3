import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { getL10nJson } from '@vscode/l10n-dev';
import { ESLint } from 'eslint';
import { staticTexts } from '../../src/model/l10n/staticTexts';
import { REPO_ROOT } from '../support/repoRoot';

// Localisation (README "Localisation"): what the extension shows goes through vscode.l10n.t (the
// model: @vscode/l10n's t), and l10n/bundle.l10n.json, which translators start from, lists every
// such string. `npm run l10n` (scripts/l10n.mjs) writes it.

const BUNDLE = path.join(REPO_ROOT, 'l10n', 'bundle.l10n.json');

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap(d =>
      d.isDirectory() ? sourceFiles(path.join(dir, d.name)) : d.name.endsWith('.ts') ? [path.join(dir, d.name)] : [],
    );
}

suite('l10n: every string shown is in the bundle', () => {
  const bundle = JSON.parse(fs.readFileSync(BUNDLE, 'utf8')) as Record<string, unknown>;
  let found: Record<string, unknown>;

  suiteSetup(async () => {
    const files = sourceFiles(path.join(REPO_ROOT, 'src')).map(f => ({
      extension: '.ts',
      contents: fs.readFileSync(f, 'utf8'),
    }));
    found = await getL10nJson(files);
  });

  test('each string passed to l10n.t in src is in l10n/bundle.l10n.json, as written (run npm run l10n)', () => {
    assert.ok(Object.keys(found).length > 200, `@vscode/l10n-dev found only ${Object.keys(found).length} strings`);
    const missing = Object.keys(found).filter(k => JSON.stringify(bundle[k]) !== JSON.stringify(found[k]));
    assert.deepStrictEqual(missing, []);
  });

  test("the model's table words (action titles, the confirmation) are in it too", () => {
    const texts = staticTexts();
    assert.ok(texts.includes('Accept') && texts.includes('accepted'), 'the action titles are listed');
    assert.deepStrictEqual(
      texts.filter(t => bundle[t] !== t),
      [],
    );
  });

  test('it holds nothing that is no longer shown', () => {
    const shown = new Set([...Object.keys(found), ...staticTexts()]);
    assert.deepStrictEqual(
      Object.keys(bundle).filter(k => !shown.has(k)),
      [],
    );
  });
});

suite('l10n: the lint rule refuses text shown without l10n.t', () => {
  const eslint = new ESLint({ cwd: REPO_ROOT });
  const probe = path.join(REPO_ROOT, 'src', 'commands', 'l10nProbe.ts');
  const refusals = async (code: string): Promise<number> => {
    const [result] = await eslint.lintText(`import * as vscode from 'vscode';\n${code}\n`, { filePath: probe });
    return result.messages.filter(m => m.ruleId === 'no-restricted-syntax').length;
  };

  test('a literal or a template in a message, a status bar message, a pick, a UserError is an error', async () => {
    assert.strictEqual(await refusals(`void vscode.window.showInformationMessage('Nothing was changed.');`), 1);
    assert.strictEqual(await refusals('vscode.window.setStatusBarMessage(`Accepted ${name}.`, 4000);'), 1);
    assert.strictEqual(await refusals(`void vscode.window.showQuickPick([], { placeHolder: 'Which contact?' });`), 1);
    assert.strictEqual(await refusals('throw new UserError(`${name} is not in network.yaml.`);'), 1);
    assert.strictEqual(await refusals(`item.tooltip = ok ? vscode.l10n.t('Fine') : 'not drafted yet';`), 1);
  });

  test('the same through vscode.l10n.t passes, and so do codicons and ids', async () => {
    assert.strictEqual(
      await refusals(`void vscode.window.showInformationMessage(vscode.l10n.t('Nothing was changed.'));`),
      0,
    );
    assert.strictEqual(await refusals(`vscode.window.setStatusBarMessage(vscode.l10n.t('Accepted {0}.', name));`), 0);
    assert.strictEqual(await refusals('item.description = `$(check) ${n}`;'), 0);
    assert.strictEqual(await refusals(`throw new UserError(message, 'info');`), 0);
  });
});

suite("l10n: the lint rule refuses the model's words shown without t", () => {
  const eslint = new ESLint({ cwd: REPO_ROOT });
  const probe = path.join(REPO_ROOT, 'src', 'model', 'validation', 'l10nProbe.ts');
  const refusals = async (code: string): Promise<number> => {
    const [result] = await eslint.lintText(`import * as l10n from '@vscode/l10n';\n${code}\n`, { filePath: probe });
    return result.messages.filter(m => m.ruleId === 'no-restricted-syntax').length;
  };

  test("a problem's message, a quick fix's title, a card's label, a refusal, an action's error", async () => {
    assert.strictEqual(await refusals('export const p = { message: `Unknown stage "${v}".` };'), 1);
    assert.strictEqual(
      await refusals("export const p = { fix: v ? { title: 'Change to ' + v, text: v } : undefined };"),
      1,
    );
    assert.strictEqual(await refusals("export const p = { related: { message: 'first used here' } };"), 1);
    assert.strictEqual(await refusals("line('Headline', p.headline);"), 1);
    assert.strictEqual(await refusals("export const r = { refused: ok ? 'the profile is empty' : l10n.t('x') };"), 1);
    assert.strictEqual(await refusals("throw new ListEditError('the list is written in flow style');"), 1);
    assert.strictEqual(await refusals("required(step, 'a tag is needed');"), 1);
  });

  test("the same through t passes, and so do YAML written to the file and t's own { message, comment }", async () => {
    assert.strictEqual(await refusals('export const p = { message: l10n.t(\'Unknown stage "{0}".\', v) };'), 0);
    assert.strictEqual(
      await refusals("export const p = { fix: { title: l10n.t('Add id: {0}', id), text: `id: ${id}` } };"),
      0,
    );
    assert.strictEqual(await refusals("export const m = l10n.t({ message: 'May', comment: ['a short month'] });"), 0);
    assert.strictEqual(
      await refusals("export const e = { code: 'yaml-syntax', severity: 'error', list: 'contacts' };"),
      0,
    );
  });
});
