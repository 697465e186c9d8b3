import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { planImport } from '../../../src/model/linkedin/importMerge';
import { settledTodos } from '../../../src/model/linkedin/importSettle';
import { readLinkedInExport } from '../../../src/model/linkedin/linkedinExport';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { personOf } from '../../../src/model/people/person';
import { applyEdits } from '../../../src/model/yaml/textEdits';
import { assertGolden } from '../../support/golden';
import { EXPORT_DIR, exportFiles, utcDay } from '../../support/linkedinExportFixtures';

const base = (): string => fs.readFileSync(path.join(EXPORT_DIR, 'todos-network.yaml'), 'utf8');
const names = (entries: readonly { parsed: unknown }[]): string[] =>
  entries.map(e => personOf(e as Parameters<typeof personOf>[0]).name);

suite('the import settles the LinkedIn to-dos the export shows as done', () => {
  test('accept: in Connections.csv; ignore / not-known: gone from Invitations.csv; remove: gone from Connections.csv', () => {
    const exp = readLinkedInExport(exportFiles('todos'), utcDay);
    assert.deepStrictEqual(names(settledTodos(parseNetwork(base()), exp)), [
      'Priya Anand',
      'Max Hollis',
      'Paul Ortega',
    ]);
  });

  test('the whole import: three to-dos done, the job change marked moved (golden file); a second import changes nothing', () => {
    const exp = readLinkedInExport(exportFiles('todos'), utcDay);
    const r = planImport(parseNetwork(base()), exp, '2026-11-26');
    assert.ok(r.ok, r.ok ? '' : r.message);
    assert.deepStrictEqual(r.counts, { added: 0, updated: 2, unchanged: 2, invitations: 0, todosDone: 3 });
    assert.match(r.message, /; 1 job change; 3 LinkedIn to-dos done there\.$/);
    const out = applyEdits(base(), r.edits);
    assertGolden(EXPORT_DIR, 'todos-network--after-todos.yaml', out);
    const after = parseNetwork(out);
    const todo = (name: string): string | undefined =>
      [...after.contacts, ...after.archive].map(personOf).find(p => p.name === name)?.todoOnLinkedIn;
    assert.deepStrictEqual(
      ['Priya Anand', 'Lena Vogt', 'Mia Rossi', 'Max Hollis', 'Gary Blunt', 'Paul Ortega', 'Omar Haddad'].map(todo),
      [undefined, 'accept', 'unfollow', undefined, 'not-known', undefined, 'remove'],
    );
    const tobias = personOf(after.contacts[0]);
    assert.deepStrictEqual(
      [tobias.moved, tobias.previousPosition, tobias.previousCompany],
      ['2026-11-26', 'Head of Platform', 'Nordwerk GmbH'],
    );
    const again = planImport(after, exp, '2026-11-27');
    assert.ok(again.ok);
    assert.deepStrictEqual(again.edits, []);
    assert.strictEqual(again.counts.todosDone, 0);
  });

  test('a file the export lacks settles nothing of its kind', () => {
    const { connections, invitations } = exportFiles('todos');
    const model = parseNetwork(base());
    const onlyInvitations = readLinkedInExport({ invitations }, utcDay);
    assert.deepStrictEqual(names(settledTodos(model, onlyInvitations)), ['Max Hollis']);
    const onlyConnections = readLinkedInExport({ connections }, utcDay);
    assert.deepStrictEqual(names(settledTodos(model, onlyConnections)), ['Priya Anand', 'Paul Ortega']);
  });

  test('people without a profile are matched by name, as the import matches them', () => {
    const text = `contacts:
  - {name: Priya Anand, todoOnLinkedIn: accept}
archive:
  - {name: Omar Haddad, outcome: removed, todoOnLinkedIn: remove}
`;
    const exp = readLinkedInExport(exportFiles('todos'), utcDay);
    assert.deepStrictEqual(names(settledTodos(parseNetwork(text), exp)), ['Priya Anand']);
  });
});
