import * as assert from 'assert';
import {
  addPublicClientEdit,
  confidentialClients,
  confidentialityProblems,
} from '../../../src/model/posts/confidentiality';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { applyEdits } from '../../../src/model/yaml/textEdits';

const NETWORK = [
  'version: 1',
  '',
  'me:',
  '  name: Sam',
  '  publicClients: [Acme Cloud]   # may be named',
  '',
  'contacts:',
  '  - name: Ann',
  '    company: Vantage Bank',
  '    category: client',
  '  - name: Bob',
  '    company: Acme Cloud',
  '    category: client',
  '  - name: Cy',
  '    company: Quiet Co',
  '    category: recruiter',
  'opportunities:',
  '  - {id: a, role: Dev, client: Northwind, stage: interview}',
  '  - {id: b, role: Dev, client: Lead Only, stage: lead}',
  '  - {id: c, role: Dev, client: Gone Ltd, stage: lost, submitted: 2026-10-01}',
  '',
].join('\n');

const lint = (body: string, clients: string[]): string[] =>
  confidentialityProblems(`---\nchannel: post\n---\n${body}`, clients).map(p =>
    `---\nchannel: post\n---\n${body}`.slice(p.start, p.end),
  );

suite('confidentiality: a post that names a client', () => {
  test('who counts: client contacts and opportunities at submitted or later, not the public ones', () => {
    assert.deepStrictEqual(confidentialClients(parseNetwork(NETWORK)), ['Vantage Bank', 'Northwind', 'Gone Ltd']);
  });

  test('whole words, any case, any spacing between words; not inside other words', () => {
    const clients = ['Vantage Bank', 'Northwind'];
    assert.deepStrictEqual(lint('At vantage  BANK we moved.\nNorthwind, and Northwind.', clients), [
      'vantage  BANK',
      'Northwind',
      'Northwind',
    ]);
    assert.deepStrictEqual(lint('Vantage Banking, NorthwindX, xNorthwind, Northwind_2', clients), []);
    assert.deepStrictEqual(
      confidentialityProblems('---\nclient: Northwind\n---\nbody', clients),
      [],
      'front matter is not the post',
    );
    const [p] = confidentialityProblems('Northwind', ['Northwind']);
    assert.strictEqual(p.message, 'names Northwind, a client: check your NDA before publishing');
    assert.strictEqual(p.severity, 'warning');
  });

  test('a client with regular-expression characters is matched as written', () => {
    assert.deepStrictEqual(lint('Worked for C++ (Ltd) once', ['C++ (Ltd)']).length, 1);
  });

  test('the fix adds the company to me.publicClients: flow list, block list, no key, no me', () => {
    const add = (text: string, company: string): string =>
      applyEdits(text, [addPublicClientEdit(parseNetwork(text), company)!]);
    assert.strictEqual(add(NETWORK, 'Vantage Bank'), NETWORK.replace('[Acme Cloud]', '[Acme Cloud, Vantage Bank]'));
    const block = 'me:\n  name: Sam\n  publicClients:\n    - Acme Cloud\n  rate: 1\ncontacts: []\n';
    assert.strictEqual(
      add(block, 'Vantage Bank'),
      block.replace('- Acme Cloud\n', '- Acme Cloud\n    - Vantage Bank\n'),
    );
    const none = 'version: 1\nme:\n  name: Sam\ncontacts: []\n';
    assert.strictEqual(add(none, 'A: B'), 'version: 1\nme:\n  name: Sam\n  publicClients: ["A: B"]\ncontacts: []\n');
    const noMe = 'version: 1\ncontacts: []\n';
    const out = add(noMe, 'Northwind');
    assert.deepStrictEqual(parseNetwork(out).syntaxErrors, []);
    assert.ok(out.includes('me:\n  publicClients: [Northwind]\n'), out);
    assert.strictEqual(add('me:\n  publicClients: []\n', 'X'), 'me:\n  publicClients: [X]\n');
    const crlf = NETWORK.replace(/\n/g, '\r\n');
    assert.strictEqual(add(crlf, 'Vantage Bank'), crlf.replace('[Acme Cloud]', '[Acme Cloud, Vantage Bank]'));
  });
});
