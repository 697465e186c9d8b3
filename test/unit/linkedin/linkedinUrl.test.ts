import * as assert from 'assert';
import { INVITATION_MANAGER_URL, linkedInUrl, todoPage } from '../../../src/model/linkedin/linkedinUrl';

suite('LinkedIn links', () => {
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

  test('the page opened is the one written: path, query and anchor kept, spaces around trimmed', () => {
    assert.deepStrictEqual(linkedInUrl('  https://www.linkedin.com/in/TFerreira/?locale=de_DE#about \n'), {
      url: 'https://www.linkedin.com/in/TFerreira/?locale=de_DE#about',
    });
    assert.deepStrictEqual(linkedInUrl('LinkedIn.com/company/nordwerk'), {
      url: 'https://www.linkedin.com/company/nordwerk',
    });
    assert.deepStrictEqual(linkedInUrl(INVITATION_MANAGER_URL), { url: INVITATION_MANAGER_URL });
  });

  test('a refusal says why, in words the message to the user can end with', () => {
    const why = (profile: string): string => {
      const r = linkedInUrl(profile);
      assert.ok('refused' in r, profile);
      return r.refused;
    };
    assert.strictEqual(why('   '), 'the profile is empty');
    assert.strictEqual(
      why('https://www.linkedin.com/in/a b'),
      'the profile contains spaces, control characters or backslashes',
    );
    assert.strictEqual(
      why('http://www.linkedin.com/in/x'),
      'only https://www.linkedin.com links are opened, not http: links',
    );
    assert.strictEqual(why('https://user@www.linkedin.com/in/x'), 'it carries a user name, password or port');
    assert.strictEqual(why('https://evil.example/in/x'), 'evil.example is not linkedin.com');
    assert.strictEqual(why('https://[::1'), 'it is not a valid URL');
  });
});

suite('the page a LinkedIn to-do is done on', () => {
  test('the invitation manager for accept, ignore and not-known; the profile for the rest, else a search by name', () => {
    for (const todo of ['accept', 'ignore', 'not-known']) {
      assert.strictEqual(
        todoPage(todo, 'https://www.linkedin.com/in/x', 'X'),
        'https://www.linkedin.com/mynetwork/invitation-manager/',
      );
    }
    for (const todo of ['remove', 'unfollow', 'follow']) {
      assert.strictEqual(todoPage(todo, 'https://www.linkedin.com/in/x', 'X'), 'https://www.linkedin.com/in/x');
    }
    assert.strictEqual(
      todoPage('remove', undefined, 'Zoë O’Brien'),
      'https://www.linkedin.com/search/results/people/?keywords=Zo%C3%AB%20O%E2%80%99Brien',
    );
    assert.deepStrictEqual(linkedInUrl(todoPage('remove', '  ', 'A&B')), {
      url: 'https://www.linkedin.com/search/results/people/?keywords=A%26B',
    });
  });
});
