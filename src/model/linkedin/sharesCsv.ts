// Shares.csv of LinkedIn's export (Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility):
// what you posted, when, and its link. The import matches each share to the draft it was copied
// from (by the text Copy for LinkedIn gives, whitespace and line endings normalised) and marks
// that draft published (contract §2, import).

import * as l10n from '@vscode/l10n';
import { parse } from 'csv-parse/sync';
import { isRealDay } from '../calendar/dates';
import { toLinkedIn } from '../posts/linkedinText';
import { parseFrontMatter, setFrontMatterFields } from '../posts/frontMatter';
import type { TextEdit } from '../yaml/textEdits';

export const SHARES_FILE = 'Shares.csv';
const LINKEDIN = 'https://www.linkedin.com/';

export interface Share {
  /** The share's day, `YYYY-MM-DD`. */
  readonly day: string;
  /** Its ShareLink: always a `https://www.linkedin.com/` URL. */
  readonly url: string;
  /** The commentary, normalised (see normaliseShareText). */
  readonly text: string;
  /** 1-based line in Shares.csv where the row starts. */
  readonly line: number;
}

export interface SharesRead {
  readonly shares: readonly Share[];
  /** Rows that could not be used, as `Shares.csv, line 7: …`. */
  readonly skipped: readonly string[];
}

/** Text as compared: line endings and every run of whitespace made one space, trimmed. */
export function normaliseShareText(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/** Reads Shares.csv; a row that does not read, or has no day, link or text, is skipped and named. */
export function readShares(csv: string): SharesRead {
  const skipped: string[] = [];
  const skip = (line: number | undefined, why: string): void => {
    skipped.push(
      line
        ? l10n.t('{0}, line {1}: {2}', SHARES_FILE, line, why)
        : l10n.t({ message: '{0}: {1}', args: [SHARES_FILE, why], comment: ['a file and what is wrong with it'] }),
    );
  };
  let records: { record: string[]; info: { bytes: number } }[];
  try {
    records = parse(csv, {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      info: true,
      on_skip: (err: { lines?: number; message?: string } | undefined) => {
        skip(err?.lines, l10n.t('the row does not read ({0}), skipped.', err?.message ?? l10n.t('broken CSV')));
        return undefined;
      },
    }) as unknown as { record: string[]; info: { bytes: number } }[];
  } catch (e) {
    skip((e as { lines?: number }).lines, l10n.t('the file does not read from here on ({0}).', (e as Error).message));
    return { shares: [], skipped };
  }
  const headerAt = records.findIndex(r =>
    ['date', 'sharelink', 'sharecommentary'].every(h => columnOf(r.record, h) >= 0),
  );
  if (headerAt < 0) {
    skip(undefined, l10n.t('no header row with Date, ShareLink and ShareCommentary; nothing read.'));
    return { shares: [], skipped };
  }
  const header = records[headerAt].record;
  const [date, link, commentary] = ['date', 'sharelink', 'sharecommentary'].map(h => columnOf(header, h));
  const shares: Share[] = [];
  const lineAt = lineCounter(csv);
  let from = records[headerAt].info.bytes;
  for (const { record, info } of records.slice(headerAt + 1)) {
    const at = lineAt(from);
    from = info.bytes;
    const day = (record[date] ?? '').trim().slice(0, 10);
    const url = (record[link] ?? '').trim();
    const text = normaliseShareText(record[commentary] ?? '');
    if (!isRealDay(day)) {
      skip(at, l10n.t('"{0}" is not a date, skipped.', (record[date] ?? '').slice(0, 30)));
    } else if (!url.startsWith(LINKEDIN)) {
      skip(at, l10n.t('the link "{0}" is not on {1}, skipped.', url.slice(0, 60), LINKEDIN));
    } else if (text) {
      shares.push({ day, url, text, line: at });
    }
  }
  return { shares, skipped };
}

/**
 * The 1-based line of the first non-blank character at or after a UTF-8 byte offset (csv-parse
 * tells where a record ends in bytes; its own line count counts a quoted CR LF twice).
 */
function lineCounter(csv: string): (byte: number) => number {
  const bytes = new TextEncoder().encode(csv);
  let counted = 0;
  let line = 1;
  return byte => {
    let at = byte;
    while (at < bytes.length && (bytes[at] === 0x0a || bytes[at] === 0x0d)) {
      at++;
    }
    if (at < counted) {
      counted = 0; // asked for an earlier place: count again from the start
      line = 1;
    }
    for (; counted < at && counted < bytes.length; counted++) {
      if (bytes[counted] === 0x0a || (bytes[counted] === 0x0d && bytes[counted + 1] !== 0x0a)) {
        line++;
      }
    }
    return line;
  };
}

function columnOf(row: readonly string[], name: string): number {
  return row.findIndex(c => c.trim().toLowerCase() === name);
}

/** The forms of a draft's text a share may hold: as Copy for LinkedIn gives it, plain or with Unicode styling. */
export function draftShareTexts(markdown: string): string[] {
  const plain = normaliseShareText(toLinkedIn(markdown));
  const styled = normaliseShareText(toLinkedIn(markdown, { unicodeStyling: true }));
  return plain === styled ? [plain] : [plain, styled];
}

/** The share a draft was copied into, if any (the latest one when it was posted twice). */
export function shareOfDraft(markdown: string, shares: readonly Share[]): Share | undefined {
  const texts = draftShareTexts(markdown);
  if (!texts[0]) {
    return undefined;
  }
  const found = shares.filter(s => texts.includes(s.text));
  return found.sort((a, b) => a.day.localeCompare(b.day)).pop();
}

/**
 * The edits that mark a draft published by a share: `status: published`, `published` (the share's
 * day) and `url`; none when it already says so, or when its front matter does not read.
 */
export function publishedEdits(markdown: string, share: Share): TextEdit[] {
  const fm = parseFrontMatter(markdown);
  if (fm.error) {
    return [];
  }
  const d = fm.data;
  const published = d.published instanceof Date ? d.published.toISOString().slice(0, 10) : String(d.published ?? '');
  if (d.status === 'published' && published === share.day && d.url === share.url) {
    return [];
  }
  return setFrontMatterFields(markdown, [
    ['status', 'published'],
    ['published', share.day],
    ['url', share.url],
  ]);
}
