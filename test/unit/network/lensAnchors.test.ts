import * as assert from 'assert';
import type { NetworkModel } from '../../../src/model/network/network';
import { lensAnchors } from '../../../src/model/network/lensAnchors';
import { NetworkParser } from '../../../src/model/network/networkParser';
import { personOf } from '../../../src/model/people/person';

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
