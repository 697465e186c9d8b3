import * as fs from 'fs';
import * as path from 'path';
import type { ExportFiles } from '../../src/model/linkedin/linkedinExport';
import { REPO_ROOT } from './repoRoot';

/** test/fixtures/linkedin-export: sample exports (one folder each) and the network they merge into. */
export const EXPORT_DIR = path.join(REPO_ROOT, 'test/fixtures/linkedin-export');

/** The day of a moment in UTC: a time zone that makes the tests the same everywhere. */
export const utcDay = (d: Date): string => d.toISOString().slice(0, 10);

/** The CSVs of the sample export `name` (a missing file is undefined, as in a real export). */
export function exportFiles(name: string): ExportFiles {
  const read = (f: string): string | undefined =>
    fs.existsSync(path.join(EXPORT_DIR, name, f)) ? fs.readFileSync(path.join(EXPORT_DIR, name, f), 'utf8') : undefined;
  return { connections: read('Connections.csv'), invitations: read('Invitations.csv'), messages: read('messages.csv') };
}
