import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseNetwork } from '../../../src/model/network/networkParser';
import {
  agoInWords,
  audienceItem,
  audienceOf,
  isSentNoteOf,
  lastHeardInWords,
  peopleSentTo,
  sentNote,
  sentParts,
  sentTitle,
  sentTo,
} from '../../../src/model/posts/audience';
import { blueprintsOf } from '../../../src/model/posts/blueprints';
import { draftTitle } from '../../../src/model/posts/draftTitle';
import { REPO_ROOT } from '../../support/repoRoot';

const TODAY = '2026-11-26';
const share = (): string => fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/edits/share.yaml'), 'utf8');

suite('shareWithAudience: the audience, its order, the note', () => {
  test("the blueprint's audience categories (any case, trimmed), contacts only, longest unheard first", () => {
    const model = parseNetwork(share());
    const [kafka, none] = blueprintsOf(model);
    const members = audienceOf(model, kafka);
    assert.deepStrictEqual(
      members.map(m => [m.person.name, m.sinceKind, m.since]),
      [
        ['Quiet Client', 'never', undefined],
        ['Flow Prospect', 'connected', '2025-02-01'],
        ['Tobias Ferreira', 'lastContact', '2026-04-20'],
        ['Recent Prospect', 'lastContact', '2026-11-20'],
      ],
      'the recruiter and the archived client are not in it',
    );
    assert.deepStrictEqual(
      members.map(m => lastHeardInWords(m, TODAY)),
      [
        'never contacted',
        'connected 22 months ago, never contacted',
        'last contact 7 months ago',
        'last contact 6 days ago',
      ],
    );
    assert.deepStrictEqual(audienceOf(model, none), [], 'a blueprint without audience has nobody');
  });

  test('a lastContact that is not a day falls back to connected; equals keep the file order', () => {
    const model = parseNetwork(
      [
        'contacts:',
        '  - {name: B, category: client, connected: 2020-01-01}',
        '  - {name: A, category: client, lastContact: soon, connected: 2020-01-01}',
        '  - {name: C, category: client, lastContact: 2019-12-31}',
        'blueprints:',
        '  - {id: x, audience: [client]}',
        '',
      ].join('\n'),
    );
    const members = audienceOf(model, blueprintsOf(model)[0]);
    assert.deepStrictEqual(
      members.map(m => [m.person.name, m.sinceKind]),
      [
        ['C', 'lastContact'],
        ['B', 'connected'],
        ['A', 'connected'],
      ],
    );
  });

  test('how long ago, in words', () => {
    assert.deepStrictEqual(
      ['2026-11-26', '2026-11-27', '2026-11-25', '2026-11-16', '2026-10-29', '2026-04-20', '2024-11-26'].map(d =>
        agoInWords(d, TODAY),
      ),
      ['today', 'today', 'yesterday', '10 days ago', '4 weeks ago', '7 months ago', '2 years ago'],
    );
  });

  test('the note: title and url, or the title alone; it reads back', () => {
    const url = 'https://www.linkedin.com/feed/update/urn:li:share:7448081445065035';
    assert.strictEqual(sentNote('Zero downtime', ` ${url} `), `Sent "Zero downtime" ${url}`);
    assert.strictEqual(sentNote('Zero downtime', undefined), 'Sent "Zero downtime"');
    assert.strictEqual(sentNote('Zero downtime', '  '), 'Sent "Zero downtime"');
    assert.strictEqual(sentTitle(sentNote('He said "no"', url)), 'He said "no"');
    assert.strictEqual(sentTitle('Sent "Zero downtime"'), 'Zero downtime');
    assert.strictEqual(sentTitle('Sent the CV'), undefined);
    assert.strictEqual(sentTitle('Sent "A" and then "B" twice'), undefined);
  });

  test("the title is the Content view's: first heading, else first line, marks dropped, cut at 70", () => {
    assert.strictEqual(draftTitle('---\nblueprint: x\n---\n\n# **Zero** downtime\n\nBody', 'a.md'), 'Zero downtime');
    assert.strictEqual(draftTitle('---\nchannel: post\n---\n{{prompt}}\nFirst line\n', 'a.md'), 'First line');
    assert.strictEqual(draftTitle('---\nchannel: post\n---\n', 'a.md'), 'a.md');
    assert.strictEqual(draftTitle(`# ${'x'.repeat(80)}`, 'a.md'), `${'x'.repeat(67)}…`);
  });

  test('who got which title: each person once, archived people count', () => {
    const model = parseNetwork(
      [
        'contacts:',
        '  - name: A',
        '    notes:',
        '      - {date: 2026-11-01, text: Sent "T" https://www.linkedin.com/x}',
        '      - {date: 2026-11-02, text: Sent "T"}',
        '  - name: B',
        '    profile: https://www.linkedin.com/in/b',
        '    notes: [{date: 2026-11-01, text: Sent "U"}, {text: Sent the CV}]',
        'archive:',
        '  - name: C',
        '    notes: [{date: 2026-11-01, text: Sent "T"}]',
        '',
      ].join('\n'),
    );
    const sent = sentTo(model);
    assert.deepStrictEqual(
      [...sent.byTitle].map(([t, who]) => [t, who.size]),
      [
        ['T', 2],
        ['U', 1],
      ],
    );
    assert.deepStrictEqual(
      [...sent.byUrl].map(([u, who]) => [u, who.size]),
      [['https://www.linkedin.com/x', 1]],
    );
  });

  test("a note is the draft's when it carries the draft's url (a renamed heading) or names its current title", () => {
    const url = 'https://www.linkedin.com/feed/update/urn:li:share:1';
    assert.deepStrictEqual(sentParts(`  Sent "Old title" ${url} `), { title: 'Old title', url });
    assert.deepStrictEqual(sentParts('Sent "Old title"'), { title: 'Old title', url: undefined });
    assert.strictEqual(isSentNoteOf(`Sent "Old title" ${url}`, { title: 'New title', url: ` ${url}` }), true);
    assert.strictEqual(isSentNoteOf('Sent "New title"', { title: 'New title', url }), true, 'by title alone');
    assert.strictEqual(isSentNoteOf('Sent "New title"', { title: 'New title' }), true);
    assert.strictEqual(isSentNoteOf(`Sent "Old title" ${url}`, { title: 'New title' }), false, 'no url: title only');
    assert.strictEqual(isSentNoteOf(`Sent "Other" ${url}2`, { title: 'New title', url }), false, "another draft's");
    assert.strictEqual(isSentNoteOf(`Met about "New title" ${url}`, { title: 'New title', url }), false);
  });

  test('who got the drafts of a cell: by url or by current title, each person once', () => {
    const url = 'https://www.linkedin.com/feed/update/urn:li:share:1';
    const model = parseNetwork(
      [
        'contacts:',
        `  - {name: A, notes: [{text: 'Sent "Old title" ${url}'}, {text: 'Sent "New title"'}]}`,
        `  - {name: B, notes: [{text: 'Sent "Old title" ${url}'}]}`,
        `  - {name: C, notes: [{text: 'Sent "New title"'}]}`,
        `  - {name: D, notes: [{text: 'Sent "Other" ${url}9'}, {text: 'Sent "Old title"'}]}`,
        '',
      ].join('\n'),
    );
    const sent = sentTo(model);
    const names = (s: Set<string>): string[] => [...s].map(who => who.replace('name:', '')).sort();
    assert.deepStrictEqual(names(peopleSentTo(sent, [{ title: 'New title', url }])), ['a', 'b', 'c']);
    assert.deepStrictEqual(names(peopleSentTo(sent, [{ title: 'New title' }])), ['a', 'c']);
    assert.deepStrictEqual(names(peopleSentTo(sent, [{ title: 'Other' }, { url: `${url}9` }])), ['d']);
    assert.deepStrictEqual(names(peopleSentTo(sent, [])), []);
  });

  test('the pick: each member with when they last heard from you, and "already sent this on <date>"', () => {
    const url = 'https://www.linkedin.com/feed/update/urn:li:share:7';
    const model = parseNetwork(
      share()
        .replace(
          "        text: 'Wants a Kafka migration blueprint.'\n",
          `        text: 'Wants a Kafka migration blueprint.'\n      - {date: 2026-11-01, text: 'Sent "Zero downtime" ${url}'}\n`,
        )
        .replace('    notes: []\n', '    notes: [{text: Sent "Kafka without downtime"}]\n'),
    );
    const members = audienceOf(model, blueprintsOf(model)[0]);
    const rows = (draft: { title: string; url?: string }): string[][] =>
      members.map(m => audienceItem(m, draft, TODAY)).map(i => [i.label, i.description, i.detail]);
    assert.deepStrictEqual(rows({ title: 'Kafka without downtime', url }), [
      ['Quiet Client', 'client · Gridline', 'never contacted'],
      ['Flow Prospect', 'Prospect', 'connected 22 months ago, never contacted'],
      ['Tobias Ferreira', 'client · Nordwerk GmbH', 'last contact 7 months ago · already sent this on 2026-11-01'],
      ['Recent Prospect', 'prospect', 'last contact 6 days ago · already sent this on ?'],
    ]);
    assert.deepStrictEqual(
      rows({ title: 'Kafka without downtime' }).map(r => r[2]),
      [
        'never contacted',
        'connected 22 months ago, never contacted',
        'last contact 7 months ago',
        'last contact 6 days ago · already sent this on ?',
      ],
      'without the url, the renamed draft is known by its title alone',
    );
    const tobias = audienceItem(members[2], { title: 'x' }, TODAY);
    assert.deepStrictEqual(tobias.ref, {
      name: 'Tobias Ferreira',
      profile: 'https://www.linkedin.com/in/tferreira',
      list: 'contacts',
      index: members[2].entry.index,
    });
  });
});
