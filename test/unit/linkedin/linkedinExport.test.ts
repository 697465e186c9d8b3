import * as assert from 'assert';
import {
  ExportError,
  parseConnectedOn,
  parseMessageDate,
  parseSentAt,
  readLinkedInExport,
} from '../../../src/model/linkedin/linkedinExport';
import { exportFiles, utcDay } from '../../support/linkedinExportFixtures';

suite('LinkedIn export: reading', () => {
  test('Connections.csv: the header is found after the preamble; quoted commas, quotes and unicode read right', () => {
    const exp = readLinkedInExport(exportFiles('basic'), utcDay);
    assert.strictEqual(exp.connections.length, 7, 'the empty row of a deleted account is skipped');
    const jose = exp.connections.find(c => c.name === 'José García, Jr.')!;
    assert.deepStrictEqual(
      { ...jose, line: undefined },
      {
        name: 'José García, Jr.',
        profile: 'https://www.linkedin.com/in/jose-garcia-jr',
        email: 'jose@example.com',
        company: 'Acme, "The Cloud" Co',
        position: 'Platform Engineer',
        connected: '2026-01-05',
        line: undefined,
      },
    );
    assert.ok(exp.connections.some(c => c.name === '李 雷' && c.company === '深圳科技'));
  });

  test('an older export without the URL column still reads', () => {
    const exp = readLinkedInExport(exportFiles('old-format'), utcDay);
    assert.deepStrictEqual(
      exp.connections.map(c => [c.name, c.profile, c.company]),
      [
        ['Tobias Ferreira', undefined, 'Nordwerk GmbH'],
        ['Greta Olsen', undefined, 'Fjord, Data & Co'],
      ],
    );
  });

  test('only incoming invitations; messages either way', () => {
    const exp = readLinkedInExport(exportFiles('basic'), utcDay);
    assert.deepStrictEqual(
      exp.invitations.map(i => [i.name, i.received]),
      [
        ['Max Hollis', '2025-09-03'],
        ['Nadia Rahman', '2026-11-20'],
        ['Priya Anand', '2026-11-20'],
      ],
    );
    assert.strictEqual(exp.messages.length, 3);
  });

  test('the date formats of each file', () => {
    assert.strictEqual(parseConnectedOn('14 Mar 2025'), '2025-03-14');
    assert.strictEqual(parseConnectedOn('02 Sept 2021'), '2021-09-02');
    assert.strictEqual(parseConnectedOn('31 Feb 2025'), undefined);
    assert.strictEqual(parseSentAt('9/3/25, 8:14 AM'), '2025-09-03');
    assert.strictEqual(parseMessageDate('2025-09-04 09:12:44 UTC', utcDay), '2025-09-04');
    // the local day: 23:30 UTC is already tomorrow in Berlin
    const berlin = (d: Date): string => new Date(d.getTime() + 60 * 60 * 1000).toISOString().slice(0, 10);
    assert.strictEqual(parseMessageDate('2025-09-04 23:30:00 UTC', berlin), '2025-09-05');
  });

  test('bad input names the file and the line; nothing is read', () => {
    assert.throws(
      () => readLinkedInExport(exportFiles('malformed'), utcDay),
      (e: Error) => e instanceof ExportError && /^Connections\.csv, line \d+: the CSV does not read/.test(e.message),
    );
    assert.throws(
      () => readLinkedInExport(exportFiles('no-csv'), utcDay),
      /Connections\.csv: no header row with the columns "First Name", "Last Name"/,
    );
    assert.throws(
      () => readLinkedInExport({}, utcDay),
      /none of Connections\.csv, Invitations\.csv, messages\.csv is in it/,
    );
  });
});
