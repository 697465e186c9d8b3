import * as assert from 'assert';
import { NetworkParser } from '../../../src/model/network/networkParser';
import { PERSON_LISTS } from '../../../src/model/network/network';
import { startIdentityNumbering } from '../../../src/model/people/person';
import { DuplicateFinder } from '../../../src/model/validation/duplicateFinder';
import { yaml } from './shownProblems';

suite('duplicateFinder: the same person twice, found in one pass', () => {
  test('a table guessed far too small grows: every later repeat is found, pointing at the first', () => {
    const names = Array.from({ length: 40 }, (_, i) => `Person ${i}`);
    const text = yaml(
      'invitations:',
      '  - {name: Person 39}',
      'contacts:',
      ...names.map(n => `  - {name: ${n}}`),
      'archive:',
      '  - {name: person 3}',
    );
    const model = new NetworkParser().parse(text);
    startIdentityNumbering();
    const finder = new DuplicateFinder(model, 1);
    PERSON_LISTS.forEach((list, li) => model[list].forEach((e, i) => finder.add(e, li, i)));
    assert.deepStrictEqual(
      finder.problems().map(p => [text.slice(p.start, p.end), p.related && text.slice(p.related.start, p.related.end)]),
      [
        // an invitation of a contact: the problem sits on the invitation, whichever comes first
        ['Person 39', 'Person 39'],
        ['person 3', 'Person 3'],
      ],
    );
    assert.ok(finder.problems()[0].start < text.indexOf('contacts:'), 'on the invitation');
  });
});
