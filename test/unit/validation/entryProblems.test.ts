import * as assert from 'assert';
import { NetworkParser } from '../../../src/model/network/networkParser';
import { entryProblems, slugify } from '../../../src/model/validation/entryProblems';
import { problemsOf, rangeOfText, yaml } from './shownProblems';

const KNOWN_CATEGORIES = 'Known: client, prospect, recruiter, agency, partner, peer, other.';

suite('entry problems: what one entry says wrong', () => {
  test('an unknown category, with "did you mean" and the fix, on the value', () => {
    const text = yaml('contacts:', '  - name: Tobias Ferreira', '    category: clinet   # typo');
    assert.deepStrictEqual(problemsOf(text), [
      {
        code: 'unknown-category',
        severity: 'error',
        message: `Unknown category "clinet": did you mean "client"? ${KNOWN_CATEGORIES}`,
        range: [2, 14, 2, 20],
        fix: 'Change to client -> client',
      },
    ]);
  });

  test('a category too far from any: no suggestion, no fix', () => {
    const text = yaml('invitations:', '  - name: Priya Anand', '    category: headhunter');
    assert.deepStrictEqual(problemsOf(text), [
      {
        code: 'unknown-category',
        severity: 'error',
        message: `Unknown category "headhunter" ${KNOWN_CATEGORIES}`,
        range: [2, 14, 2, 24],
      },
    ]);
  });

  test('days that do not exist, and days not written YYYY-MM-DD, in fields and notes', () => {
    const text = yaml(
      'contacts:',
      '  - name: Tobias Ferreira',
      '    connected: 2026-02-30',
      '    lastContact: 26.11.2026',
      '    notes:',
      '      - date: 2026-13-01',
      '        text: Called.',
      '      - {date: "2026-1-2", text: Wrote.}',
    );
    assert.deepStrictEqual(problemsOf(text), [
      {
        code: 'invalid-date',
        severity: 'error',
        message: '2026-02-30 is not a real day (connected).',
        range: rangeOfText(text, '2026-02-30'),
      },
      {
        code: 'invalid-date',
        severity: 'error',
        message: 'Write lastContact as YYYY-MM-DD, e.g. 2026-11-26 (found "26.11.2026").',
        range: rangeOfText(text, '26.11.2026'),
      },
      {
        code: 'invalid-date',
        severity: 'error',
        message: '2026-13-01 is not a real day (date).',
        range: [5, 14, 5, 24],
      },
      {
        code: 'invalid-date',
        severity: 'error',
        message: 'Write date as YYYY-MM-DD, e.g. 2026-11-26 (found "2026-1-2").',
        range: rangeOfText(text, '"2026-1-2"'),
      },
    ]);
  });

  test("schema errors: a missing name on the entry's first key, a wrong type on the value", () => {
    const text = yaml(
      'contacts:',
      '  - company: Acme',
      '    following: yes please',
      '  - name: Ann',
      '    tags: [kafka, {city: Berlin}]',
    );
    assert.deepStrictEqual(problemsOf(text), [
      { code: 'schema', severity: 'error', message: 'This entry needs "name".', range: [1, 4, 1, 11] },
      {
        code: 'schema',
        severity: 'error',
        message: '"following" should be true or false.',
        range: rangeOfText(text, 'yes please'),
      },
      {
        code: 'schema',
        severity: 'error',
        message: '"tags.1" should be text.',
        // the schema names list items by text ("1"), which the path lookup does not take for an
        // index: the problem sits on the whole list rather than on the item (to make precise later)
        range: rangeOfText(text, '[kafka, {city: Berlin}]'),
      },
    ]);
  });

  test('an entry that is not a set of fields is said so once', () => {
    const text = yaml('contacts:', '  - Tobias Ferreira');
    assert.deepStrictEqual(problemsOf(text), [
      { code: 'schema', severity: 'error', message: 'This entry should be a set of fields.', range: [1, 4, 1, 19] },
    ]);
  });

  test("an archive entry's outcome is one of ignored, not-known, removed", () => {
    const text = yaml('archive:', '  - name: Max Hollis', '    outcome: notknown', '    decided: 2026-11-21');
    assert.deepStrictEqual(problemsOf(text), [
      {
        code: 'unknown-outcome',
        severity: 'error',
        message: 'Unknown outcome "notknown": did you mean "not-known"? Known: ignored, not-known, removed.',
        range: rangeOfText(text, 'notknown'),
        fix: 'Change to not-known -> not-known',
      },
    ]);
  });

  test('a rule: its suggestion, the fields it matches, and patterns minimatch can read', () => {
    const text = yaml(
      'rules:',
      '  - match:',
      '      headlines: "*recruit*"',
      '      company: "[staffing"',
      '    suggest: acept',
      '    category: recuiter',
    );
    const fields = 'name, profile, headline, company, position, message, category, email, received, reason';
    assert.deepStrictEqual(problemsOf(text), [
      {
        code: 'unknown-category',
        severity: 'error',
        message: `Unknown category "recuiter": did you mean "recruiter"? ${KNOWN_CATEGORIES}`,
        range: rangeOfText(text, 'recuiter'),
        fix: 'Change to recruiter -> recruiter',
      },
      {
        code: 'unknown-suggestion',
        severity: 'error',
        message: 'Unknown suggestion "acept": did you mean "accept"? Known: accept, ignore, later.',
        range: rangeOfText(text, 'acept'),
        fix: 'Change to accept -> accept',
      },
      {
        code: 'rule-field',
        severity: 'error',
        message: `Unknown field to match "headlines": did you mean "headline"? Known: ${fields}.`,
        range: [2, 6, 2, 15],
        fix: 'Change to headline -> headline',
      },
      {
        code: 'rule-glob',
        severity: 'error',
        message: 'This pattern will not work: a "[" is never closed, so it matches only itself.',
        range: rangeOfText(text, '"[staffing"'),
      },
    ]);
  });

  test('a rule that matches nothing', () => {
    const text = yaml('rules:', '  - match: {}', '    suggest: ignore');
    assert.deepStrictEqual(problemsOf(text), [
      {
        code: 'schema',
        severity: 'error',
        message: '"match" needs at least one field.',
        range: rangeOfText(text, '{}'),
      },
    ]);
  });

  test('a blueprint: a slug id (with the slug as the fix), known channels and audience', () => {
    const text = yaml(
      'blueprints:',
      '  - id: Kafka Migrations, 2026!',
      '    audience: [client, prospects, clinet]',
      '    channels: [post, artcle]',
      '  - id: "!!!"',
      '  - id: Kafka',
    );
    assert.deepStrictEqual(problemsOf(text), [
      {
        code: 'blueprint-id',
        severity: 'error',
        message:
          'A blueprint id is a slug: lower-case letters, digits and dashes (it names the draft files), e.g. kafka-migrations-2026.',
        range: rangeOfText(text, 'Kafka Migrations, 2026!'),
        fix: 'Change to kafka-migrations-2026 -> kafka-migrations-2026',
      },
      {
        code: 'unknown-channel',
        severity: 'error',
        message:
          'Unknown channel "artcle": did you mean "article"? Known: post, article, whitepaper, forum, podcast, blog, webinar.',
        range: rangeOfText(text, 'artcle'),
        fix: 'Change to article -> article',
      },
      {
        code: 'unknown-category',
        severity: 'error',
        message: `Unknown category "prospects": did you mean "prospect"? ${KNOWN_CATEGORIES}`,
        range: rangeOfText(text, 'prospects'),
        fix: 'Change to prospect -> prospect',
      },
      {
        code: 'unknown-category',
        severity: 'error',
        message: `Unknown category "clinet": did you mean "client"? ${KNOWN_CATEGORIES}`,
        range: rangeOfText(text, 'clinet'),
        fix: 'Change to client -> client',
      },
      {
        code: 'blueprint-id',
        severity: 'error',
        message: 'A blueprint id is a slug: lower-case letters, digits and dashes (it names the draft files).',
        range: rangeOfText(text, '"!!!"'),
      },
      {
        code: 'blueprint-id',
        severity: 'error',
        message:
          'A blueprint id is a slug: lower-case letters, digits and dashes (it names the draft files), e.g. kafka.',
        range: rangeOfText(text, 'Kafka', 1),
        fix: 'Change to kafka -> kafka',
      },
    ]);
  });

  test('slugs: lower case, accents dropped, one dash between words, none at the ends', () => {
    assert.strictEqual(slugify('Kafka Migrations, 2026!'), 'kafka-migrations-2026');
    assert.strictEqual(slugify('  Événements & Café  '), 'evenements-cafe');
    assert.strictEqual(slugify('already-a-slug'), 'already-a-slug');
    assert.strictEqual(slugify('!!!'), '');
  });

  test('the problems are worked out once per parsed entry and list, offsets relative to the entry', () => {
    const text = yaml('contacts:', '  - name: Ann', '    category: clinet', '  - name: Bob', '  - name: Cem');
    const model = new NetworkParser().parse(text);
    const [ann, bob, cem] = model.contacts;
    const first = entryProblems(ann, 'contacts');
    assert.strictEqual(entryProblems(ann, 'contacts'), first, 'the same array: from the memo');
    assert.strictEqual(first[0].start, ann.parsed.text.indexOf('clinet'));
    assert.strictEqual(entryProblems(bob, 'contacts'), entryProblems(cem, 'contacts'), 'one shared "no problem"');
    assert.deepStrictEqual(entryProblems(bob, 'contacts'), []);
    const asRule = entryProblems(ann, 'rules');
    assert.notStrictEqual(asRule, first, 'another list, other rules: worked out again');
    assert.ok(asRule.some(p => p.message === 'This entry needs "match".'));
  });
});
