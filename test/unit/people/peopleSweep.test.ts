import * as assert from 'assert';
import * as fc from 'fast-check';
import { addDays, dayNumber, isRealDay } from '../../../src/model/calendar/dates';
import type { Entry, NetworkModel } from '../../../src/model/network/network';
import { record, text } from '../../../src/model/network/network';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { cadenceOf, dueContacts, nextDue } from '../../../src/model/people/followUps';
import { todoEntries } from '../../../src/model/people/linkedinTodos';
import { movedContacts } from '../../../src/model/people/moves';
import { peopleSweep, sweepPeople } from '../../../src/model/people/peopleSweep';
import { runs } from '../../support/runs';

const TODAY = '2026-11-20';

/** A day as people write them: real, impossible, quoted, not a day, or empty. */
const day = fc.constantFrom(
  '2026-11-01',
  '2026-11-20',
  '2026-12-01',
  '2024-02-29',
  '2025-02-29',
  '"2026-10-01"',
  '2026-1-5',
  'soon',
  '~',
  '9999-12-01',
);
const contact = fc.record(
  {
    category: fc.constantFrom('client', ' peer ', 'recruiter', 'wizard', '""', 'Client'),
    todoOnLinkedIn: fc.constantFrom('accept', ' remove ', 'unfollow', 'wave', '""', 'follow'),
    moved: fc.constantFrom('2026-11-25', '2026-10-01', 'yes', '2026-11-25'),
    lastContact: day,
    followUp: day,
    connected: day,
  },
  { requiredKeys: [] },
);
const cadence = fc.dictionary(
  fc.constantFrom('client', 'peer', 'recruiter', 'wizard'),
  fc.constantFrom(1, 30, 90, 3000000, 0, -5),
);

function render(contacts: Record<string, string>[], days: Record<string, number>, lists: string[]): string {
  const lines = ['cadence:', ...Object.entries(days).map(([k, v]) => `  ${k}: ${v}`)];
  if (Object.keys(days).length === 0) {
    lines[0] = 'cadence: {}';
  }
  contacts.forEach((c, i) => {
    lines.push(`${lists[i % lists.length]}:`);
    lines.push(`  - name: P${i}`, ...Object.entries(c).map(([k, v]) => `    ${k}: ${v}`));
  });
  return lines.join('\n') + '\n';
}

/** When a contact is due, as worked out before the sweep (each date as text, the due day by addDays). */
function referenceDue(
  entry: Entry,
  model: NetworkModel,
): { due: string; overdueDays: number; reason: string } | undefined {
  const r = record(entry);
  const category = text(r.category)?.trim();
  const days = category ? cadenceOf(model).get(category) : undefined;
  const lastContact = text(r.lastContact);
  const followUp = text(r.followUp);
  const connected = text(r.connected);
  const last = lastContact && isRealDay(lastContact) ? lastContact : undefined;
  if (followUp && isRealDay(followUp) && (!last || followUp > last)) {
    return { due: followUp, overdueDays: dayNumber(TODAY) - dayNumber(followUp), reason: 'followUp' };
  }
  const from = last ?? (connected && isRealDay(connected) ? connected : undefined);
  if (days === undefined || !from) {
    return undefined;
  }
  const due = addDays(from, days);
  return { due, overdueDays: dayNumber(TODAY) - dayNumber(due), reason: 'cadence' };
}

const at = (entries: readonly Entry[]): string[] => entries.map(e => `${e.list}#${e.index}`);

suite('people sweep: the first level read in one pass', () => {
  test('the same to-dos, moves, due contacts and categories as the functions that read them one by one', () => {
    fc.assert(
      fc.property(
        fc.array(contact, { maxLength: 12 }),
        cadence,
        fc.array(fc.constantFrom('invitations', 'contacts', 'archive'), { minLength: 1, maxLength: 3 }),
        (contacts, days, lists) => {
          const yaml = render(contacts, days, [...new Set(lists)]);
          const model = parseNetwork(yaml);
          const sweep = sweepPeople(model, TODAY, true);
          const fresh = (): NetworkModel => parseNetwork(yaml); // nothing worked out by the sweep reused
          assert.deepStrictEqual(at(sweep.todo), at(todoEntries(fresh())));
          assert.deepStrictEqual(at(sweep.moved), at(movedContacts(fresh())));
          const due = (d: { entry: Entry; due: string; overdueDays: number; reason: string }): string =>
            `${d.entry.index} ${d.due} ${d.overdueDays} ${d.reason}`;
          assert.deepStrictEqual(sweep.due!.map(due), dueContacts(fresh(), TODAY).map(due));
          const other = fresh();
          const expected = other.contacts
            .map(e => ({ entry: e, ...referenceDue(e, other)! }))
            .filter(d => d.due !== undefined && d.overdueDays >= 0)
            .sort((a, b) => b.overdueDays - a.overdueDays || a.entry.index - b.entry.index);
          assert.deepStrictEqual(sweep.due!.map(due), expected.map(due), 'as before the sweep');
          for (const e of other.contacts) {
            const got = nextDue(e, cadenceOf(other), TODAY);
            const want = referenceDue(e, other);
            const norm = (d: typeof want): unknown =>
              d && { due: d.due, overdueDays: Number.isNaN(d.overdueDays) ? 'NaN' : d.overdueDays, reason: d.reason };
            assert.deepStrictEqual(norm(got), norm(want), `nextDue of contact ${e.index}`);
          }
          const byCategory = new Map<string, string[]>();
          const uncategorized: string[] = [];
          for (const e of fresh().contacts) {
            const c = text(record(e).category)?.trim();
            if (c) {
              byCategory.set(c, [...(byCategory.get(c) ?? []), `${e.list}#${e.index}`]);
            } else {
              uncategorized.push(`${e.list}#${e.index}`);
            }
          }
          assert.deepStrictEqual(new Map([...sweep.byCategory].map(([c, es]) => [c, at(es)])), byCategory);
          assert.deepStrictEqual(at(sweep.uncategorized), uncategorized);
        },
      ),
      { numRuns: runs(300) },
    );
  });

  test('peopleSweep: one sweep per model and day, shared by every asker; a sweep with categories serves one without', () => {
    const yaml = [
      'cadence:',
      '  client: 30',
      'contacts:',
      '  - {name: Due, category: client, lastContact: 2026-01-01, todoOnLinkedIn: follow}',
      '  - {name: Not due, category: peer}',
      '',
    ].join('\n');
    const model = parseNetwork(yaml);
    const first = peopleSweep(model, TODAY, true);
    assert.strictEqual(peopleSweep(model, TODAY, true), first);
    assert.strictEqual(peopleSweep(model, TODAY, false), first, 'categories included');
    assert.deepStrictEqual(at(first.todo), at(todoEntries(parseNetwork(yaml))));
    assert.strictEqual(dueContacts(model, TODAY), first.due, 'dueContacts answers from the sweep');
    const nextDay = peopleSweep(model, addDays(TODAY, 1), true);
    assert.notStrictEqual(nextDay, first, 'another day, another sweep');
    assert.strictEqual(first.due!.length, 1);
    assert.strictEqual(first.todo.length, 1);
    assert.strictEqual(nextDay.due!.length, 1);
    const without = peopleSweep(parseNetwork(yaml), TODAY, false);
    assert.strictEqual(without.byCategory.size, 0);
    const other = parseNetwork(yaml);
    const bare = peopleSweep(other, TODAY, false);
    assert.notStrictEqual(peopleSweep(other, TODAY, true), bare, 'categories asked for after a sweep without');
    assert.strictEqual(peopleSweep(other, TODAY, true).byCategory.get('peer')?.length, 1);
    assert.notStrictEqual(peopleSweep(parseNetwork(yaml), TODAY, true), first, 'another model, another sweep');
  });

  test('without a day no due contacts; with dueContacts already known for the day, those', () => {
    const model = parseNetwork(
      render([{ category: 'client', lastContact: '2026-01-01' }], { client: 30 }, ['contacts']),
    );
    assert.strictEqual(sweepPeople(model, undefined, true).due, undefined);
    const known = dueContacts(model, TODAY);
    assert.strictEqual(known.length, 1);
    assert.strictEqual(sweepPeople(model, TODAY, false).due, known);
    assert.strictEqual(sweepPeople(model, TODAY, false).byCategory.size, 0, 'categories only when asked for');
  });
});
