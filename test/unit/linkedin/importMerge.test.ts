import { REPO_ROOT } from '../../support/repoRoot';
import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import type { ExportFiles } from '../../../src/model/linkedin/linkedinExport';
import {
  ExportError,
  parseConnectedOn,
  parseMessageDate,
  parseSentAt,
  readLinkedInExport,
} from '../../../src/model/linkedin/linkedinExport';
import { planImport } from '../../../src/model/linkedin/importMerge';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { personOf } from '../../../src/model/people/person';
import { applyEdits } from '../../../src/model/yaml/textEdits';
import { network, renderNetwork } from '../../support/networkArbitrary';
import { runs } from '../../support/runs';

const DIR = path.join(REPO_ROOT, 'test/fixtures/linkedin-export');
const utcDay = (d: Date): string => d.toISOString().slice(0, 10);

function files(name: string): ExportFiles {
  const read = (f: string): string | undefined =>
    fs.existsSync(path.join(DIR, name, f)) ? fs.readFileSync(path.join(DIR, name, f), 'utf8') : undefined;
  return { connections: read('Connections.csv'), invitations: read('Invitations.csv'), messages: read('messages.csv') };
}

suite('LinkedIn export: reading', () => {
  test('Connections.csv: the header is found after the preamble; quoted commas, quotes and unicode read right', () => {
    const exp = readLinkedInExport(files('basic'), utcDay);
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
    const exp = readLinkedInExport(files('old-format'), utcDay);
    assert.deepStrictEqual(
      exp.connections.map(c => [c.name, c.profile, c.company]),
      [
        ['Tobias Ferreira', undefined, 'Nordwerk GmbH'],
        ['Greta Olsen', undefined, 'Fjord, Data & Co'],
      ],
    );
  });

  test('only incoming invitations; messages either way', () => {
    const exp = readLinkedInExport(files('basic'), utcDay);
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
      () => readLinkedInExport(files('malformed'), utcDay),
      (e: Error) => e instanceof ExportError && /^Connections\.csv, line \d+: the CSV does not read/.test(e.message),
    );
    assert.throws(
      () => readLinkedInExport(files('no-csv'), utcDay),
      /Connections\.csv: no header row with the columns "First Name", "Last Name"/,
    );
    assert.throws(
      () => readLinkedInExport({}, utcDay),
      /none of Connections\.csv, Invitations\.csv, messages\.csv is in it/,
    );
  });
});

suite('LinkedIn export: merging into network.yaml', () => {
  const base = fs.readFileSync(path.join(DIR, 'base-network.yaml'), 'utf8');

  test('adds, updates, keeps what the user wrote, notes job changes (golden file)', () => {
    const exp = readLinkedInExport(files('basic'), utcDay);
    const r = planImport(parseNetwork(base), exp, '2026-11-26');
    assert.ok(r.ok, r.ok ? '' : r.message);
    assert.deepStrictEqual(r.counts, { added: 3, updated: 3, unchanged: 1, invitations: 2 });
    assert.deepStrictEqual(r.jobChanges, [
      'Tobias Ferreira: was Head of Platform at Nordwerk GmbH, now CTO at Nordwerk GmbH',
    ]);
    const out = applyEdits(base, r.edits);
    assert.strictEqual(out, fs.readFileSync(path.join(DIR, 'expected-after-basic.yaml'), 'utf8'));
    const tobias = personOf(parseNetwork(out).contacts[0]);
    assert.strictEqual(tobias.category, 'client');
    assert.deepStrictEqual(tobias.tags, ['kafka']);
    assert.strictEqual(tobias.following, false);
    assert.ok(out.includes('  - name: Tobias Ferreira          # my best client'));
    assert.ok(
      !parseNetwork(out).contacts.some(e => personOf(e).name === 'Paul Ortega'),
      'a removed contact is not brought back',
    );
  });

  test('importing the same export twice changes nothing the second time, byte for byte', () => {
    const exp = readLinkedInExport(files('basic'), utcDay);
    const once = applyEdits(
      base,
      (planImport(parseNetwork(base), exp, '2026-11-26') as unknown as { edits: [] }).edits,
    );
    const again = planImport(parseNetwork(once), exp, '2026-12-30');
    assert.ok(again.ok);
    assert.deepStrictEqual(again.edits, []);
    assert.deepStrictEqual(again.counts, { added: 0, updated: 0, unchanged: 7, invitations: 0 });
  });

  test('property: import is idempotent and never reduces people or notes', () => {
    const row = fc.record({
      first: fc.constantFrom('Ann', 'Ben', 'Zoë', 'José', 'Priya', '李'),
      last: fc.constantFrom('Kim', 'García, Jr.', "O'Neil", 'Łuk', 'Smith 1', 'Smith 2'),
      company: fc.constantFrom('Acme', 'Acme, Inc.', 'Nordwerk', '"Quoted" Co', ''),
      position: fc.constantFrom('CTO', 'Engineer', ''),
      withUrl: fc.boolean(),
    });
    fc.assert(
      fc.property(network, fc.array(row, { maxLength: 12 }), fc.boolean(), (n, rows, reuseNames) => {
        const text = renderNetwork(n);
        const model = parseNetwork(text);
        const existing = [...model.contacts, ...model.invitations].map(e => personOf(e).name);
        const csvRows = rows.map((r, i) => {
          const name =
            reuseNames && existing[i % Math.max(1, existing.length)]
              ? existing[i % existing.length]
              : `${r.first} ${r.last}`;
          const [first, ...rest] = name.split(' ');
          const q = (s: string): string => `"${s.replace(/"/g, '""')}"`;
          return [
            first,
            rest.join(' '),
            r.withUrl ? `https://www.linkedin.com/in/p${i}` : '',
            '',
            r.company,
            r.position,
            '14 Mar 2025',
          ]
            .map(q)
            .join(',');
        });
        const csv = [
          'Notes:',
          '"Some preamble, with a comma."',
          '',
          'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
          ...csvRows,
        ].join('\n');
        const exp = readLinkedInExport({ connections: csv }, utcDay);
        const first = planImport(model, exp, '2026-11-26');
        assert.ok(first.ok, first.ok ? '' : first.message);
        const once = applyEdits(text, first.edits);
        const m1 = parseNetwork(once);
        assert.deepStrictEqual(m1.syntaxErrors, [], once);
        const people = (m: typeof model): number => m.contacts.length + m.invitations.length + m.archive.length;
        const notes = (m: typeof model): number =>
          [...m.contacts, ...m.invitations, ...m.archive].reduce((k, e) => k + personOf(e).notes.length, 0);
        assert.ok(people(m1) >= people(model));
        assert.ok(notes(m1) >= notes(model));
        const second = planImport(m1, exp, '2026-11-27');
        assert.ok(second.ok);
        assert.deepStrictEqual(second.edits, [], `second import changed:\n${once}`);
      }),
      { numRuns: runs(300) },
    );
  });
});
