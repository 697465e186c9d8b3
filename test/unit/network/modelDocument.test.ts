import * as assert from 'assert';
import { documentOf, keptEntryCount } from '../../../src/model/network/modelDocument';
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

  test('the entries an incremental parse kept are counted against the list of the model it reused', () => {
    const parser = new NetworkParser();
    const base = 'contacts:\n  - name: A\n  - name: B\n  - name: C\n';
    const a = parser.parse(base);
    const added = '  - name: D\n';
    const b = parser.parse(base + added, { start: base.length, oldEnd: base.length, delta: added.length });
    const kept = keptEntryCount(b, 'contacts', a.contacts);
    assert.ok(kept > 0, 'an entry added at the end keeps the ones before it');
    for (let i = 0; i < kept; i++) {
      assert.strictEqual(b.contacts[i], a.contacts[i]);
    }
    // against any other list (not the reused model's), nothing is known
    assert.strictEqual(keptEntryCount(b, 'contacts', [...a.contacts]), 0);
    assert.strictEqual(keptEntryCount(a, 'contacts', a.contacts), 0);
    assert.strictEqual(keptEntryCount(parseNetwork(base), 'contacts', a.contacts), 0);
  });
});
