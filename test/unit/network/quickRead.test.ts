import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import { generateNetwork } from '../../../bench/generateNetwork';
import type { NetworkModel } from '../../../src/model/network/network';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { quickPeopleModel } from '../../../src/model/network/quickRead';
import type { GroupOptions } from '../../../src/model/people/peopleGroups';
import { groupPeople } from '../../../src/model/people/peopleGroups';
import { network, renderNetwork } from '../../support/networkArbitrary';
import { runs } from '../../support/runs';

const ROOT = path.join(__dirname, '..', '..', '..', '..');
const TODAY = '2026-11-20';
const OPTIONS: GroupOptions[] = [
  { today: TODAY, availabilityLeadWeeks: 8, groupBy: 'category' },
  { today: TODAY, availabilityLeadWeeks: 8, groupBy: 'company' },
  { today: '2026-03-02', availabilityLeadWeeks: 2, groupBy: 'category' },
];

/** The People view's first level of a model: each group's kind, label, description and count. */
function firstLevel(model: NetworkModel, options: GroupOptions): string[] {
  return groupPeople(model, options).map(g => `${g.kind}|${g.label}|${g.description ?? ''}|${g.entries.length}`);
}

/**
 * The quick first level is the parsed model's, exactly, whenever there is one and the file reads;
 * returns whether there was one.
 */
function assertSameFirstLevel(text: string): boolean {
  const quick = quickPeopleModel(text);
  const full = parseNetwork(text);
  if (!quick || full.syntaxErrors.length > 0) {
    return false;
  }
  for (const options of OPTIONS) {
    assert.deepStrictEqual(firstLevel(quick, options), firstLevel(full, options), JSON.stringify(options));
  }
  return true;
}

function yamlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(d => {
    const f = path.join(dir, d.name);
    return d.isDirectory() ? yamlFiles(f) : f.endsWith('.yaml') ? [f] : [];
  });
}

/** Group fields on some contacts, `me.availableFrom` and a cadence for every category: all groups in play. */
const extras = fc.record({
  availableFrom: fc.constantFrom('2026-12-01', '2026-03-10', '2025-01-01', 'soon'),
  fields: fc.array(
    fc.tuple(
      fc.constantFrom('lastContact', 'followUp', 'connected', 'availabilityTold', 'snoozed'),
      fc.constantFrom('2026-11-01', '2026-12-01', '2024-01-31', '2026-03-10', '"2026-10-01"', 'not a day', '~'),
    ),
    { maxLength: 12 },
  ),
});

function withExtras(text: string, x: { availableFrom: string; fields: [string, string][] }): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  let k = 0;
  return text
    .replace(`me:${eol}  name: Sam Keller`, `me:${eol}  name: Sam Keller${eol}  availableFrom: ${x.availableFrom}`)
    .replace(`cadence:${eol}  client: 30`, `cadence:${eol}  client: 30${eol}  peer: 90${eol}  recruiter: 60`)
    .replace(/^(\s*)- name: (.*)$/gm, (line, pad: string) => {
      const f = x.fields[k++];
      return f && !line.includes('#') ? `${line}${eol}${pad}  ${f[0]}: ${f[1]}` : line;
    });
}

suite('quick read: the People view’s first level before the parse', () => {
  test('the examples and every fixture network: the same groups and counts as the parsed model', () => {
    const files = [path.join(ROOT, 'examples', 'network.yaml'), ...yamlFiles(path.join(ROOT, 'test', 'fixtures'))];
    let quick = 0;
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      try {
        quick += assertSameFirstLevel(text) ? 1 : 0;
      } catch (e) {
        throw new Error(`${path.relative(ROOT, f)}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
      }
    }
    assert.ok(
      quickPeopleModel(fs.readFileSync(path.join(ROOT, 'examples', 'network.yaml'), 'utf8')),
      'examples read quickly',
    );
    assert.ok(quick >= files.length / 2, `${quick} of ${files.length} fixtures read quickly`);
  });

  test('the benchmark’s generated network', () => {
    assert.ok(assertSameFirstLevel(generateNetwork(3000)), 'read quickly');
  });

  test('random networks in the many ways people write them, with the group fields: the same first level', () => {
    let quick = 0;
    let total = 0;
    fc.assert(
      fc.property(network, extras, (n, x) => {
        total++;
        quick += assertSameFirstLevel(withExtras(renderNetwork(n), x)) ? 1 : 0;
      }),
      { numRuns: runs(500) },
    );
    assert.ok(quick > total / 2, `${quick} of ${total} read quickly`);
  });

  test('random mutations: the same first level whenever the quick read and the parse both read the file', () => {
    const mutation = fc.record({
      at: fc.nat(),
      del: fc.nat({ max: 4 }),
      ins: fc.constantFrom(
        '',
        ' ',
        '\n',
        '#',
        '-',
        ':',
        '"',
        "'",
        '{',
        'category: x\n',
        '  ',
        '\t',
        'moved: 2026-01-01',
      ),
    });
    fc.assert(
      fc.property(network, extras, fc.array(mutation, { minLength: 1, maxLength: 3 }), (n, x, muts) => {
        let text = withExtras(renderNetwork(n), x);
        for (const m of muts) {
          const at = m.at % (text.length + 1);
          text = text.slice(0, at) + m.ins + text.slice(at + m.del);
        }
        assertSameFirstLevel(text);
      }),
      { numRuns: runs(1000) },
    );
  });

  test('gives up where only the parse can say', () => {
    for (const text of [
      'contacts:\n  - name: A\n    category: client\n      continued\n', // a plain scalar over two lines
      'contacts:\n  - name: A\n    "category": client\n', // a quoted key
      'contacts:\n  - name: A\n    category: client\n    category: peer\n', // a duplicate key
      'contacts:\n  - name: A\n    category:\n', // the value below the key (here: none)
      'contacts:\n  - {name: A,\n     category: client}\n', // a flow entry over two lines
      'contacts:\n  -\n    name: A\n', // the entry's keys on the lines below its dash
      'contacts:\n  - name: A\n    category: !!str client\n', // a tag
      'me: &me\n  name: Sam\ncontacts: []\n', // a settings section the fast parser declines
      'contacts: [{name: A}]\n', // a list written inline
      'contacts:\n  - name: A\n    category:\tclient\n', // a tab after the colon
      'contacts:\n  - name: A\n    category\t: client\n', // a tab before it
    ]) {
      assert.strictEqual(quickPeopleModel(text), undefined, text);
    }
  });

  test('reads block and flow entries, comments, a key before `:` with spaces, CRLF', () => {
    const text =
      'cadence:\r\n  client: 30\r\ncontacts:\r\n  # about A\r\n  - name: A   # first\r\n    category : client\r\n    tags:\r\n    - x\r\n    lastContact: 2026-01-01 # long ago\r\n  - {name: B, category: peer, moved: 2026-11-01}\r\n';
    const quick = quickPeopleModel(text);
    assert.ok(quick);
    assert.deepStrictEqual(
      quick.contacts.map(e => e.parsed.value),
      [
        { category: 'client', lastContact: '2026-01-01' },
        { name: 'B', category: 'peer', moved: '2026-11-01' },
      ],
    );
    assert.ok(assertSameFirstLevel(text));
  });
});
