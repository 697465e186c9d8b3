import * as assert from 'assert';
import { mentionInProgress, mentionRestLength } from '../../../src/model/mentions/mentionTyping';

suite('mentions: what is being typed', () => {
  test('after `@[` and after `@`: where the mention starts and what is typed of the name', () => {
    assert.deepStrictEqual(mentionInProgress('Met @[Pri'), { start: 4, bracket: true, query: 'Pri' });
    assert.deepStrictEqual(mentionInProgress('@['), { start: 0, bracket: true, query: '' });
    assert.deepStrictEqual(mentionInProgress('Met @Pri'), { start: 4, bracket: false, query: 'Pri' });
    assert.deepStrictEqual(mentionInProgress('(@'), { start: 1, bracket: false, query: '' });
    assert.deepStrictEqual(mentionInProgress('Met @[Priya An'), { start: 4, bracket: true, query: 'Priya An' });
  });

  test('an e-mail address, an escaped `@`, a closed mention or a space after the name is not a mention in progress', () => {
    assert.strictEqual(mentionInProgress('priya@'), undefined);
    assert.strictEqual(mentionInProgress('priya.anand@exam'), undefined);
    assert.strictEqual(mentionInProgress(String.raw`\@[Pri`), undefined);
    assert.strictEqual(mentionInProgress('@[Priya]'), undefined);
    assert.strictEqual(mentionInProgress('@Priya '), undefined);
    assert.strictEqual(mentionInProgress('@[a[b'), undefined);
  });

  test('what after the cursor the completion replaces: the rest of the name and a `]`', () => {
    assert.strictEqual(mentionRestLength(']', true), 1);
    assert.strictEqual(mentionRestLength('ya Anand] said', true), 9);
    assert.strictEqual(mentionRestLength(' said', true), 0, 'no `]` on the line: nothing');
    assert.strictEqual(mentionRestLength('ya said', false), 2);
    assert.strictEqual(mentionRestLength('', false), 0);
  });
});
