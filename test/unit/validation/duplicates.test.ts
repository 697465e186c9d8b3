import * as assert from 'assert';
import { generateNetwork } from '../../../bench/generateNetwork';
import { NetworkParser } from '../../../src/model/network/networkParser';
import { identityNumberOfEntry } from '../../../src/model/people/person';
import { duplicateBlueprints, duplicatePeople } from '../../../src/model/validation/duplicates';
import { validateNetwork } from '../../../src/model/validation/networkValidation';
import { problemsOf, rangeOfText, yaml } from './shownProblems';

suite('duplicates: the same person twice, the same blueprint id twice', () => {
  test('the same profile, spelt three ways: a warning on each later entry, pointing at the first', () => {
    const text = yaml(
      'contacts:',
      '  - name: Tobias Ferreira',
      '    profile: https://www.linkedin.com/in/tferreira',
      '  - name: Tobias F.',
      '    profile: https://www.linkedin.com/in/TFerreira/?x=1',
      '  - name: T. Ferreira',
      '    profile: linkedin.com/in/tferreira/',
    );
    const first = { range: rangeOfText(text, 'Tobias Ferreira'), message: 'also listed here, in contacts' };
    assert.deepStrictEqual(problemsOf(text), [
      {
        code: 'duplicate-person',
        severity: 'warning',
        message: 'Tobias F. is listed twice: also in contacts (same profile).',
        range: rangeOfText(text, 'Tobias F.'),
        related: first,
      },
      {
        code: 'duplicate-person',
        severity: 'warning',
        message: 'T. Ferreira is listed twice: also in contacts (same profile).',
        range: rangeOfText(text, 'T. Ferreira'),
        related: first,
      },
    ]);
  });

  test('without a profile, by name: trimmed and in any case', () => {
    const text = yaml('contacts:', '  - name: Ann Berg', '  - name: "  ANN BERG "', '  - name: Ann Bergman');
    assert.deepStrictEqual(problemsOf(text), [
      {
        code: 'duplicate-person',
        severity: 'warning',
        message: 'ANN BERG is listed twice: also in contacts (same name).',
        range: rangeOfText(text, '"  ANN BERG "'),
        related: { range: rangeOfText(text, 'Ann Berg'), message: 'also listed here, in contacts' },
      },
    ]);
  });

  test('the same name with different profiles, or with a profile and without, is two people', () => {
    const text = yaml(
      'contacts:',
      '  - {name: Ann Berg, profile: https://www.linkedin.com/in/annberg}',
      '  - {name: Ann Berg, profile: https://www.linkedin.com/in/ann-berg-2}',
      '  - {name: Ann Berg}',
    );
    assert.deepStrictEqual(problemsOf(text), []);
  });

  test('an invitation from a contact: the problem sits on the invitation, wherever the lists are', () => {
    const text = yaml(
      'contacts:',
      '  - name: Priya Anand',
      '    profile: https://www.linkedin.com/in/priya-anand-77',
      'invitations:',
      '  - name: Priya A.',
      '    profile: https://www.linkedin.com/in/Priya-Anand-77/',
    );
    assert.deepStrictEqual(problemsOf(text), [
      {
        code: 'invitation-is-contact',
        severity: 'warning',
        message: 'Priya A. is already a contact (Priya Anand): accept or ignore this invitation, or merge the two.',
        range: rangeOfText(text, 'Priya A.'),
        related: { range: rangeOfText(text, 'Priya Anand'), message: 'also listed here, in contacts' },
      },
    ]);
  });

  test('across the archive and the other lists, and within one list, by the first entry of each list order', () => {
    const text = yaml(
      'archive:',
      '  - {name: Max Hollis, outcome: ignored}',
      '  - {name: Ann Berg, outcome: removed}',
      'contacts:',
      '  - {name: Ann Berg}',
      'invitations:',
      '  - {name: Max Hollis}',
      '  - {name: Max Hollis}',
    );
    assert.deepStrictEqual(problemsOf(text), [
      {
        code: 'duplicate-person',
        severity: 'warning',
        message: 'Max Hollis is listed twice: also in invitations (same name).',
        range: rangeOfText(text, 'Max Hollis', 2),
        related: { range: rangeOfText(text, 'Max Hollis', 1), message: 'also listed here, in invitations' },
      },
      {
        code: 'duplicate-person',
        severity: 'warning',
        message: 'Max Hollis is listed twice: also in invitations (same name).',
        range: rangeOfText(text, 'Max Hollis', 0),
        related: { range: rangeOfText(text, 'Max Hollis', 1), message: 'also listed here, in invitations' },
      },
      {
        code: 'duplicate-person',
        severity: 'warning',
        message: 'Ann Berg is listed twice: also in contacts (same name).',
        range: rangeOfText(text, 'Ann Berg', 0),
        related: { range: rangeOfText(text, 'Ann Berg', 1), message: 'also listed here, in contacts' },
      },
    ]);
  });

  test('an entry without a name or profile is nobody: never a duplicate', () => {
    const text = yaml('contacts:', '  - {company: Acme}', '  - {company: Acme}');
    assert.deepStrictEqual(
      problemsOf(text).map(p => p.code),
      ['schema', 'schema'],
    );
  });

  test('in a large network, exactly the planted copies, each pointing at its original', () => {
    const generated = generateNetwork(1000, 50);
    const model = new NetworkParser().parse(generated);
    assert.deepStrictEqual(validateNetwork(model), [], 'the generated network is clean');
    const copies = [10, 500, 999].map(i => model.contacts[i].parsed.text);
    const withCopies = generated.replace(/^archive:.*\n/m, m => m + copies.join(''));
    const problems = validateNetwork(new NetworkParser().parse(withCopies));
    assert.deepStrictEqual(
      problems.map(p => [p.code, withCopies.slice(p.start, p.end), withCopies.slice(p.related?.start, p.related?.end)]),
      [10, 500, 999].map(i => {
        const name = model.contacts[i].parsed.text.match(/name: (.*)/)?.[1] ?? '';
        return ['duplicate-person', name, name];
      }),
    );
    for (const p of problems) {
      assert.ok(p.related && p.related.start < p.start, 'the original comes first: contacts before the archive');
    }
  });

  test('a blueprint id used twice is an error on the second, pointing at the first', () => {
    const text = yaml(
      'blueprints:',
      '  - id: kafka-migration',
      '    title: Zero-downtime Kafka migrations',
      '  - id: event-sourcing',
      '  - id: kafka-migration',
      '  - {title: no id}',
      '  - {title: no id either}',
    );
    assert.deepStrictEqual(problemsOf(text), [
      { code: 'schema', severity: 'error', message: 'This entry needs "id".', range: rangeOfText(text, 'title', 1) },
      { code: 'schema', severity: 'error', message: 'This entry needs "id".', range: rangeOfText(text, 'title', 2) },
      {
        code: 'duplicate-blueprint',
        severity: 'error',
        message: 'The blueprint id kafka-migration is used twice; drafts could not tell the two apart.',
        range: rangeOfText(text, 'kafka-migration', 1),
        related: { range: rangeOfText(text, 'kafka-migration', 0), message: 'first used here' },
      },
    ]);
  });

  test('the duplicate checks alone, as validateNetwork calls them', () => {
    const text = yaml('contacts:', '  - {name: Ann}', '  - {name: ann}', 'blueprints:', '  - {id: x}', '  - {id: x}');
    const model = new NetworkParser().parse(text);
    validateNetwork(model); // numbers the identities
    const maxIdentity = Math.max(...model.contacts.map(identityNumberOfEntry));
    assert.deepStrictEqual(
      duplicatePeople(model, maxIdentity).map(p => text.slice(p.start, p.end)),
      ['ann'],
    );
    assert.deepStrictEqual(
      duplicateBlueprints(model).map(p => [
        text.slice(p.start, p.end),
        p.related && text.slice(p.related.start, p.related.end),
      ]),
      [['x', 'x']],
    );
    assert.strictEqual(duplicateBlueprints(model)[0].start, text.lastIndexOf('x'));
  });
});
