import * as assert from 'assert';
import { nameFromSlug, readProfileUrl } from '../../../src/model/linkedin/profileUrl';

const url = (text: string): string => {
  const r = readProfileUrl(text);
  assert.ok('url' in r, `${text}: ${'refused' in r ? r.refused : ''}`);
  return r.url;
};
const refused = (text: string): string => {
  const r = readProfileUrl(text);
  assert.ok('refused' in r, `${text} should be refused`);
  return r.refused;
};

suite('addPerson reads a LinkedIn profile URL (argument or clipboard)', () => {
  test('profiles as people copy them: with or without scheme, www, query, trailing slash; mobile and country sites', () => {
    assert.strictEqual(url('https://www.linkedin.com/in/priya-anand-77'), 'https://www.linkedin.com/in/priya-anand-77');
    assert.strictEqual(
      url('  https://www.linkedin.com/in/priya-anand-77/?trk=people  '),
      'https://www.linkedin.com/in/priya-anand-77',
    );
    assert.strictEqual(url('linkedin.com/in/tferreira'), 'https://www.linkedin.com/in/tferreira');
    assert.strictEqual(
      url('http://de.linkedin.com/in/tferreira/details/experience/'),
      'https://www.linkedin.com/in/tferreira',
    );
    assert.strictEqual(url('https://m.linkedin.com/in/TFerreira#top'), 'https://www.linkedin.com/in/TFerreira');
    assert.strictEqual(
      url('Met Priya today: https://www.linkedin.com/in/priya-anand-77 (recruiter)'),
      'https://www.linkedin.com/in/priya-anand-77',
    );
    assert.strictEqual(
      url('https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa'),
      'https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa',
    );
  });

  test('a company page, another site or plain text is refused with a sentence that says which', () => {
    assert.strictEqual(
      refused('https://www.linkedin.com/company/nordwerk-gmbh/'),
      'www.linkedin.com/company/nordwerk-gmbh/ is a company page, not a person’s profile (https://www.linkedin.com/in/…)',
    );
    assert.match(refused('https://www.linkedin.com/jobs/view/123'), /is a job posting/);
    assert.match(refused('https://www.linkedin.com/in/'), /not a person’s profile/);
    assert.strictEqual(refused('https://github.com/tferreira'), 'github.com is not linkedin.com');
    assert.strictEqual(
      refused('https://www.linkedin.com.evil.example/in/x'),
      'www.linkedin.com.evil.example is not linkedin.com',
    );
    assert.strictEqual(refused('Tobias Ferreira'), '"Tobias Ferreira" is not a link to a LinkedIn profile');
    assert.strictEqual(refused('   '), 'it is empty');
    assert.match(refused('x'.repeat(80)), /^"x{37}…" is not a link/);
  });

  test('a name from the slug: words capitalised, LinkedIn numbers and ids dropped, escapes decoded', () => {
    assert.strictEqual(nameFromSlug('priya-anand-77'), 'Priya Anand');
    assert.strictEqual(nameFromSlug('tobias-ferreira-4a7b2c1d'), 'Tobias Ferreira');
    assert.strictEqual(nameFromSlug('tferreira'), 'Tferreira');
    assert.strictEqual(nameFromSlug('josé-garcía'), 'José García');
    assert.strictEqual(nameFromSlug('ACoAABcdEfGhIjKlMnOpQrStUv'), undefined);
    assert.strictEqual(nameFromSlug('12345'), undefined);
    const r = readProfileUrl('https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa-1b2');
    assert.ok('url' in r && r.suggestedName === 'José García' && r.slug === 'josé-garcía-1b2');
  });
});
