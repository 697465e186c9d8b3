import * as assert from 'assert';
import * as fc from 'fast-check';
import { CodeContext } from '../../../src/model/mentions/codeRanges';
import { referenceIsCode } from '../../support/markdownReference';
import { runs } from '../../support/runs';

const mentionsOf = (text: string): number[] => [...text.matchAll(/@\[/g)].map(m => m.index);

suite('mentions: where a note is code', () => {
  test('a backtick earlier in the paragraph is looked at; one before a blank line is not', () => {
    const cases: [string, boolean][] = [
      ['plain @[A]', false],
      ['`x` then @[A]', false],
      ['`x @[A]` y', true],
      ['`x\n@[A]` across a line break', true],
      ['`x`\n\n@[A]', false],
      ['`x\n\n@[A]` a blank line ends the span', false],
      ['`x\r\n\r\n@[A]`', false],
      ['`x\n  \t\n@[A]`', false],
      ['``x\n@[A]`` two backticks', true],
      ['```\ncode\n```\n@[A]', false],
      ['```\n@[A]\n```', true],
    ];
    for (const [text, code] of cases) {
      const at = text.indexOf('@[');
      assert.strictEqual(new CodeContext(text).isCode(at), code, JSON.stringify(text));
      assert.strictEqual(referenceIsCode(text, at), code, `reference: ${JSON.stringify(text)}`);
    }
  });

  test('any text, offsets asked in order or going back: the same answers as the paragraph-by-paragraph reading', () => {
    const piece = fc.constantFrom('@[A]', '`', '``', '```', '~~~', '\n', '\r\n', '\n\n', ' \n', ' ', 'x', 'a b');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 50 }), fc.boolean(), (parts, back) => {
        const text = parts.join('');
        const offsets = mentionsOf(text);
        const context = new CodeContext(text);
        for (const at of back ? [...offsets, ...offsets.reverse()] : offsets) {
          assert.strictEqual(context.isCode(at), referenceIsCode(text, at), `${JSON.stringify(text)} at ${at}`);
        }
      }),
      { numRuns: runs(500) },
    );
  });

  test('a context aimed at another text answers as one made for it', () => {
    const reused = new CodeContext('`a\n\nb');
    assert.strictEqual(reused.isCode(4), false, 'a blank line after the backtick');
    reused.reset('`xyz @[A]`');
    assert.strictEqual(reused.isCode(5), true, 'no blank line after this backtick');
    const piece = fc.constantFrom('@[A]', '`', '``', '```', '~~~', '\n', '\n\n', ' \n', ' ', 'x');
    const text = fc.array(piece, { maxLength: 40 }).map(parts => parts.join(''));
    fc.assert(
      fc.property(text, text, (first, second) => {
        const context = new CodeContext(first);
        for (let at = 0; at < first.length; at++) {
          context.isCode(at); // every offset: whatever the context remembers of the first text
        }
        context.reset(second);
        for (const at of mentionsOf(second)) {
          assert.strictEqual(context.isCode(at), referenceIsCode(second, at), `${JSON.stringify(second)} at ${at}`);
        }
      }),
      { numRuns: runs(500) },
    );
  });
});
