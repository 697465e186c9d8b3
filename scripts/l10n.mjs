// Writes l10n/bundle.l10n.json (`npm run l10n`): every string of src passed to vscode.l10n.t or,
// in src/model, to @vscode/l10n's t, as @vscode/l10n-dev finds them, then the model's table words
// (src/model/l10n/staticTexts.ts). test/unit/l10nBundle.test.ts fails when the file is not what
// this writes. Translations go beside it as bundle.l10n.<locale>.json.
import { getL10nJson } from '@vscode/l10n-dev';
import * as esbuild from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import { join } from 'node:path';

/** The .ts files under src, in a stable order. */
export function sourceFiles(dir = 'src') {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap(d =>
      d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
    );
}

/** The model's table words, from its source (bundled on the fly: no build needed). */
async function staticTexts() {
  const out = await esbuild.build({
    entryPoints: ['src/model/l10n/staticTexts.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    // its browser build: the same t, without the Node build's fs
    alias: { '@vscode/l10n': './node_modules/@vscode/l10n/dist/browser.js' },
    logLevel: 'warning',
  });
  const code = out.outputFiles[0].text;
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return mod.staticTexts();
}

export async function makeBundle() {
  const files = sourceFiles().map(f => ({ extension: '.ts', contents: readFileSync(f, 'utf8') }));
  const bundle = await getL10nJson(files);
  for (const text of await staticTexts()) {
    bundle[text] ??= text;
  }
  return bundle;
}

const bundle = await makeBundle();
mkdirSync('l10n', { recursive: true });
writeFileSync(join('l10n', 'bundle.l10n.json'), JSON.stringify(bundle, null, 2) + '\n');
console.log(`l10n/bundle.l10n.json: ${Object.keys(bundle).length} strings`);
