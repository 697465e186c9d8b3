import * as assert from 'assert';
import type { Entry, NetworkModel } from '../../../src/model/network/network';
import { NetworkParser } from '../../../src/model/network/networkParser';
import {
  describe,
  identityNumberOfEntry,
  identityOfEntry,
  personOf,
  startIdentityNumbering,
  todoField,
} from '../../../src/model/people/person';

const parse = (text: string): NetworkModel => new NetworkParser().parse(text);

const NET = `contacts:
  - name: "  Tobias Ferreira "          # spaces around the name
    profile: https://www.linkedin.com/in/TFerreira/
    headline: Platform leader
    company: Nordwerk GmbH
    position: Head of Platform
    category: client
    tags: [kafka, "", berlin]
    following: false
    connected: 2021-11-02
    lastContact: 2026-10-02
    followUp: 2026-12-01
    email: tobias@example.com
    notes:
      - date: 2026-10-02
        text: Wants a Kafka migration blueprint.
      - just a line of text
      - date: 2026-10-03
      - {date: 2026-10-04, text: 42}
  - name: Greta Olsen
    tags: solo
    following: true
  - {company: 1e3, position: true}
  - name: ""
    profile: https://www.linkedin.com/in/tferreira
invitations:
  - name: Priya Anand
    received: 2026-11-20
    snoozed: 2026-12-01
    message: Saw your talk
archive:
  - name: Max Hollis
    outcome: ignored
    decided: 2026-11-21
    reason: bulk agency invite
`;

suite('person: the typed view of an entry', () => {
  const model = parse(NET);
  const [tobias, greta, nameless, profileOnly] = model.contacts.map(personOf);

  test('every field of a contact reads as written; the name is trimmed', () => {
    assert.strictEqual(tobias.name, 'Tobias Ferreira');
    assert.strictEqual(tobias.profile, 'https://www.linkedin.com/in/TFerreira/');
    assert.strictEqual(tobias.headline, 'Platform leader');
    assert.strictEqual(tobias.company, 'Nordwerk GmbH');
    assert.strictEqual(tobias.position, 'Head of Platform');
    assert.strictEqual(tobias.category, 'client');
    assert.strictEqual(tobias.connected, '2021-11-02');
    assert.strictEqual(tobias.lastContact, '2026-10-02');
    assert.strictEqual(tobias.followUp, '2026-12-01');
    assert.strictEqual(tobias.email, 'tobias@example.com');
  });

  test('tags: a list without empty items; a single tag is a list of one', () => {
    assert.deepStrictEqual(tobias.tags, ['kafka', 'berlin']);
    assert.deepStrictEqual(greta.tags, ['solo']);
    assert.deepStrictEqual(nameless.tags, []);
  });

  test('following: absent means true; only `following: false` is false', () => {
    assert.strictEqual(tobias.following, false);
    assert.strictEqual(greta.following, true);
    assert.strictEqual(nameless.following, true);
  });

  test('notes: dated notes, plain lines of text; a note without text is skipped', () => {
    assert.deepStrictEqual(tobias.notes, [
      { date: '2026-10-02', text: 'Wants a Kafka migration blueprint.' },
      { text: 'just a line of text' },
      { date: '2026-10-04', text: '42' },
    ]);
  });

  test('a missing or empty name reads "(no name)"; numbers and booleans read as YAML writes them', () => {
    assert.strictEqual(nameless.name, '(no name)');
    assert.strictEqual(profileOnly.name, '(no name)');
    assert.strictEqual(nameless.company, '1000');
    assert.strictEqual(nameless.position, 'true');
  });

  test('invitations and archive entries carry their own fields', () => {
    const priya = personOf(model.invitations[0]);
    assert.deepStrictEqual(
      [priya.received, priya.snoozed, priya.message],
      ['2026-11-20', '2026-12-01', 'Saw your talk'],
    );
    const max = personOf(model.archive[0]);
    assert.deepStrictEqual([max.outcome, max.decided, max.reason], ['ignored', '2026-11-21', 'bulk agency invite']);
  });

  test('the identity: the normalised profile, else the name, else none', () => {
    assert.strictEqual(tobias.identity, 'profile:/in/tferreira');
    assert.strictEqual(greta.identity, 'name:greta olsen');
    assert.strictEqual(nameless.identity, undefined);
    assert.strictEqual(identityOfEntry(model.contacts[3]), 'profile:/in/tferreira');
  });

  test('identity numbers: the same person has the same number in every list; an entry with no identity has -1', () => {
    const other = parse(`invitations:
  - name: T. Ferreira
    profile: linkedin.com/in/tferreira?x=1
  - name: GRETA OLSEN
  - name: Someone New
`);
    startIdentityNumbering();
    const n = (e: Entry): number => identityNumberOfEntry(e);
    const [t, g, nameless2, profileOnly2] = model.contacts;
    assert.strictEqual(n(t), n(profileOnly2), 'one profile written two ways');
    assert.strictEqual(n(t), n(other.invitations[0]));
    assert.strictEqual(n(g), n(other.invitations[1]), 'one name, two cases');
    assert.notStrictEqual(n(g), n(t));
    assert.notStrictEqual(n(other.invitations[2]), n(g));
    assert.strictEqual(n(nameless2), -1);
    assert.strictEqual(n(t), n(t), 'asked again, the same number');
  });

  test('describe: the headline, else position · company', () => {
    assert.strictEqual(describe(tobias), 'Platform leader');
    assert.strictEqual(describe({ ...tobias, headline: undefined }), 'Head of Platform · Nordwerk GmbH');
    assert.strictEqual(describe({ ...tobias, headline: undefined, position: undefined }), 'Nordwerk GmbH');
    assert.strictEqual(describe(greta), '');
  });

  test('todoOnLinkedIn: todoField reads it trimmed, absent when empty or not a scalar; the person view reads it so', () => {
    const cases: [value: unknown, read: string | undefined][] = [
      ['unfollow', 'unfollow'],
      ['  not-known\t', 'not-known'],
      ['Accept', 'Accept'], // not the contract's value: the field still reads as written
      ['', undefined],
      ['   ', undefined],
      [42, '42'],
      [true, 'true'],
      [null, undefined],
      [undefined, undefined],
      [['accept'], undefined],
      [{ accept: 1 }, undefined],
    ];
    for (const [value, read] of cases) {
      assert.strictEqual(todoField({ todoOnLinkedIn: value }), read, JSON.stringify(value));
    }
    const model = parse(`contacts:
  - name: A
    todoOnLinkedIn: "  remove "
  - name: B
    todoOnLinkedIn: ""
  - name: C
    todoOnLinkedIn: [follow]
  - name: D
`);
    assert.deepStrictEqual(
      model.contacts.map(e => personOf(e).todoOnLinkedIn),
      ['remove', undefined, undefined, undefined],
    );
  });
});
