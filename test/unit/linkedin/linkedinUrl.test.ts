import * as assert from 'assert';
import * as fc from 'fast-check';
import { normaliseProfile, normaliseProfileAnyForm, identityOf, refMatches } from '../../../src/model/people/identity';
import { linkedInUrl } from '../../../src/model/linkedin/linkedinUrl';

suite('LinkedIn links and identity', () => {
  test('only https LinkedIn pages are opened', () => {
    const ok: [string, string][] = [
      ['https://www.linkedin.com/in/tferreira', 'https://www.linkedin.com/in/tferreira'],
      ['https://linkedin.com/in/tferreira/', 'https://www.linkedin.com/in/tferreira/'],
      ['www.linkedin.com/in/x', 'https://www.linkedin.com/in/x'],
      ['/in/x', 'https://www.linkedin.com/in/x'],
    ];
    for (const [input, url] of ok) {
      assert.deepStrictEqual(linkedInUrl(input), { url }, input);
    }
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'http://www.linkedin.com/in/x',
      'https://www.linkedin.com.evil.example/in/x',
      'https://evil.example/www.linkedin.com',
      'https://user:pw@www.linkedin.com/in/x',
      'https://www.linkedin.com:8443/in/x',
      'https://www.linkedin.com\\@evil.example',
      'https://xn--linkedn-ifa.com/in/x',
      'vscode://command/x',
      'data:text/html,x',
      '',
    ]) {
      assert.ok('refused' in linkedInUrl(bad), bad);
    }
  });

  test('profiles are identified without scheme, host, query, trailing slash or case', () => {
    assert.strictEqual(normaliseProfile('https://www.linkedin.com/in/TFerreira/?x=1'), '/in/tferreira');
    assert.strictEqual(normaliseProfile('linkedin.com/in/tferreira'), '/in/tferreira');
    assert.strictEqual(identityOf(undefined, '  Priya Anand '), 'name:priya anand');
    assert.ok(
      refMatches({ profile: 'https://linkedin.com/in/tferreira' }, 'https://www.linkedin.com/in/TFerreira/', 'Tobias'),
    );
    assert.ok(refMatches({ name: 'priya anand' }, undefined, 'Priya Anand'));
    assert.ok(!refMatches({ profile: '/in/other' }, '/in/tferreira', 'Tobias'));
  });

  test('the fast path for plain profile links agrees with the general one', () => {
    const path = fc.stringMatching(/^[A-Za-z0-9\/?#. %_-]{0,24}$/);
    fc.assert(
      fc.property(
        fc.constantFrom(
          'https://www.linkedin.com/',
          'https://www.linkedin.com',
          'http://www.linkedin.com/',
          'https://linkedin.com/',
          '',
        ),
        path,
        (prefix, rest) => {
          const url = prefix + rest;
          assert.strictEqual(normaliseProfile(url), normaliseProfileAnyForm(url), url);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
