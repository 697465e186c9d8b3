// LinkedIn's own data export ("Get a copy of your data"): Connections.csv, Invitations.csv and
// messages.csv, read by column name (columns come and go between exports), with the header row
// found by its content (Connections.csv starts with a "Notes:" preamble).

import * as l10n from '@vscode/l10n';
import { parse } from 'csv-parse/sync';
import { isRealDay } from '../calendar/dates';
import { EXPORT_FILES } from './exportFiles';
import { exportedLinkedInUrl } from './linkedinUrl';

export interface ExportConnection {
  readonly name: string;
  readonly profile?: string;
  readonly email?: string;
  readonly company?: string;
  readonly position?: string;
  readonly connected?: string;
  /** 1-based line in Connections.csv, for messages. */
  readonly line: number;
}

export interface ExportInvitation {
  readonly name: string;
  readonly profile?: string;
  readonly message?: string;
  readonly received?: string;
  readonly line: number;
}

export interface ExportMessage {
  readonly from?: string;
  readonly fromProfile?: string;
  readonly to: readonly string[];
  readonly toProfiles: readonly string[];
  /** The local day the message was sent. */
  readonly day: string;
}

export interface LinkedInExport {
  readonly connections: readonly ExportConnection[];
  readonly invitations: readonly ExportInvitation[];
  readonly messages: readonly ExportMessage[];
  /** Which files were found. */
  readonly files: readonly string[];
  /** What was read but not written, as `Connections.csv, line 7: …` (a profile that is not LinkedIn's). */
  readonly skipped?: readonly string[];
}

/** A problem with the export, naming the file and, when known, the line. */
export class ExportError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    detail: string,
  ) {
    super(
      line
        ? l10n.t('{0}, line {1}: {2}', file, line, detail)
        : l10n.t({ message: '{0}: {1}', args: [file, detail], comment: ['a file and what is wrong with it'] }),
    );
    this.name = 'ExportError';
  }
}

type Row = string[];

interface Table {
  readonly header: Map<string, number>;
  readonly rows: { row: Row; line: number }[];
}

/** Parses a CSV and finds its header: the first row holding all of `required` (case-insensitive). */
function readTable(file: string, text: string, required: readonly string[]): Table {
  let records: { record: Row; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      trim: false,
    }) as unknown as { record: Row; info: { lines: number } }[];
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    const why = (e as Error).message.replace(/^Invalid .*?: /, '');
    throw new ExportError(file, line, l10n.t('the CSV does not read ({0}).', why));
  }
  const want = required.map(r => r.toLowerCase());
  const headerAt = records.findIndex(r => want.every(w => r.record.some(c => c.trim().toLowerCase() === w)));
  if (headerAt < 0) {
    throw new ExportError(
      file,
      undefined,
      l10n.t(
        "no header row with the columns {0} was found. Is this LinkedIn's {1}?",
        required.map(r => `"${r}"`).join(', '),
        file,
      ),
    );
  }
  const header = new Map<string, number>();
  records[headerAt].record.forEach((c, i) => {
    const k = c.trim().toLowerCase();
    if (!header.has(k)) {
      header.set(k, i);
    }
  });
  const rows = records.slice(headerAt + 1).map(r => ({ row: r.record, line: r.info.lines }));
  for (const { row, line } of rows) {
    if (row.length > header.size + 2) {
      throw new ExportError(
        file,
        line,
        l10n.t(
          'this row has {0} fields where the header has {1}: a quote is probably missing.',
          row.length,
          header.size,
        ),
      );
    }
  }
  return { header, rows };
}

function cell(t: Table, row: Row, column: string): string | undefined {
  const i = t.header.get(column.toLowerCase());
  const v = i === undefined ? undefined : row[i];
  const s = v?.trim();
  return s ? s : undefined;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function day(y: number, m: number, d: number): string | undefined {
  const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isRealDay(s) ? s : undefined;
}

/** "14 Mar 2025" (Connections), "2025-03-14", "03/14/2025". */
export function parseConnectedOn(s: string): string | undefined {
  const t = s.trim();
  let m = /^(\d{1,2})[ -]([A-Za-z]{3,9})[ -](\d{4})$/.exec(t);
  if (m) {
    const mon =
      MONTHS[m[2].toLowerCase().slice(0, m[2].length === 4 ? 4 : 3)] ?? MONTHS[m[2].toLowerCase().slice(0, 3)];
    return mon ? day(+m[3], mon, +m[1]) : undefined;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})/.exec(t);
  if (m) {
    return day(+m[1], +m[2], +m[3]);
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})/.exec(t);
  if (m) {
    return day(m[3].length === 2 ? 2000 + +m[3] : +m[3], +m[1], +m[2]);
  }
  return undefined;
}

/** "9/3/25, 8:14 AM" (Invitations: month/day/year, no time zone: the day is taken as written). */
export function parseSentAt(s: string): string | undefined {
  return parseConnectedOn(s.split(',')[0]);
}

/** "2025-09-04 09:12:44 UTC" (messages): the day in the user's time zone. */
export function parseMessageDate(s: string, toLocalDay: (d: Date) => string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?\s*(UTC|Z|[+-]\d{2}:?\d{2})?$/i.exec(s.trim());
  if (!m) {
    return parseConnectedOn(s);
  }
  const zone = !m[7] || /^(UTC|Z)$/i.test(m[7]) ? 'Z' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const date = new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`);
  return Number.isNaN(date.getTime()) ? undefined : toLocalDay(date);
}

export interface ExportFiles {
  readonly connections?: string;
  readonly invitations?: string;
  readonly messages?: string;
}

/** Reads the three CSVs (any may be missing, but not all). */
export function readLinkedInExport(files: ExportFiles, toLocalDay: (d: Date) => string): LinkedInExport {
  if (files.connections === undefined && files.invitations === undefined && files.messages === undefined) {
    throw new ExportError(
      l10n.t('the export'),
      undefined,
      l10n.t(
        'none of {0} is in it. Use the zip LinkedIn sends ("Get a copy of your data") or its unzipped folder.',
        Object.values(EXPORT_FILES).join(', '),
      ),
    );
  }
  const skipped: string[] = [];
  return {
    connections: files.connections === undefined ? [] : readConnections(files.connections, skipped),
    invitations: files.invitations === undefined ? [] : readInvitations(files.invitations, skipped),
    messages: files.messages === undefined ? [] : readMessages(files.messages, toLocalDay),
    files: [
      files.connections !== undefined && EXPORT_FILES.connections,
      files.invitations !== undefined && EXPORT_FILES.invitations,
      files.messages !== undefined && EXPORT_FILES.messages,
    ].filter((x): x is 'Connections.csv' | 'Invitations.csv' | 'messages.csv' => !!x),
    skipped,
  };
}

/**
 * A profile URL of the export, when it is exactly a `https://www.linkedin.com/` page; any other
 * one is not written (the person is, without it) and is named in `skipped` with its file and line.
 */
function profileOf(
  raw: string | undefined,
  at: { file: string; line: number; name: string },
  skipped: string[],
): string | undefined {
  const url = exportedLinkedInUrl(raw);
  if (raw && !url) {
    skipped.push(
      l10n.t(
        '{0}, line {1}: the profile "{2}" of {3} is not on https://www.linkedin.com/, not written.',
        at.file,
        at.line,
        JSON.stringify(raw.slice(0, 60)).slice(1, -1),
        at.name,
      ),
    );
  }
  return url;
}

/** The summary's line of what was skipped: how many, and the first five by file and line. */
export function skippedSummary(skipped: readonly string[]): string {
  if (skipped.length === 0) {
    return '';
  }
  const list =
    skipped.length > 5
      ? l10n.t('{0} and {1} more', skipped.slice(0, 5).join('; '), skipped.length - 5)
      : skipped.join('; ');
  return l10n.t('Skipped ({0}): {1}', skipped.length, list);
}

/** Connections.csv: one row per connection; rows without a name (deleted accounts) are skipped. */
function readConnections(csv: string, skipped: string[]): ExportConnection[] {
  const file = EXPORT_FILES.connections;
  const connections: ExportConnection[] = [];
  const t = readTable(file, csv, ['First Name', 'Last Name']);
  for (const { row, line } of t.rows) {
    const name = [cell(t, row, 'First Name'), cell(t, row, 'Last Name')].filter(Boolean).join(' ').trim();
    if (!name) {
      continue; // LinkedIn leaves rows of deleted accounts empty
    }
    const on = cell(t, row, 'Connected On');
    connections.push({
      name,
      line,
      profile: profileOf(cell(t, row, 'URL') ?? cell(t, row, 'Profile URL'), { file, line, name }, skipped),
      email: cell(t, row, 'Email Address'),
      company: cell(t, row, 'Company'),
      position: cell(t, row, 'Position'),
      connected: on ? parseConnectedOn(on) : undefined,
    });
  }
  return connections;
}

/** Invitations.csv: the incoming ones only (the file lists those sent too). */
function readInvitations(csv: string, skipped: string[]): ExportInvitation[] {
  const f = EXPORT_FILES.invitations;
  const invitations: ExportInvitation[] = [];
  const t = readTable(f, csv, ['From', 'Direction']);
  for (const { row, line } of t.rows) {
    if ((cell(t, row, 'Direction') ?? '').toUpperCase() !== 'INCOMING') {
      continue;
    }
    const name = cell(t, row, 'From');
    if (!name) {
      throw new ExportError(f, line, l10n.t('an incoming invitation without a "From".'));
    }
    const sent = cell(t, row, 'Sent At');
    invitations.push({
      name,
      line,
      profile: profileOf(cell(t, row, 'inviterProfileUrl'), { file: f, line, name }, skipped),
      message: cell(t, row, 'Message'),
      received: sent ? parseSentAt(sent) : undefined,
    });
  }
  return invitations;
}

/** messages.csv: who wrote to whom and on which local day; rows without a readable date are skipped. */
function readMessages(csv: string, toLocalDay: (d: Date) => string): ExportMessage[] {
  const messages: ExportMessage[] = [];
  const t = readTable(EXPORT_FILES.messages, csv, ['FROM', 'DATE']);
  for (const { row } of t.rows) {
    const d = cell(t, row, 'DATE');
    const dayOf = d ? parseMessageDate(d, toLocalDay) : undefined;
    if (!dayOf) {
      continue;
    }
    messages.push({
      from: cell(t, row, 'FROM'),
      fromProfile: cell(t, row, 'SENDER PROFILE URL'),
      to: splitPeople(cell(t, row, 'TO')),
      toProfiles: splitPeople(cell(t, row, 'RECIPIENT PROFILE URLS')),
      day: dayOf,
    });
  }
  return messages;
}

/** A cell listing several recipients, separated by commas or semicolons. */
function splitPeople(v: string | undefined): string[] {
  return v
    ? v
        .split(/[,;]/)
        .map(x => x.trim())
        .filter(Boolean)
    : [];
}
