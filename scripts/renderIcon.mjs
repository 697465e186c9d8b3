// Renders the marketplace icon, media/icon.svg -> media/icon.png (128 x 128, transparent corners),
// with the Chromium the UI tests use (Debian's, or CHROMIUM=/path).   node scripts/renderIcon.mjs
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const media = join(import.meta.dirname, '..', 'media');

const svg = readFileSync(join(media, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 128, height: 128 }, deviceScaleFactor: 1 });
  await page.setContent(`<body style="margin:0;background:transparent">${svg}</body>`);
  await page.locator('svg').screenshot({ path: join(media, 'icon.png'), omitBackground: true });
  console.log('media/icon.png rendered from media/icon.svg');
} finally {
  await browser.close();
}
