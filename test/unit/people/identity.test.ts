import * as assert from 'assert';
import * as fc from 'fast-check';
import {
  identityOf,
  normaliseName,
  normaliseProfile,
  normaliseProfileAnyForm,
  refMatches,
} from '../../../src/model/people/identity';

suite('identity: who an entry is', () => {
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
    const path = fc.stringMatching(/^[A-Za-z0-9/?#. %_-]{0,24}$/);
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

  test('every way of writing one profile link is the same person', () => {
    const forms = [
      'https://www.linkedin.com/in/tferreira',
      'https://www.linkedin.com/in/TFerreira/?x=1',
      'https://www.linkedin.com/in/tferreira/',
      'https://www.linkedin.com/in/tferreira//',
      'https://www.linkedin.com/in/tferreira#experience',
      'http://www.linkedin.com/in/tferreira',
      'HTTPS://WWW.LINKEDIN.COM/in/TFERREIRA',
      'https://linkedin.com/in/tferreira',
      'www.linkedin.com/in/tferreira',
      'linkedin.com/in/tferreira?trk=public_profile',
      '  https://www.linkedin.com/in/tferreira  ',
      '/in/tferreira',
      'in/tferreira',
    ];
    for (const form of forms) {
      assert.strictEqual(normaliseProfile(form), '/in/tferreira', form);
      assert.strictEqual(identityOf(form, 'Someone Else'), 'profile:/in/tferreira', form);
    }
  });

  test('property: case, a query, a fragment and trailing slashes never change who a profile is', () => {
    const slug = fc.stringMatching(/^[A-Za-z0-9-]{1,20}$/);
    const suffix = fc.constantFrom('', '/', '//', '?x=1', '/?utm_source=share', '#about', '/#about');
    const prefix = fc.constantFrom('https://www.linkedin.com', 'https://linkedin.com', 'www.linkedin.com', '');
    fc.assert(
      fc.property(prefix, slug, suffix, fc.boolean(), (pre, s, suf, upper) => {
        const url = `${pre}/in/${upper ? s.toUpperCase() : s}${suf}`;
        assert.strictEqual(normaliseProfile(url), `/in/${s.toLowerCase()}`, url);
      }),
      { numRuns: 1000 },
    );
  });

  test('a profile that names no page is no identity: the name is used instead', () => {
    for (const empty of ['', '   ', 'https://www.linkedin.com/', 'https://www.linkedin.com', 'www.linkedin.com']) {
      assert.strictEqual(normaliseProfile(empty), undefined, JSON.stringify(empty));
      assert.strictEqual(identityOf(empty, 'Priya Anand'), 'name:priya anand', JSON.stringify(empty));
    }
  });

  test('without a profile, the name is the identity: trimmed and case-insensitive', () => {
    assert.strictEqual(normaliseName('  PRIYA Anand\t'), 'priya anand');
    assert.strictEqual(identityOf(undefined, 'Priya Anand'), identityOf(undefined, ' priya ANAND '));
    assert.notStrictEqual(identityOf(undefined, 'Priya Anand'), identityOf(undefined, 'Priya  Anand'));
    assert.strictEqual(identityOf(undefined, 'Zoë'), 'name:zoë');
  });

  test('the profile wins over the name: two entries with one name and two profiles are two people', () => {
    assert.notStrictEqual(
      identityOf('https://www.linkedin.com/in/anna-1', 'Anna Berg'),
      identityOf('https://www.linkedin.com/in/anna-2', 'Anna Berg'),
    );
    assert.strictEqual(
      identityOf('https://www.linkedin.com/in/anna-1', 'Anna Berg'),
      identityOf('https://www.linkedin.com/in/Anna-1/', 'A. Berg'),
    );
  });

  test('an entry with neither a profile nor a name has no identity', () => {
    assert.strictEqual(identityOf(undefined, undefined), undefined);
    assert.strictEqual(identityOf('', '  '), undefined);
    assert.strictEqual(identityOf(42, { name: 'x' }), undefined, 'values that are not text are ignored');
  });

  test('references from scripts: by profile when both sides have one, else by name', () => {
    const tobias = 'https://www.linkedin.com/in/tferreira';
    // both have a profile: only the profile counts
    assert.ok(refMatches({ profile: '/in/TFerreira', name: 'Wrong Name' }, tobias, 'Tobias Ferreira'));
    assert.ok(!refMatches({ profile: '/in/someone', name: 'Tobias Ferreira' }, tobias, 'Tobias Ferreira'));
    // the entry has no profile: the reference's name decides
    assert.ok(refMatches({ profile: '/in/tferreira', name: ' tobias ferreira ' }, undefined, 'Tobias Ferreira'));
    assert.ok(!refMatches({ profile: '/in/tferreira' }, undefined, 'Tobias Ferreira'));
    // a name alone matches the entry whatever its profile
    assert.ok(refMatches({ name: 'TOBIAS FERREIRA' }, tobias, 'Tobias Ferreira'));
    assert.ok(!refMatches({ name: 'Tobias' }, tobias, 'Tobias Ferreira'));
    assert.ok(!refMatches({}, tobias, 'Tobias Ferreira'), 'an empty reference matches nobody');
  });
});
