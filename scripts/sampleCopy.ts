// npm start's sample network: a scratch copy of examples/ with its dates moved so that the
// sample's "today" (2026-11-26, the day the in-host tests fix) lands on the real today: the due
// follow-ups, the waiting invitations and the snoozes look as they were written.
//   node sampleCopy.js <examples folder> <copy>      (scripts/start.sh bundles it with esbuild)
// Every YYYY-MM-DD in network.yaml and in the front matter of posts/*.md moves by the same
// number of days, and so does the date a draft's file name starts with; every other byte stays.

import * as fs from 'fs';
import * as path from 'path';

export const SAMPLE_TODAY = '2026-11-26';

const DAY_MS = 86_400_000;
// a date on its own: not the tail of a longer number or date, not followed by more digits
const DATE = /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?!\d)/g;

/** Milliseconds of a valid calendar day at UTC midnight, or undefined (2026-02-30 is not a day). */
function dayMs(y: number, m: number, d: number): number | undefined {
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d ? ms : undefined;
}

function format(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`, both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  const [a, b] = [from, to].map(s => {
    const [y, m, d] = s.split('-').map(Number);
    const ms = dayMs(y, m, d);
    if (ms === undefined) {
      throw new Error(`not a day: ${s}`);
    }
    return ms;
  });
  return Math.round((b - a) / DAY_MS);
}

/** The local day, YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Every valid YYYY-MM-DD in `text` moved by `days`; everything else as it was. */
export function shiftDates(text: string, days: number): string {
  return text.replace(DATE, (whole, y: string, m: string, d: string) => {
    const ms = dayMs(Number(y), Number(m), Number(d));
    return ms === undefined ? whole : format(ms + days * DAY_MS);
  });
}

/** The dates of a markdown file's front matter (the block between its first two `---` lines) moved. */
export function shiftFrontMatter(text: string, days: number): string {
  const m = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n)(---(?:\r?\n|$))/.exec(text);
  if (!m) {
    return text;
  }
  return m[1] + shiftDates(m[2], days) + m[3] + text.slice(m[0].length);
}

/**
 * Copies the sample folder `from` to `to` (replacing it), with the dates of network.yaml and of
 * the drafts in posts/ moved so that SAMPLE_TODAY becomes `today`. Returns the days moved.
 */
export function copySample(from: string, to: string, today: string = localToday()): number {
  const days = daysBetween(SAMPLE_TODAY, today);
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true });
  // latin1 maps each byte to one character and back: the bytes that are not dates stay exactly
  const rewrite = (file: string, shift: (text: string) => string): void =>
    fs.writeFileSync(file, Buffer.from(shift(fs.readFileSync(file).toString('latin1')), 'latin1'));
  const network = path.join(to, 'network.yaml');
  if (fs.existsSync(network)) {
    rewrite(network, t => shiftDates(t, days));
  }
  const posts = path.join(to, 'posts');
  for (const name of fs.existsSync(posts) ? fs.readdirSync(posts) : []) {
    if (!name.endsWith('.md')) {
      continue;
    }
    rewrite(path.join(posts, name), t => shiftFrontMatter(t, days));
    const renamed = shiftDates(name.slice(0, 10), days) + name.slice(10);
    if (renamed !== name) {
      fs.renameSync(path.join(posts, name), path.join(posts, renamed));
    }
  }
  return days;
}

if (require.main === module) {
  const [from, to] = process.argv.slice(2);
  if (!from || !to) {
    console.error('usage: node sampleCopy.js <examples folder> <copy>');
    process.exit(2);
  }
  const days = copySample(path.resolve(from), path.resolve(to));
  console.log(`sample copied to ${to}, dates moved by ${days} days (${SAMPLE_TODAY} is today)`);
}
