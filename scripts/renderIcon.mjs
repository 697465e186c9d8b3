// Renders the marketplace icon, media/icon.svg -> media/icon.png (128 x 128, transparent corners),
// with the Chromium the UI tests use (Debian's, or CHROMIUM=/path), then reduces it to a 200-colour
// palette PNG without dithering by pngquant (Debian's `pngquant` package): 3.3 KB where Chromium's RGBA
// screenshot is 8.5 KB, with no visible change, so the .vsix does not grow.   node scripts/renderIcon.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const media = join(import.meta.dirname, '..', 'media');
const icon = join(media, 'icon.png');

try {
  execFileSync('pngquant', ['--version'], { stdio: 'ignore' });
} catch {
  console.error('npm run icon needs pngquant (apt-get install pngquant); media/icon.png is unchanged.');
  process.exit(1);
}

const svg = readFileSync(join(media, 'icon.svg'), 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'cn-icon-'));
const rgba = join(scratch, 'icon-rgba.png');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<body style="margin:0;background:transparent">${svg}</body>`);
  await page.locator('svg').screenshot({ path: rgba, omitBackground: true });
  execFileSync('pngquant', ['200', '--speed', '1', '--nofs', '--strip', '--force', '--output', icon, rgba]);
  console.log(`media/icon.png rendered from media/icon.svg: a palette PNG of ${statSync(icon).size} bytes`);
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}
