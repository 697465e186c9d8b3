import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { readLinkedInExport } from '../../../src/model/linkedin/linkedinExport';
import { planImport } from '../../../src/model/linkedin/importMerge';
import type { NetworkModel } from '../../../src/model/network/network';
import { NetworkParser } from '../../../src/model/network/networkParser';
import { personOf } from '../../../src/model/people/person';
import { applyEdits } from '../../../src/model/yaml/textEdits';
import { EXPORT_DIR, exportFiles, utcDay } from '../../support/linkedinExportFixtures';
import { network, renderNetwork } from '../../support/networkArbitrary';
import { runs } from '../../support/runs';

const parse = (text: string): NetworkModel => new NetworkParser().parse(text);

suite('LinkedIn export: merging into network.yaml', () => {
  const base = fs.readFileSync(path.join(EXPORT_DIR, 'base-network.yaml'), 'utf8');

  test('adds, updates, keeps what the user wrote, notes job changes (golden file)', () => {
    const exp = readLinkedInExport(exportFiles('basic'), utcDay);
    const r = planImport(parse(base), exp, '2026-11-26');
    assert.ok(r.ok, r.ok ? '' : r.message);
    assert.deepStrictEqual(r.counts, { added: 3, updated: 3, unchanged: 1, invitations: 2, todosDone: 0 });
    assert.deepStrictEqual(r.jobChanges, [
      'Tobias Ferreira: was Head of Platform at Nordwerk GmbH, now CTO at Nordwerk GmbH',
    ]);
    const out = applyEdits(base, r.edits);
    assert.strictEqual(out, fs.readFileSync(path.join(EXPORT_DIR, 'expected-after-basic.yaml'), 'utf8'));
    const tobias = personOf(parse(out).contacts[0]);
    assert.strictEqual(tobias.category, 'client');
    assert.deepStrictEqual(tobias.tags, ['kafka']);
    assert.strictEqual(tobias.following, false);
    assert.ok(out.includes('  - name: Tobias Ferreira          # my best client'));
    assert.ok(
      !parse(out).contacts.some(e => personOf(e).name === 'Paul Ortega'),
      'a removed contact is not brought back',
    );
  });

  test('importing the same export twice changes nothing the second time, byte for byte', () => {
    const exp = readLinkedInExport(exportFiles('basic'), utcDay);
    const once = applyEdits(base, (planImport(parse(base), exp, '2026-11-26') as unknown as { edits: [] }).edits);
    const again = planImport(parse(once), exp, '2026-12-30');
    assert.ok(again.ok);
    assert.deepStrictEqual(again.edits, []);
    assert.deepStrictEqual(again.counts, { added: 0, updated: 0, unchanged: 7, invitations: 0, todosDone: 0 });
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
        const model = parse(text);
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
        const m1 = parse(once);
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
