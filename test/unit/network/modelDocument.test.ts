import * as assert from 'assert';
import { documentOf } from '../../../src/model/network/modelDocument';
import { NetworkParser, parseNetwork } from '../../../src/model/network/networkParser';

suite('modelDocument: the models of one document', () => {
  test("a parser's models share it as their document; a parse without memory has none", () => {
    const parser = new NetworkParser();
    const a = parser.parse('contacts:\n  - name: A\n');
    const b = parser.parse('contacts:\n  - name: B\n');
    assert.strictEqual(documentOf(a), parser);
    assert.strictEqual(documentOf(b), parser);
    assert.notStrictEqual(documentOf(new NetworkParser().parse('contacts: []\n')), parser);
    assert.strictEqual(documentOf(parseNetwork('contacts: []\n')), undefined);
  });
});
