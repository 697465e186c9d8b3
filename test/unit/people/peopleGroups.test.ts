import * as assert from 'assert';
import type { Entry, NetworkModel } from '../../../src/model/network/network';
import { NetworkParser } from '../../../src/model/network/networkParser';
import type { PeopleGroup } from '../../../src/model/people/peopleGroups';
import {
  categoryLabel,
  groupPeople,
  isPending,
  pendingInvitations,
  sortedEntries,
} from '../../../src/model/people/peopleGroups';
import { parsePeopleFilter } from '../../../src/model/people/peopleFilter';
import { personOf } from '../../../src/model/people/person';
import type { DueInfo } from '../../../src/model/people/followUps';
import { dueContacts } from '../../../src/model/people/followUps';

const parse = (text: string): NetworkModel => new NetworkParser().parse(text);
const TODAY = '2026-11-26';

const NET = `cadence:
  client: 30
invitations:
  - {name: Newest, received: 2026-11-25}
  - {name: No Date}
  - {name: Oldest, received: 2026-10-01}
  - {name: Snoozed Until Later, received: 2026-11-01, snoozed: 2026-12-01}
  - {name: Snoozed Until Today, received: 2026-11-02, snoozed: 2026-11-26}
contacts:
  - {name: zoë peer, category: peer}
  - {name: Ann 10, category: client, lastContact: 2026-11-20}
  - {name: Ann 2, category: client, lastContact: 2026-09-01, tags: [kafka]}
  - {name: Wrangler, category: wizard}
  - {name: Ace, category: alchemist}
  - {name: Nobody}
  - {name: Spaces, category: " recruiter "}
  - {name: Blank, category: ""}
  - {name: Émile, category: client}
archive:
  - {name: Early, outcome: ignored, decided: 2026-01-05}
  - {name: Late, outcome: removed, decided: 2026-11-05}
  - {name: Undecided, outcome: ignored}
`;

const names = (entries: readonly Entry[]): string[] => entries.map(e => personOf(e).name);
const shape = (groups: readonly PeopleGroup[]): [string, string[]][] => groups.map(g => [g.label, names(g.entries)]);

suite('people groups: the first level of the People view', () => {
  const model = parse(NET);

  test('invitations, categories in the contract order then unknown ones A to Z, uncategorized, archive', () => {
    assert.deepStrictEqual(shape(groupPeople(model)), [
      ['Invitations', ['Newest', 'No Date', 'Oldest', 'Snoozed Until Later', 'Snoozed Until Today']],
      ['Clients', ['Ann 10', 'Ann 2', 'Émile']],
      ['Recruiters', ['Spaces']],
      ['Peers', ['zoë peer']],
      ['alchemist', ['Ace']],
      ['wizard', ['Wrangler']],
      ['Uncategorized', ['Nobody', 'Blank']],
      ['Archive', ['Early', 'Late', 'Undecided']],
    ]);
    const clients = groupPeople(model)[1];
    assert.deepStrictEqual([clients.kind, clients.category], ['category', 'client']);
  });

  test('with a day given, a Due group comes first, most overdue first', () => {
    const groups = groupPeople(model, { today: TODAY });
    assert.deepStrictEqual(shape(groups)[0], ['Due', ['Ann 2']]);
    assert.strictEqual(groups[0].kind, 'due');
    assert.strictEqual(groupPeople(model, { today: '2026-09-15' })[0].kind, 'invitations', 'nobody due: no Due group');
  });

  test('the Due group carries when each of its people is due, in its order, filtered with it', () => {
    const net = parse(
      NET.replace(
        '{name: Ann 10, category: client, lastContact: 2026-11-20}',
        '{name: Ann 10, category: client, lastContact: 2026-10-20}',
      ),
    );
    const say = (d: DueInfo): string => `${personOf(d.entry).name} ${d.due} ${d.overdueDays}`;
    const due = groupPeople(net, { today: TODAY })[0];
    assert.deepStrictEqual(due.due?.map(say), ['Ann 2 2026-10-01 56', 'Ann 10 2026-11-19 7']);
    assert.deepStrictEqual(
      due.entries,
      due.due?.map(d => d.entry),
    );
    assert.deepStrictEqual(
      dueContacts(parse(net.text), TODAY).map(say),
      due.due?.map(say),
      'as dueContacts works it out alone',
    );
    const kept = groupPeople(net, { today: TODAY, filter: parsePeopleFilter('10')! })[0];
    assert.deepStrictEqual(kept.due?.map(say), ['Ann 10 2026-11-19 7']);
    assert.deepStrictEqual(
      kept.entries,
      kept.due?.map(d => d.entry),
    );
    assert.ok(
      groupPeople(net, { today: TODAY }).every(g => (g.kind === 'due') === !!g.due),
      'only the Due group',
    );
  });

  test('a filter keeps only the people it matches, in every group; empty groups stay for lists only', () => {
    const filter = parsePeopleFilter('tag:kafka')!;
    assert.deepStrictEqual(shape(groupPeople(model, { filter, today: TODAY })), [
      ['Due', ['Ann 2']],
      ['Invitations', []],
      ['Clients', ['Ann 2']],
      ['Archive', []],
    ]);
    assert.deepStrictEqual(shape(groupPeople(model, { filter: parsePeopleFilter('late')! })), [
      ['Invitations', ['Snoozed Until Later']],
      ['Archive', ['Late']],
    ]);
  });

  test('an empty file still shows the Invitations and Archive groups', () => {
    assert.deepStrictEqual(shape(groupPeople(parse('version: 1\n'))), [
      ['Invitations', []],
      ['Archive', []],
    ]);
  });

  test('categories are labelled in the plural; unknown ones as written', () => {
    assert.strictEqual(categoryLabel('client'), 'Clients');
    assert.strictEqual(categoryLabel('agency'), 'Agencies');
    assert.strictEqual(categoryLabel('wizard'), 'wizard');
  });

  test('pending invitations: not snoozed, or snoozed until today or earlier', () => {
    assert.deepStrictEqual(names(pendingInvitations(model, TODAY)), [
      'Newest',
      'No Date',
      'Oldest',
      'Snoozed Until Today',
    ]);
    const later = model.invitations[3];
    assert.ok(!isPending(later, '2026-11-30'));
    assert.ok(isPending(later, '2026-12-01'), 'back in the queue on the day the snooze ends');
  });

  test('sorting: contacts by name (case, accents and numbers as people read them)', () => {
    const byName = (label: string): string[] =>
      names(sortedEntries(groupPeople(parse(`contacts:\n${label}`)).find(g => g.kind === 'uncategorized')!));
    assert.deepStrictEqual(byName('  - {name: beta}\n  - {name: Alpha}\n  - {name: Émile}\n  - {name: eve}\n'), [
      'Alpha',
      'beta',
      'Émile',
      'eve',
    ]);
    const clients = groupPeople(model).find(g => g.category === 'client')!;
    assert.deepStrictEqual(names(sortedEntries(clients)), ['Ann 2', 'Ann 10', 'Émile']);
  });

  test('sorting: invitations oldest first (undated last), the archive most recent decision first', () => {
    const [invitations] = groupPeople(model);
    assert.deepStrictEqual(names(sortedEntries(invitations)), [
      'Oldest',
      'Snoozed Until Later',
      'Snoozed Until Today',
      'Newest',
      'No Date',
    ]);
    const archive = groupPeople(model).find(g => g.kind === 'archive')!;
    assert.deepStrictEqual(names(sortedEntries(archive)), ['Late', 'Early', 'Undecided']);
  });

  test('sorting keeps the Due group in its order and never changes the group itself', () => {
    const due = parse(`cadence: {client: 30}
contacts:
  - {name: A Less Late, category: client, lastContact: 2026-10-20}
  - {name: B Very Late, category: client, lastContact: 2026-01-01}
`);
    const [group] = groupPeople(due, { today: TODAY });
    assert.deepStrictEqual(names(sortedEntries(group)), ['B Very Late', 'A Less Late']);
    const archive = groupPeople(model).find(g => g.kind === 'archive')!;
    sortedEntries(archive);
    assert.deepStrictEqual(names(archive.entries), ['Early', 'Late', 'Undecided']);
  });
});

const LOOP = `cadence:
  client: 30
invitations:
  - {name: Hand Written, todoOnLinkedIn: accept}
contacts:
  - {name: Tobias, company: Fjord Analytics, position: CTO, category: client, lastContact: 2026-11-20, moved: 2026-11-25, previousCompany: Nordwerk GmbH}
  - {name: Mia, company: Stackhouse Search, category: recruiter, todoOnLinkedIn: unfollow}
  - {name: Nora, company: fjord analytics, category: peer}
  - {name: Amelia, company: Fjord Analytics, category: prospect}
  - {name: Kenji, company: Lumen Labs, category: partner, moved: 2026-11-26}
  - {name: Solo}
  - {name: Odd, company: Acme, category: wizard, todoOnLinkedIn: wave}
archive:
  - {name: Max, outcome: ignored, todoOnLinkedIn: ignore}
  - {name: Paul, outcome: removed, todoOnLinkedIn: remove}
`;

suite('people groups: "To do on LinkedIn", "Moved", and contacts by company', () => {
  const model = parse(LOOP);

  test('"To do on LinkedIn" and "Moved" come first while they have members, then Due, Invitations...', () => {
    const groups = groupPeople(model, { today: TODAY });
    assert.deepStrictEqual(
      groups.slice(0, 3).map(g => [g.kind, g.label]),
      [
        ['todo', 'To do on LinkedIn'],
        ['moved', 'Moved'],
        ['invitations', 'Invitations'],
      ],
    );
    // the invitation manager's to-dos first (accept, ignore, not-known), then the profiles'; an unknown value is no to-do
    assert.deepStrictEqual(names(sortedEntries(groups[0])), ['Hand Written', 'Max', 'Paul', 'Mia']);
    assert.deepStrictEqual(names(sortedEntries(groups[1])), ['Kenji', 'Tobias'], 'the latest move first');
    assert.ok(!groupPeople(parse('contacts:\n  - {name: A}\n')).some(g => g.kind === 'todo' || g.kind === 'moved'));
  });

  test('a filter narrows them too', () => {
    const groups = groupPeople(model, { filter: parsePeopleFilter('is:todo')! });
    assert.deepStrictEqual(shape(groups.slice(0, 2)), [
      ['To do on LinkedIn', ['Hand Written', 'Max', 'Paul', 'Mia']],
      ['Invitations', ['Hand Written']],
    ]);
  });

  test('by company: A to Z with the count, the closest relationship (client before prospect before the rest), no company last', () => {
    const groups = groupPeople(model, { groupBy: 'company' });
    const companies = groups.filter(g => g.kind === 'company' || g.kind === 'noCompany');
    assert.deepStrictEqual(
      companies.map(g => [g.label, g.description, names(g.entries)]),
      [
        ['Acme', 'wizard', ['Odd']],
        ['Fjord Analytics', 'client', ['Tobias', 'Nora', 'Amelia']],
        ['Lumen Labs', 'partner', ['Kenji']],
        ['Stackhouse Search', 'recruiter', ['Mia']],
        ['No company', undefined, ['Solo']],
      ],
    );
    assert.ok(!groups.some(g => g.kind === 'category' || g.kind === 'uncategorized'));
    assert.deepStrictEqual(
      groupPeople(
        parse('contacts:\n  - {name: A, company: X, category: peer}\n  - {name: B, company: X, category: prospect}\n'),
        {
          groupBy: 'company',
        },
      ).find(g => g.kind === 'company')?.description,
      'prospect',
    );
  });
});
