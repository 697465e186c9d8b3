import * as assert from 'assert';
import { LINKEDIN_TODOS, record } from '../../../src/model/network/network';
import { NetworkParser } from '../../../src/model/network/networkParser';
import { todoEntries, todoOf } from '../../../src/model/people/linkedinTodos';
import { personOf, todoField } from '../../../src/model/people/person';

// todoOf (what the tree and the to-do queue read) and the person view's todoOnLinkedIn read the
// field by one rule (todoField): for any value, the to-do is the person's when it is one of the
// contract's values, and none otherwise.

const VALUES = [
  'accept',
  ' ignore ',
  '"  not-known"',
  '"remove\\t"',
  'unfollow  # done soon',
  '"follow\\n"',
  'Follow',
  'later',
  '""',
  '42',
  'true',
  '~',
  '[accept]',
  '{follow: 1}',
  '|\n      remove',
];

const NET = `contacts:
${VALUES.map((v, i) => `  - name: P${i}\n    todoOnLinkedIn: ${v}\n`).join('')}  - name: None
`;

suite('LinkedIn to-dos: todoOf reads todoOnLinkedIn by the person view’s rule', () => {
  const model = new NetworkParser().parse(NET);

  test('every value: todoOf is the person’s todoOnLinkedIn when it is a to-do of the contract, else none', () => {
    assert.deepStrictEqual(model.syntaxErrors, []);
    assert.strictEqual(model.contacts.length, VALUES.length + 1);
    for (const entry of model.contacts) {
      const read = personOf(entry).todoOnLinkedIn;
      assert.strictEqual(read, todoField(record(entry)), `${personOf(entry).name}: the person view reads todoField`);
      const expected = read !== undefined && (LINKEDIN_TODOS as readonly string[]).includes(read) ? read : undefined;
      assert.strictEqual(todoOf(entry), expected, `${personOf(entry).name}: ${JSON.stringify(read)}`);
    }
  });

  test('the trimmed values are to-dos, in the order they are done on LinkedIn', () => {
    assert.deepStrictEqual(
      todoEntries(model).map(e => [personOf(e).name, todoOf(e)]),
      [
        ['P0', 'accept'],
        ['P1', 'ignore'],
        ['P2', 'not-known'],
        ['P3', 'remove'],
        ['P14', 'remove'],
        ['P4', 'unfollow'],
        ['P5', 'follow'],
      ],
    );
  });
});
