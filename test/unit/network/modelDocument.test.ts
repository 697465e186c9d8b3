import * as assert from 'assert';
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
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

  test('a model does not keep the models before it alive (nor their texts)', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const parser = new NetworkParser();
    const base = 'contacts:\n  - name: A\n  - name: B\n';
    // the first model, reachable only through what the later ones recorded
    const first = ((): WeakRef<object> => new WeakRef(parser.parse(base)))();
    let text = base;
    let latest = parser.parse(base);
    for (const name of ['C', 'D', 'E']) {
      const added = `  - name: ${name}\n`;
      latest = parser.parse(text + added, { start: text.length, oldEnd: text.length, delta: added.length });
      text += added;
    }
    await new Promise(resolve => setImmediate(resolve)); // a WeakRef holds its target until the job ends
    gc();
    assert.ok(latest.contacts.length === 5, 'the latest model is alive');
    assert.strictEqual(first.deref(), undefined, 'the first model was collected');
  });
});
