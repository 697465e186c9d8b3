import * as assert from 'assert';
import { linkedInUrl } from '../../../src/model/linkedin/linkedinUrl';

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
});
