import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from '../support/repoRoot';

// What the Marketplace shows before anyone installs: the icon, the banner, the categories and
// the search keywords. (test/e2e/package.test.ts checks what the .vsix holds.)

interface Manifest {
  icon?: string;
  galleryBanner?: { color?: string; theme?: string };
  categories?: string[];
  keywords?: string[];
  main?: string;
  browser?: string;
}

// the Marketplace's categories, as `vsce` and the Marketplace accept them
const MARKETPLACE_CATEGORIES = [
  'AI',
  'Azure',
  'Chat',
  'Data Science',
  'Debuggers',
  'Education',
  'Extension Packs',
  'Formatters',
  'Keymaps',
  'Language Packs',
  'Linters',
  'Machine Learning',
  'Notebooks',
  'Other',
  'Programming Languages',
  'SCM Providers',
  'Snippets',
  'Testing',
  'Themes',
  'Visualization',
];

function manifest(): Manifest {
  return JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Manifest;
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    return undefined;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

suite('publishing: what the Marketplace shows', () => {
  test('the icon is a 128 x 128 PNG (the Marketplace takes no SVG icon), made from media/icon.svg', () => {
    const icon = manifest().icon;
    assert.strictEqual(icon, 'media/icon.png');
    assert.deepStrictEqual(pngSize(fs.readFileSync(path.join(REPO_ROOT, icon))), { width: 128, height: 128 });
    assert.ok(fs.existsSync(path.join(REPO_ROOT, 'media', 'icon.svg')), 'its source, for `npm run icon`');
  });

  test('the icon is a palette PNG, as `npm run icon` makes it, not the 8.5 KB RGBA screenshot', () => {
    const bytes = fs.readFileSync(path.join(REPO_ROOT, manifest().icon ?? ''));
    assert.strictEqual(bytes[25], 3, 'IHDR colour type 3: indexed colour');
    assert.ok(bytes.length < 4000, `${bytes.length} bytes`);
  });

  test('a gallery banner with a colour and a theme that suits the icon', () => {
    const banner = manifest().galleryBanner;
    assert.match(banner?.color ?? '', /^#[0-9a-f]{6}$/i);
    assert.ok(banner?.theme === 'dark' || banner?.theme === 'light');
  });

  test("categories from the Marketplace's list, and a few keywords to be found by", () => {
    const { categories = [], keywords = [] } = manifest();
    assert.ok(categories.length > 0);
    assert.deepStrictEqual(
      categories.filter(c => !MARKETPLACE_CATEGORIES.includes(c)),
      [],
    );
    assert.ok(keywords.length >= 5 && keywords.length <= 30, `${keywords.length} keywords (the Marketplace takes 30)`);
    assert.strictEqual(new Set(keywords).size, keywords.length, 'no keyword twice');
  });

  test('both builds are named: main for the Node host, browser for the web worker', () => {
    assert.strictEqual(manifest().main, './dist/extension.js');
    assert.strictEqual(manifest().browser, './dist/web/extension.js');
  });
});
