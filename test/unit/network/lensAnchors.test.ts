import * as assert from 'assert';
import * as fc from 'fast-check';
import type { NetworkModel } from '../../../src/model/network/network';
import { lensAnchors } from '../../../src/model/network/lensAnchors';
import { NetworkParser } from '../../../src/model/network/networkParser';
import { personOf } from '../../../src/model/people/person';
import { runs } from '../../support/runs';

const parse = (text: string): NetworkModel => new NetworkParser().parse(text);

const anchors = (text: string): [number, string, string][] =>
  lensAnchors(parse(text)).map(a => [a.line, a.entry.list, personOf(a.entry).name]);

suite('lens anchors: where the code lenses of network.yaml go', () => {
  test('one anchor per person, on the line of its `-`, not on the comments above it', () => {
    assert.deepStrictEqual(
      anchors(`version: 1
invitations:
  - name: Priya Anand
    received: 2026-11-20
  # met at the meetup
  - name: Nadia Rahman
contacts:
  - name: Tobias Ferreira
    notes:
      - date: 2026-10-02
        text: Hello
archive:
  - {name: Max Hollis, outcome: ignored}
`),
      [
        [2, 'invitations', 'Priya Anand'],
        [5, 'invitations', 'Nadia Rahman'],
        [7, 'contacts', 'Tobias Ferreira'],
        [12, 'archive', 'Max Hollis'],
      ],
    );
  });

  test('invitations, then contacts, then the archive, whatever order the file has them in', () => {
    assert.deepStrictEqual(
      anchors(`archive:
  - name: Z
contacts:
  - name: A
invitations:
  - name: I
`),
      [
        [5, 'invitations', 'I'],
        [3, 'contacts', 'A'],
        [1, 'archive', 'Z'],
      ],
    );
  });

  test('people in a flow list share its line; rules and blueprints get no lenses', () => {
    assert.deepStrictEqual(
      anchors(`contacts: [{name: A}, {name: B}]
rules:
  - match: {company: "*staffing*"}
    suggest: ignore
blueprints:
  - id: kafka
`),
      [
        [0, 'contacts', 'A'],
        [0, 'contacts', 'B'],
      ],
    );
  });

  test('two entries for one person get a lens each; CRLF lines count once', () => {
    assert.deepStrictEqual(anchors('invitations:\r\n  - name: B\r\n  - name: B\r\n'), [
      [1, 'invitations', 'B'],
      [2, 'invitations', 'B'],
    ]);
  });

  test('a file with YAML errors gets no lenses (no action could be run from them)', () => {
    assert.deepStrictEqual(anchors('contacts:\n  - name: A\n    company: [broken\n'), []);
    assert.deepStrictEqual(anchors('version: 1\n'), [], 'nobody yet, no lenses');
  });
});

suite('lens anchors in a window (a big file gets lenses only around what the editors show)', () => {
  test('the anchors whose line is in one of the ranges, in the same order as without a window', () => {
    const lines = ['version: 1', 'invitations:'];
    for (let i = 0; i < 20; i++) {
      lines.push(`  - name: I${i}`, ...(i % 3 ? ['    received: 2026-11-20'] : []));
    }
    lines.push('contacts: [{name: A}, {name: B}]', 'archive:', '  # a comment', '  - name: Z', '  - {name: Y}');
    for (const eol of ['\n', '\r\n']) {
      const model = parse(lines.join(eol) + eol);
      const all = lensAnchors(model);
      const line = fc.integer({ min: -5, max: lines.length + 5 });
      fc.assert(
        fc.property(fc.array(fc.tuple(line, line), { maxLength: 3 }), window => {
          const expected = all.filter(a => window.some(([first, last]) => a.line >= first && a.line <= last));
          assert.deepStrictEqual(lensAnchors(model, window), expected);
        }),
        { numRuns: runs(300) },
      );
    }
  });
});
