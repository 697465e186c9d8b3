import * as assert from 'assert';
import { planAction } from '../../../src/model/actions/networkEdits';
import { conflictProblems, scanConflicts } from '../../../src/model/merge/conflictMarkers';
import { planResolveConflict } from '../../../src/model/merge/resolveConflict';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { personOf } from '../../../src/model/people/person';
import { lineColumn } from '../../../src/model/yaml/lineIndex';
import { applyEdits } from '../../../src/model/yaml/textEdits';

const TODAY = '2026-11-27';

/** What `git merge` leaves when the laptop accepted Priya and noted Lena while the desktop ignored Max. */
const CONFLICTED = [
  '# my network',
  'version: 1',
  '',
  'invitations:',
  '  - name: Max Hollis',
  '    received: 2026-11-18',
  '<<<<<<< HEAD',
  '',
  'contacts:',
  '  - name: Lena Vogt         # recruiter',
  '    connected: 2026-10-01',
  '    notes:',
  '      - 2026-11-26: asked about Q1',
  '  - name: Priya Anand',
  '    connected: 2026-11-26',
  '=======',
  '  - name: Priya Anand',
  '    received: 2026-11-20',
  '',
  'contacts:',
  '  - name: Lena Vogt         # recruiter',
  '    connected: 2026-10-01',
  '    tags: [agency]',
  '>>>>>>> desktop',
  '',
  'archive: []',
  '',
].join('\n');

/** The file after Resolve conflict by person, which must succeed and read without errors. */
function resolvedFile(text: string): string {
  const r = planResolveConflict(text, TODAY);
  assert.ok(r.plan.ok, r.plan.ok ? '' : r.plan.message);
  const out = applyEdits(text, r.plan.edits);
  assert.deepStrictEqual(parseNetwork(out).syntaxErrors, [], out);
  return out;
}

suite('merge conflicts in network.yaml', () => {
  test('one problem per conflict, at its lines, instead of a cascade of YAML errors', () => {
    const model = parseNetwork(CONFLICTED);
    assert.strictEqual(model.syntaxErrors.length, 1);
    const p = model.syntaxErrors[0];
    assert.strictEqual(p.code, 'merge-conflict');
    assert.strictEqual(lineColumn(CONFLICTED, p.start).line, 6);
    assert.strictEqual(lineColumn(CONFLICTED, p.end).line, 23);
    assert.match(p.message, /^Merge conflict on lines 7–24: HEAD and desktop both changed/);
    assert.deepStrictEqual([model.invitations.length, model.contacts.length], [0, 0], 'no entries: nothing to act on');
  });

  test('every action refuses, pointing at the conflict', () => {
    const r = planAction(
      parseNetwork(CONFLICTED),
      { kind: 'accept', ref: { name: 'Max Hollis' } },
      { today: TODAY, snoozeDays: 7 },
    );
    assert.ok(!r.ok);
    assert.match(
      r.message,
      /network\.yaml has a merge conflict on line 7\. Run "Contractor Network: Resolve Merge Conflict by Person"/,
    );
  });

  test('a marker without the rest of its conflict is its own problem, and resolving refuses', () => {
    const half = CONFLICTED.replace('=======\n', '').replace('>>>>>>> desktop\n', '');
    const scan = scanConflicts(half);
    assert.deepStrictEqual([scan.hunks.length, scan.stray.length], [0, 1]);
    assert.match(conflictProblems(scan)[0].message, /leftover merge conflict marker \(<<<<<<<\) on line 7/);
    const r = planResolveConflict(half, TODAY);
    assert.ok(!r.plan.ok);
    assert.match(r.plan.message, /on line 7 without the rest of its conflict.*nothing was written/);
  });

  test('resolving merges by person: the accept of one side, the note and the tag of both, comments kept', () => {
    const r = planResolveConflict(CONFLICTED, TODAY);
    assert.ok(r.plan.ok, r.plan.ok ? '' : r.plan.message);
    const result = applyEdits(CONFLICTED, r.plan.edits);
    const model = parseNetwork(result);
    assert.deepStrictEqual(model.syntaxErrors, []);
    assert.ok(!/^(<{7}|={7}|>{7})/m.test(result), result);
    assert.deepStrictEqual(
      model.invitations.map(e => (e.parsed.value as { name: string }).name),
      ['Max Hollis'],
    );
    const contacts = model.contacts.map(e => e.parsed.value as { name: string; tags?: string[]; notes?: unknown[] });
    assert.deepStrictEqual(contacts.map(c => c.name).sort(), ['Lena Vogt', 'Priya Anand']);
    const lena = contacts.find(c => c.name === 'Lena Vogt')!;
    assert.deepStrictEqual(lena.tags, ['agency']);
    assert.strictEqual(lena.notes?.length, 1);
    assert.ok(result.startsWith('# my network\n'), 'the lines both sides share are untouched');
    assert.ok(result.includes('# recruiter'), 'comments survive');
    assert.match(r.plan.message, /^Merged HEAD and desktop by person \(1 conflict\): .*stage network\.yaml/);
  });

  test('a version that does not read is named with its line, and nothing is written', () => {
    const broken = CONFLICTED.replace('    tags: [agency]', '    tags: [agency');
    const r = planResolveConflict(broken, TODAY);
    assert.ok(!r.plan.ok);
    assert.match(
      r.plan.message,
      /^The second version \(desktop\) does not read as YAML, at line \d+ of network\.yaml: .*nothing was written/,
    );
  });

  test('a file without markers has nothing to resolve', () => {
    const r = planResolveConflict('version: 1\ncontacts: []\n', TODAY);
    assert.ok(!r.plan.ok);
    assert.match(r.plan.message, /no merge conflict to resolve/);
  });

  test('from the markers alone, a list whose entries all went to another list keeps its key line and comments (fast-check seed 564508850)', () => {
    // the laptop archived Priya 1 and kept Priya 2 and 3; the desktop removed Priya 2 and 3 and
    // kept Priya 1: in the merge nobody is left in contacts, but the list and its comments stay
    const text = [
      'version: 1',
      '',
      'invitations: []          # the list',
      '# about Priya 1',
      '<<<<<<< HEAD',
      '=======',
      '',
      'contacts:          # the list',
      '# about Priya 2',
      '- name: Priya 1   # required',
      '  connected: 2026-11-26',
      '>>>>>>> desktop',
      '',
      'archive:   # nothing here',
      '- name: Priya 2   # required',
      '  outcome: removed',
      '  decided: 2026-11-26',
      '- name: Priya 3',
      '<<<<<<< HEAD',
      '',
      'archive:   # nothing here',
      '- name: Priya 1   # required',
      '  outcome: not-known',
      '  decided: 2026-11-26',
      '=======',
      '  outcome: removed',
      '  decided: 2026-11-26',
      '>>>>>>> desktop',
      '',
      'cadence:',
      '  client: 30',
      '',
    ].join('\n');
    const out = resolvedFile(text);
    const m = parseNetwork(out);
    assert.deepStrictEqual(m.contacts, [], out);
    assert.match(out, /^contacts: \[\] {3}# the list\n# about Priya 2\n/m, out);
    assert.deepStrictEqual(
      m.archive.map(e => personOf(e).name),
      ['Priya 2', 'Priya 3', 'Priya 1'],
    );
    assert.ok(out.indexOf('contacts: []') < out.indexOf('archive:'), 'the list where it was, before archive');
  });

  test('a section only one side has keeps the comments after its lines (fast-check seed -1004368584)', () => {
    // the laptop accepted Priya 1; the desktop archived Priya 3 and restored her, which left her
    // comment below `archive: []`: the merge adds archive from the desktop, with the comment
    const text = [
      'version: 1',
      '',
      'invitations:          # the list',
      '# about Priya 1',
      '- name: Priya 2',
      '  moved: 2015-01-01',
      '- name: Priya 3',
      '  previousCompany: Priya',
      '',
      '<<<<<<< HEAD',
      'contacts:   # nothing here',
      '- name: Priya 1   # required',
      '  connected: 2026-11-26',
      '=======',
      'contacts: []   # nothing here',
      '',
      'archive: []',
      '# about Priya 3',
      '>>>>>>> desktop',
      '',
      'cadence:',
      '  client: 30',
      '',
    ].join('\n');
    const out = resolvedFile(text);
    assert.match(out, /^archive: \[\]\n# about Priya 3\n\ncadence:/m, out);
    assert.match(out, /^contacts: {3}# nothing here\n- name: Priya 1 {3}# required\n/m, out);
  });
});
