import * as assert from 'assert';
import { generateNetwork } from '../../../bench/generateNetwork';
import { mentionCandidates } from '../../../src/model/mentions/mentionPeople';
import type { Entry, NetworkModel } from '../../../src/model/network/network';
import { record, text } from '../../../src/model/network/network';
import { parseNetwork } from '../../../src/model/network/networkParser';

/** Completion's order worked out the plain way: every person, every field, lower-cased anew. */
function expected(model: NetworkModel, query: string, max: number): string[] {
  const q = query.trim().toLowerCase();
  const rows: { name: string; tier: number; list: number; at: number }[] = [];
  [model.contacts, model.invitations].forEach((entries: readonly Entry[], list) =>
    entries.forEach((e, at) => {
      const r = record(e);
      const name = text(r.name)?.trim();
      if (!name) {
        return;
      }
      const lower = name.toLowerCase();
      const extra = [r.headline, r.position, r.company].map(v => (text(v) ?? '').toLowerCase());
      let tier = -1;
      if (lower.startsWith(q)) {
        tier = 0;
      } else if ([...lower.matchAll(new RegExp(`(?<=[\\s\\-'.])${escape(q)}`, 'g'))].length) {
        tier = 1;
      } else if (lower.includes(q) || extra.some(x => x.includes(q))) {
        tier = 2;
      }
      if (tier >= 0) {
        rows.push({ name, tier, list, at });
      }
    }),
  );
  rows.sort((a, b) => a.tier - b.tier || a.list - b.list || a.at - b.at);
  return rows.slice(0, max).map(r => r.name);
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const names = (model: NetworkModel, q: string, max = 50): string[] => mentionCandidates(model, q, max).map(c => c.name);

suite('mentions: completion over thousands of people', () => {
  // 5,000 contacts and 300 invitations: the people are searched in blocks of 2,048
  const big = parseNetwork(generateNetwork(5000));

  test('the same people in the same order as a search of every person, for queries of every kind', () => {
    const queries = ['', 'pri', 'P', 'an', 'a', 'engineer', 'helix', ' Omar ', 'lindqvist 1', 'zzz-nobody', 'in'];
    for (const q of queries) {
      for (const max of [1, 50, 400]) {
        assert.deepStrictEqual(names(big, q, max), expected(big, q, max), `query "${q}", max ${max}`);
      }
    }
    // a person in the last block, and an invitation (after every contact)
    const last = text(record(big.contacts[4999]).name)!;
    assert.deepStrictEqual(names(big, last), expected(big, last, 50));
    const invited = text(record(big.invitations[299]).name)!;
    assert.ok(names(big, invited).includes(invited.trim()), invited);
  });

  test('asking again, or asking something else, gives the same answer (the blocks made once are reused)', () => {
    const first = names(big, 'omar', 400);
    assert.deepStrictEqual(names(big, 'omar', 400), first);
    assert.deepStrictEqual(names(big, 'Omar', 10), first.slice(0, 10));
  });

  test('a letter whose lower case is longer (İ) does not shift the people after it', () => {
    const model = parseNetwork(
      [
        'contacts:',
        '  - name: İlker İnce',
        '    headline: İstanbul İş Bankası',
        '  - name: Priya Anand',
        '    company: Brightlane',
        '  - name: Ann Pri',
        '  - name: Apriline Kay',
        '',
      ].join('\n'),
    );
    assert.deepStrictEqual(names(model, 'pri'), ['Priya Anand', 'Ann Pri', 'Apriline Kay']);
    assert.deepStrictEqual(names(model, 'bright'), ['Priya Anand']);
    assert.deepStrictEqual(names(model, 'kay'), ['Apriline Kay']);
    assert.deepStrictEqual(names(model, 'ilker'), [], 'İ lower-cases to i and a dot above');
    assert.deepStrictEqual(names(model, 'bankası'), ['İlker İnce']);
  });

  test('nothing for a query with the characters the search keeps between people, or none wanted', () => {
    const model = parseNetwork('contacts:\n  - name: Ann Lee\n  - name: Bo Li\n');
    assert.deepStrictEqual(names(model, '\u0000'), []);
    assert.deepStrictEqual(names(model, 'ann\u0001'), []);
    assert.deepStrictEqual(names(model, 'ann', 0), []);
    assert.deepStrictEqual(names(model, 'l'), ['Ann Lee', 'Bo Li'], 'a word of the name');
  });
});
