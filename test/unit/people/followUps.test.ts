import * as assert from 'assert';
import { describeDue, dueContacts, dueDescriber } from '../../../src/model/people/followUps';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { personOf } from '../../../src/model/people/person';

const NET = `cadence:
  client: 30
  recruiter: 90
contacts:
  - name: Overdue Client
    category: client
    lastContact: 2026-10-01
  - name: Fresh Client
    category: client
    lastContact: 2026-11-20
  - name: Never Contacted Recruiter
    category: recruiter
    connected: 2026-08-01
  - name: Planned
    category: peer
    followUp: 2026-11-26
  - name: Old Plan Then Talked
    category: peer
    followUp: 2026-11-01
    lastContact: 2026-11-10
  - name: No Cadence Peer
    category: peer
    lastContact: 2020-01-01
`;

suite('follow-ups and cadence', () => {
  test('who is due, most overdue first, with how late', () => {
    const due = dueContacts(parseNetwork(NET), '2026-11-26');
    assert.deepStrictEqual(
      due.map(d => [personOf(d.entry).name, d.due, describeDue(d)]),
      [
        ['Never Contacted Recruiter', '2026-10-30', '27 days overdue'],
        ['Overdue Client', '2026-10-31', '26 days overdue'],
        ['Planned', '2026-11-26', 'due today'],
      ],
    );
  });

  test('a group’s rows say their delays as describeDue does, each delay worked out once', () => {
    const due = dueContacts(parseNetwork(NET), '2027-06-01');
    const say = dueDescriber();
    assert.deepStrictEqual(
      [...due, ...due].map(say),
      [...due, ...due].map(d => describeDue(d)),
    );
    assert.deepStrictEqual(
      [0, 1, 2, 45, 61, 800, -3].map(overdueDays => say({ ...due[0], overdueDays })),
      [0, 1, 2, 45, 61, 800, -3].map(overdueDays => describeDue({ ...due[0], overdueDays })),
    );
  });

  test('the describer says every delay as describeDue does (days, months, years, either side of today)', () => {
    const due = dueContacts(parseNetwork(NET), '2027-06-01')[0];
    const say = dueDescriber();
    const delays = Array.from({ length: 4001 }, (_, i) => i - 1500);
    // twice over, in two orders: a saying worked out for one delay is right for every other it serves
    for (const overdueDays of [...delays, ...delays.reverse()]) {
      assert.strictEqual(say({ ...due, overdueDays }), describeDue({ ...due, overdueDays }), `${overdueDays} days`);
    }
  });

  test('long delays read in months and years', () => {
    const model = parseNetwork(NET.replace('lastContact: 2026-10-01', 'lastContact: 2026-01-01'));
    const d = dueContacts(model, '2026-11-26').find(x => personOf(x.entry).name === 'Overdue Client')!;
    assert.strictEqual(describeDue(d), '9 months overdue');
    const old = dueContacts(
      parseNetwork(NET.replace('lastContact: 2026-10-01', 'lastContact: 2019-01-01')),
      '2026-11-26',
    ).find(x => personOf(x.entry).name === 'Overdue Client')!;
    assert.strictEqual(describeDue(old), '7 years overdue');
  });

  test('logging a note (lastContact today) resets the clock', () => {
    const after = NET.replace('lastContact: 2026-10-01', 'lastContact: 2026-11-26');
    const names = dueContacts(parseNetwork(after), '2026-11-26').map(d => personOf(d.entry).name);
    assert.ok(!names.includes('Overdue Client'));
  });

  test('a follow-up set before the last contact no longer counts', () => {
    const names = dueContacts(parseNetwork(NET), '2026-11-26').map(d => personOf(d.entry).name);
    assert.ok(!names.includes('Old Plan Then Talked'));
    assert.ok(!names.includes('No Cadence Peer'));
  });
});

suite('follow-ups: a category written with spaces', () => {
  test('gets the cadence of its category, as the People view groups it', () => {
    const spaced = NET.replace(
      '  - name: Overdue Client\n    category: client\n',
      '  - name: Overdue Client\n    category: " client "\n',
    );
    const names = dueContacts(parseNetwork(spaced), '2026-11-26').map(d => personOf(d.entry).name);
    assert.ok(names.includes('Overdue Client'), names.join(', '));
  });
});
