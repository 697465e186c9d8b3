import * as assert from 'assert';
import * as fc from 'fast-check';
import {
  mentionAt,
  mentionKey,
  parseMentions,
  replaceMentionsInLine,
  MAX_MENTION_LENGTH,
} from '../../../src/model/mentions/mentionParse';
import { referenceMentions } from '../../support/markdownReference';
import { runs } from '../../support/runs';

/** What a reader sees: the mention's text as written, and whom it names. */
const found = (text: string): [string, string][] =>
  parseMentions(text).map(m => [text.slice(m.start, m.end), m.key] as [string, string]);
const written = (text: string): string[] => found(text).map(([t]) => t);

suite('mentions: what counts as a mention', () => {
  test('@[Display Name] names a person by name, trimmed and case-insensitive', () => {
    assert.deepStrictEqual(found('Met @[Priya Anand] and @[ tobias FERREIRA ] today.'), [
      ['@[Priya Anand]', 'name:priya anand'],
      ['@[ tobias FERREIRA ]', 'name:tobias ferreira'],
    ]);
  });

  test('@[in/slug] names a person by profile (the path without its leading slash)', () => {
    assert.deepStrictEqual(found('@[in/priya-anand-77] and @[in/TFerreira/]'), [
      ['@[in/priya-anand-77]', 'profile:/in/priya-anand-77'],
      ['@[in/TFerreira/]', 'profile:/in/tferreira'],
    ]);
    assert.deepStrictEqual(mentionKey('in/two words'), 'name:in/two words', 'a slug has no spaces: a name');
    assert.deepStrictEqual(mentionKey('company/acme'), 'name:company/acme');
  });

  test('brackets inside a name pair up', () => {
    assert.deepStrictEqual(written('with @[Tobias [Toby] Ferreira] and @[A [b [c]] d].'), [
      '@[Tobias [Toby] Ferreira]',
      '@[A [b [c]] d]',
    ]);
    assert.strictEqual(parseMentions('@[Tobias [Toby] Ferreira]')[0].text, 'Tobias [Toby] Ferreira');
    assert.deepStrictEqual(written('@[Priya]] stray'), ['@[Priya]']);
  });

  test('e-mail addresses and escaped @ are not mentions; an @ after punctuation or at a line start is', () => {
    assert.deepStrictEqual(written('write to postmaster@[192.0.2.1] or sam.k+cn@[10.0.0.1]'), []);
    assert.deepStrictEqual(written('élodie@[10.0.0.1] \\@[Priya Anand]'), []);
    assert.deepStrictEqual(written('(@[Priya Anand]), "@[Noah Berg]"\n@[Mia Rossi]:'), [
      '@[Priya Anand]',
      '@[Noah Berg]',
      '@[Mia Rossi]',
    ]);
  });

  test('empty, blank and unbalanced brackets are not mentions', () => {
    assert.deepStrictEqual(written('@[] @[   ] @[\t]'), []);
    assert.deepStrictEqual(written('@[Priya Anand\nmore] @[[Priya] @[ '), []);
    assert.deepStrictEqual(written('@'), []);
    assert.deepStrictEqual(written('@['), []);
    assert.deepStrictEqual(written('@[Priya @[Noah Berg]'), ['@[Noah Berg]'], 'the inner one closes');
    assert.deepStrictEqual(written(`@[${'x'.repeat(MAX_MENTION_LENGTH + 1)}]`), [], 'too long to be a name');
    assert.deepStrictEqual(written(`@[${'x'.repeat(MAX_MENTION_LENGTH)}]`).length, 1);
  });

  test('code spans are not mentions: any run of backticks closed by a run of the same length', () => {
    assert.deepStrictEqual(written('`@[Priya Anand]` but @[Noah Berg]'), ['@[Noah Berg]']);
    assert.deepStrictEqual(written('``a ` @[Priya Anand] `` @[Noah Berg]'), ['@[Noah Berg]']);
    assert.deepStrictEqual(written('`code\ncontinues @[Priya Anand]` @[Noah Berg]'), ['@[Noah Berg]']);
    assert.deepStrictEqual(
      written('` never closed\n\n@[Priya Anand] `'),
      ['@[Priya Anand]'],
      'a blank line ends the paragraph: the backticks stay plain',
    );
    assert.deepStrictEqual(written('one ` tick @[Priya Anand]'), ['@[Priya Anand]'], 'a lone backtick is text');
    assert.deepStrictEqual(
      written('` open @[Priya Anand]\n  \nlater ` close'),
      ['@[Priya Anand]'],
      'not across a blank line',
    );
  });

  test('fenced code blocks are not mentions (``` and ~~~, indented, longer closing fence, unclosed)', () => {
    assert.deepStrictEqual(written('```\n@[Priya Anand]\n```\n@[Noah Berg]'), ['@[Noah Berg]']);
    assert.deepStrictEqual(written('~~~ts\n@[Priya Anand]\n~~~~\n@[Noah Berg]'), ['@[Noah Berg]']);
    assert.deepStrictEqual(written('- item\n  ```\n  @[Priya Anand]\n  ```\n- @[Noah Berg]'), ['@[Noah Berg]']);
    assert.deepStrictEqual(written('````\n```\n@[Priya Anand]\n````\n@[Noah Berg]'), ['@[Noah Berg]']);
    assert.deepStrictEqual(written('@[Noah Berg]\n```\n@[Priya Anand]\nnever closed'), ['@[Noah Berg]']);
    assert.deepStrictEqual(written('``` not `a` fence\n@[Priya Anand]'), ['@[Priya Anand]']);
  });

  test('lines and columns are those of the @ (CRLF and LF alike)', () => {
    const text = 'first\r\n\r\n  see @[Priya Anand]\r\nand @[Noah Berg] @[Mia Rossi]';
    assert.deepStrictEqual(
      parseMentions(text).map(m => [m.line, m.character, m.text]),
      [
        [2, 6, 'Priya Anand'],
        [3, 4, 'Noah Berg'],
        [3, 17, 'Mia Rossi'],
      ],
    );
  });

  test('the mention under an offset', () => {
    const ms = parseMentions('a @[Priya Anand] b @[Noah Berg]');
    assert.strictEqual(mentionAt(ms, 2)?.text, 'Priya Anand');
    assert.strictEqual(mentionAt(ms, 10)?.text, 'Priya Anand');
    assert.strictEqual(mentionAt(ms, 17), undefined);
    assert.strictEqual(mentionAt(ms, 25)?.text, 'Noah Berg');
    assert.strictEqual(mentionAt([], 3), undefined);
  });

  test('one line at a time (Copy for LinkedIn): mentions replaced, the rest kept', () => {
    assert.strictEqual(
      replaceMentionsInLine('Thanks @[Priya Anand] and @[in/tferreira], mail x@[1.2.3.4] @[]', (inner, key) =>
        key.startsWith('profile:') ? 'Tobias' : inner,
      ),
      'Thanks Priya Anand and Tobias, mail x@[1.2.3.4] @[]',
    );
  });
  test('any markdown: the same mentions, lines, columns, texts and keys as a character-by-character reading', () => {
    const piece = fc.constantFrom(
      '@[',
      '@[Priya Anand]',
      '@[in/priya-anand-77/]',
      ']',
      '[',
      '`',
      '``',
      '```',
      '```ts\n',
      '~~~',
      '\n',
      '\n\n',
      '\r\n',
      ' \n',
      '  ',
      '\t',
      'a',
      'Noah',
      'é',
      '@',
      '\\',
      '.',
      'x@[1.2.3.4]',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), parts => {
        const text = parts.join('');
        assert.deepStrictEqual(
          parseMentions(text).map(m => ({ ...m })),
          referenceMentions(text),
          JSON.stringify(text),
        );
      }),
      { numRuns: runs(2000) },
    );
  });

  test('any markdown with capitals, other alphabets, padded names and profiles: the same keys as one by one (plain keys are lower-cased together)', () => {
    const piece = fc.constantFrom(
      '@[',
      ']',
      '`',
      '``',
      '```\n',
      '  ```ts\n',
      '~~~~\n',
      '\n',
      '\n\n',
      ' \n',
      '\r\n',
      ' ',
      '\t',
      '\u00a0',
      'Priya Anand',
      'ZOË Müller',
      'ΟΔΥΣ',
      'Σ',
      'İlker',
      'in/Priya-77/',
      'IN/x',
      'in/a b',
      'Mia]',
      '@[Noah Berg]',
      '@[ Noah ]',
      '@[ΟΔΥΣ Papas]',
      "@['Σ']",
      '@[.ΟΔΥΣ.]',
      'x@[1.2.3.4]',
    );
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 50 }), { minLength: 1, maxLength: 3 }), texts => {
        // one text after another: the scan's code context is aimed at each in turn
        for (const text of texts.map(parts => parts.join(''))) {
          assert.deepStrictEqual(
            parseMentions(text).map(m => ({ ...m })),
            referenceMentions(text),
            JSON.stringify(text),
          );
        }
      }),
      { numRuns: runs(1000) },
    );
  });
});

suite('mentions: bad input', () => {
  test('10,000 mentions in one file, on separate lines and on one line, are all found (their speed is measured by npm run bench, not here)', () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `- met @[Person ${i}] about item ${i}`).join('\n');
    const oneLine = Array.from({ length: 10_000 }, (_, i) => `@[Person ${i}]`).join(' ');
    const a = parseMentions(lines);
    const b = parseMentions(oneLine);
    assert.strictEqual(a.length, 10_000);
    assert.strictEqual(b.length, 10_000);
    assert.deepStrictEqual([a[9999].line, a[9999].text], [9999, 'Person 9999']);
    assert.deepStrictEqual([b[9999].line, b[9999].character], [0, oneLine.lastIndexOf('@[')]);
  });

  // No clock here (speed is the bench's): a scan quadratic in these 200,000-character lines
  // would run for minutes and fail on the suite's timeout.
  test('lines of open brackets and backticks are scanned without backtracking', () => {
    assert.deepStrictEqual(parseMentions('@['.repeat(200_000)), []);
    assert.ok(Array.isArray(parseMentions('`@[x] '.repeat(50_000) + '\n' + '``@[y]'.repeat(50_000))));
    assert.deepStrictEqual(parseMentions('x' + '`'.repeat(100_000) + '@[x]' + '\n`'.repeat(100_000)).length, 1);
  });

  test('a binary file read as text does not throw', () => {
    let seed = 7;
    const bytes = Array.from({ length: 200_000 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 256);
    const text = new TextDecoder('utf-8').decode(new Uint8Array(bytes)) + '@[Priya]\u0000@[x]`';
    assert.ok(Array.isArray(parseMentions(text)));
  });

  test('any text: every mention is `@[…]` on one line, at the line and column it says', () => {
    const piece = fc.constantFrom('@[', ']', '[', '`', '```', '~~~', '\n', '\r\n', ' ', 'a', 'Priya', '@', '\\', '.');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), parts => {
        const text = parts.join('');
        for (const m of parseMentions(text)) {
          const s = text.slice(m.start, m.end);
          assert.ok(s.startsWith('@[') && s.endsWith(']') && !/[\r\n]/.test(s), JSON.stringify(s));
          const before = text.slice(0, m.start).split('\n');
          assert.strictEqual(m.line, before.length - 1);
          assert.strictEqual(m.character, before[before.length - 1].length);
          assert.ok(m.text.trim() !== '');
        }
      }),
      { numRuns: runs(2000) },
    );
  });
});
