import * as assert from 'assert';
import {
  entrySchemaViolations,
  networkSchemaViolations,
  pointerPath,
  quickCheck,
} from '../../../src/model/validation/schemaCheck';

suite('schema check: media/network.schema.json in plain words', () => {
  test('an entry without its required field needs it', () => {
    assert.deepStrictEqual(entrySchemaViolations({ company: 'Acme' }, 'contact'), [
      { keyword: 'required', path: [], message: 'This entry needs "name".' },
    ]);
    assert.deepStrictEqual(entrySchemaViolations({ title: 'Kafka' }, 'blueprint'), [
      { keyword: 'required', path: [], message: 'This entry needs "id".' },
    ]);
    assert.deepStrictEqual(entrySchemaViolations({ name: 'A', notes: [{ date: '2026-11-26' }] }, 'contact'), [
      { keyword: 'required', path: ['notes', '0'], message: '"notes.0" needs "text".' },
    ]);
  });

  test('a field of the wrong type says what it should be', () => {
    const violations = entrySchemaViolations({ name: 'A', following: 'yes', tags: [{ a: 1 }], email: 5 }, 'contact');
    assert.deepStrictEqual(
      violations.map(v => [v.keyword, v.path.join('.'), v.message]),
      [
        ['type', 'email', '"email" should be text.'],
        ['type', 'tags.0', '"tags.0" should be text.'],
        ['type', 'following', '"following" should be true or false.'],
      ],
    );
    assert.deepStrictEqual(entrySchemaViolations('Priya Anand', 'invitation'), [
      { keyword: 'type', path: [], message: 'This entry should be a set of fields.' },
    ]);
    assert.deepStrictEqual(entrySchemaViolations({ match: { headline: 5 } }, 'rule'), [
      { keyword: 'type', path: ['match', 'headline'], message: '"match.headline" should be text.' },
    ]);
  });

  test('past the fast path, unknown enum values and badly written days come with their keyword, for the rules to judge', () => {
    // email: 5 sends the entry to the full validator, which then reports everything
    const violations = entrySchemaViolations(
      { name: 'A', email: 5, category: 'clinet', received: '26.11.2026' },
      'contact',
    );
    assert.deepStrictEqual(
      violations.map(v => [v.keyword, v.path.join('.')]),
      [
        ['type', 'email'],
        ['enum', 'category'],
        ['pattern', 'received'],
      ],
    );
    assert.strictEqual(violations[2].message, '"received" is not written the expected way.');
  });

  test('a rule needs something to match', () => {
    assert.deepStrictEqual(entrySchemaViolations({ match: {}, suggest: 'accept' }, 'rule'), [
      { keyword: 'minProperties', path: ['match'], message: '"match" needs at least one field.' },
    ]);
    assert.deepStrictEqual(entrySchemaViolations({ match: { headline: '*recruit*' }, suggest: 'accept' }, 'rule'), []);
  });

  test('the fast path lets a valid entry through without the full validator', () => {
    assert.ok(quickCheck({ name: 'A', category: 'client', tags: ['kafka'] }, 'contact'));
    assert.ok(!quickCheck({ company: 'Acme' }, 'contact'));
    // what the fast path lets through, the rules judge: an unknown category, a slug, a day
    assert.deepStrictEqual(entrySchemaViolations({ id: 'Kafka X', channels: ['postx'] }, 'blueprint'), []);
    assert.deepStrictEqual(entrySchemaViolations({ name: 'A', connected: '2026-02-30' }, 'contact'), []);
  });

  test('the top level: version, the sections, cadence', () => {
    const violations = networkSchemaViolations({
      version: 2,
      me: 5,
      invitations: 5,
      contacts: null,
      cadence: { client: 0, clients: 3, peer: 'x' },
    });
    assert.deepStrictEqual(violations, [
      { keyword: 'const', path: ['version'], message: 'This is version 1 of the network format: write "version: 1".' },
      { keyword: 'type', path: ['me'], message: '"me" should be a set of fields.' },
      { keyword: 'type', path: ['invitations'], message: '"invitations" should be a list.' },
      {
        keyword: 'enum',
        path: ['cadence', 'clients'],
        message:
          '"cadence.clients": Instance does not match any of ["client","prospect","recruiter","agency","partner","peer","other"].',
      },
      { keyword: 'minimum', path: ['cadence', 'client'], message: '"cadence.client" must be at least 1.' },
      { keyword: 'type', path: ['cadence', 'peer'], message: '"cadence.peer" should be a whole number.' },
    ]);
    assert.deepStrictEqual(networkSchemaViolations({ version: 1, me: { name: 'Sam', expertise: 'Kafka' } }), [
      { keyword: 'type', path: ['me', 'expertise'], message: '"me.expertise" should be a list.' },
    ]);
    assert.deepStrictEqual(
      networkSchemaViolations({ version: 1, contacts: [], cadence: { client: 30 }, other: 'kept' }),
      [],
    );
  });

  test('JSON pointers to paths, escapes undone', () => {
    assert.deepStrictEqual(pointerPath('#'), []);
    assert.deepStrictEqual(pointerPath('#/notes/0/date'), ['notes', '0', 'date']);
    assert.deepStrictEqual(pointerPath('#/match/a~1b~0c'), ['match', 'a/b~c']);
    assert.deepStrictEqual(pointerPath('#/match/a~01'), ['match', 'a~1'], '~0 is undone last');
    assert.deepStrictEqual(pointerPath('#/match/caf%C3%A9'), ['match', 'café']);
  });
});
