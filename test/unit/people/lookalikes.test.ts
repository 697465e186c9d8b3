import * as assert from 'assert';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { lookalikes, whereInNetwork } from '../../../src/model/people/lookalikes';
import { personOf } from '../../../src/model/people/person';
import { readProfileUrl } from '../../../src/model/linkedin/profileUrl';

const NET = `invitations:
  - name: Priya Anand
    profile: https://www.linkedin.com/in/priya-anand-77
contacts:
  - name: Tobias Ferreira
    profile: https://www.linkedin.com/in/tferreira
  - name: José García
  - name: Mia Rossi
    profile: https://www.linkedin.com/in/mia-rossi-talent
archive:
  - name: Max Hollis
    outcome: ignored
`;

suite('lookalikes: who a person being added may already be', () => {
  const model = parseNetwork(NET);
  const names = (url: string): string[] => {
    const read = readProfileUrl(url);
    assert.ok(!('refused' in read), url);
    return lookalikes(model, read.url, read.slug, read.suggestedName).map(e => personOf(e).name);
  };

  test('the address spells their name: initial and last name, or the whole name, accents aside', () => {
    assert.deepStrictEqual(names('https://www.linkedin.com/in/tobias-ferreira-1a2b3c'), ['Tobias Ferreira']);
    assert.deepStrictEqual(names('https://www.linkedin.com/in/jgarcia'), ['José García']);
    assert.deepStrictEqual(names('https://www.linkedin.com/in/josegarcia'), ['José García']);
  });

  test('the suggested name is close to theirs: a slip, a first name, another case', () => {
    assert.deepStrictEqual(names('https://www.linkedin.com/in/pria-anand-9'), ['Priya Anand']);
    assert.deepStrictEqual(names('https://www.linkedin.com/in/mia'), ['Mia Rossi']);
    assert.deepStrictEqual(names('https://www.linkedin.com/in/max-hollis'), ['Max Hollis']);
  });

  test('the same profile is not a lookalike (addPerson refuses it), and strangers have none', () => {
    assert.deepStrictEqual(names('https://www.linkedin.com/in/TFerreira/'), []);
    assert.deepStrictEqual(names('https://www.linkedin.com/in/li-wei-9a8b7c'), []);
    assert.deepStrictEqual(names('https://www.linkedin.com/in/ACoAAB1234567890abcdefgh'), []);
  });

  test('where each one is, in words', () => {
    assert.deepStrictEqual([model.invitations[0], model.contacts[0], model.archive[0]].map(whereInNetwork), [
      'already in your network as an invitation',
      'already in your network as a contact',
      'in your archive',
    ]);
  });
});
