import * as assert from 'assert';
import { normaliseShareText, publishedEdits, readShares, shareOfDraft } from '../../../src/model/linkedin/sharesCsv';
import { parseFrontMatter } from '../../../src/model/posts/frontMatter';
import { toLinkedIn } from '../../../src/model/posts/linkedinText';
import { applyEdits } from '../../../src/model/yaml/textEdits';

const HEADER = 'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility';
const URL1 = 'https://www.linkedin.com/feed/update/urn:li:share:7448081445065035';
const DRAFT = [
  '---',
  'blueprint: kafka-migration',
  'channel: post # the feed',
  'status: draft',
  '---',
  '# Moving a bank off its old Kafka',
  '',
  'We moved 40 services with @[Priya Anand] and kept the "old" cluster warm.',
  '',
  '- no downtime',
  '- `outbox` relay',
  '',
].join('\n');

/** A CSV cell as LinkedIn writes it: quoted, inner quotes doubled. */
const quoted = (s: string): string => `"${s.replace(/"/g, '""')}"`;

suite('Shares.csv: what you posted on LinkedIn', () => {
  test('rows with quoted newlines and doubled quotes; the header found by its columns', () => {
    const csv = [
      HEADER,
      `2026-11-30 09:14:22,${URL1},${quoted('Line one\r\nsaid "hi"\r\n\r\nend')},,,MEMBER_NETWORK`,
      `2026-12-01 10:00:00,https://www.linkedin.com/feed/update/urn:li:share:2,plain text,,,PUBLIC`,
    ].join('\r\n');
    const { shares, skipped } = readShares(csv);
    assert.deepStrictEqual(skipped, []);
    assert.deepStrictEqual(
      shares.map(s => [s.day, s.url, s.text, s.line]),
      [
        ['2026-11-30', URL1, 'Line one said "hi" end', 2],
        ['2026-12-01', 'https://www.linkedin.com/feed/update/urn:li:share:2', 'plain text', 6],
      ],
    );
  });

  test('a non-LinkedIn link, a row without a date, a broken row: skipped and named by line, the rest read', () => {
    const csv = [
      HEADER,
      `2026-11-30 09:14:22,https://evil.example/x,hello,,,PUBLIC`,
      `yesterday,${URL1},hello,,,PUBLIC`,
      `2026-11-30 09:14:22,http://www.linkedin.com/feed/update/1,hello,,,PUBLIC`,
      `2026-12-02 09:00:00,${URL1},kept,,,PUBLIC`,
    ].join('\n');
    const { shares, skipped } = readShares(csv);
    assert.deepStrictEqual(
      shares.map(s => s.text),
      ['kept'],
    );
    assert.strictEqual(skipped.length, 3);
    assert.ok(skipped[0].startsWith('Shares.csv, line 2: the link "https://evil.example/x"'), skipped[0]);
    assert.ok(skipped[1].startsWith('Shares.csv, line 3:'), skipped[1]);
    assert.ok(skipped[2].startsWith('Shares.csv, line 4:'), skipped[2]);
  });

  test('garbage, an empty file and a file without the header do not throw', () => {
    for (const csv of [
      '',
      '\u0000\u0001"',
      'a,b\n"unclosed',
      `${HEADER}\n"2026-11-30,${URL1},"x"y,,`,
      'x'.repeat(10_000),
    ]) {
      const r = readShares(csv);
      assert.ok(Array.isArray(r.shares) && Array.isArray(r.skipped), JSON.stringify(csv.slice(0, 20)));
    }
    assert.ok(readShares('a,b\n1,2').skipped[0].includes('no header row'));
  });

  test('a draft matches the share of the text Copy for LinkedIn gives, whitespace and line endings normalised', () => {
    const copied = toLinkedIn(DRAFT);
    assert.ok(copied.includes('with Priya Anand and'), 'mentions are plain names');
    const asLinkedInKeepsIt = copied.replace(/\n/g, '\r\n').replace(/ /, '  ') + '\n';
    const csv = `${HEADER}\n2026-11-30 09:14:22,${URL1},${quoted(asLinkedInKeepsIt)},,,PUBLIC\n`;
    const { shares } = readShares(csv);
    assert.strictEqual(shareOfDraft(DRAFT, shares)?.url, URL1);
    assert.strictEqual(shareOfDraft(DRAFT.replace('40 services', '41 services'), shares), undefined);
    assert.strictEqual(normaliseShareText(' a\r\n\tb  c \n'), 'a b c');
  });

  test('the edits: status, published and url in the front matter, every other byte kept; none when already so', () => {
    const share = { day: '2026-11-30', url: URL1, text: '', line: 2 };
    const out = applyEdits(DRAFT, publishedEdits(DRAFT, share));
    assert.strictEqual(
      out,
      DRAFT.replace('status: draft', 'status: published').replace(
        'status: published\n---',
        `status: published\npublished: 2026-11-30\nurl: ${URL1}\n---`,
      ),
    );
    assert.deepStrictEqual(parseFrontMatter(out).data.url, URL1);
    assert.deepStrictEqual(publishedEdits(out, share), []);
    assert.deepStrictEqual(
      publishedEdits('---\nstatus: [\n---\nbody', share),
      [],
      'a broken front matter is not written',
    );
  });
});
