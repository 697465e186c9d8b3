import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  copySample,
  daysBetween,
  localToday,
  SAMPLE_TODAY,
  shiftDates,
  shiftFrontMatter,
} from '../../scripts/sampleCopy';
import { REPO_ROOT } from '../support/repoRoot';

const EXAMPLES = path.join(REPO_ROOT, 'examples');

function files(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(d => d.isFile())
    .map(d => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

suite('npm start: the sample network moved to today (scripts/sampleCopy.ts)', () => {
  let tmp: string;

  setup(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-sample-'));
  });

  teardown(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('days between two days, across months, years and leap days', () => {
    assert.strictEqual(daysBetween('2026-11-26', '2026-11-28'), 2);
    assert.strictEqual(daysBetween('2026-11-26', '2027-01-01'), 36);
    assert.strictEqual(daysBetween('2028-02-28', '2028-03-01'), 2);
    assert.strictEqual(daysBetween('2026-11-26', '2026-11-20'), -6);
    assert.throws(() => daysBetween('2026-02-30', '2026-03-01'), /not a day: 2026-02-30/);
  });

  test('every date moves by the same days; what is not a date stays as it was', () => {
    const text = [
      'received: 2026-11-24',
      'connected: 2017-07-01   # since 2017-07-01',
      'followUp: "2026-12-31"',
      'at: 2026-11-26T09:30:00Z',
      'leap: 2028-02-28',
      'not a day: 2026-13-01, 2026-02-30',
      'part of something else: 12026-11-26, 2026-11-261, 1-2026-11-26',
      'url: https://www.linkedin.com/feed/update/urn:li:share:7448081445065035',
      'version: 1',
    ].join('\r\n');
    assert.strictEqual(
      shiftDates(text, 2),
      [
        'received: 2026-11-26',
        'connected: 2017-07-03   # since 2017-07-03',
        'followUp: "2027-01-02"',
        'at: 2026-11-28T09:30:00Z',
        'leap: 2028-03-01',
        'not a day: 2026-13-01, 2026-02-30',
        'part of something else: 12026-11-26, 2026-11-261, 1-2026-11-26',
        'url: https://www.linkedin.com/feed/update/urn:li:share:7448081445065035',
        'version: 1',
      ].join('\r\n'),
    );
    assert.strictEqual(shiftDates('2026-03-01', -1), '2026-02-28');
    assert.strictEqual(shiftDates(shiftDates(text, 400), -400), text);
  });

  test("a draft's front matter moves; its body, which may quote dates, does not", () => {
    const draft = '---\r\nchannel: post\r\npublished: 2026-11-14\r\n---\r\nOn 2026-11-14 we shipped.\r\n';
    assert.strictEqual(
      shiftFrontMatter(draft, 3),
      '---\r\nchannel: post\r\npublished: 2026-11-17\r\n---\r\nOn 2026-11-14 we shipped.\r\n',
    );
    assert.strictEqual(
      shiftFrontMatter('\uFEFF---\npublished: 2026-11-14\n---\n', 1),
      '\uFEFF---\npublished: 2026-11-15\n---\n',
    );
    assert.strictEqual(shiftFrontMatter('No front matter 2026-11-14\n', 3), 'No front matter 2026-11-14\n');
  });

  test("the copy of examples/: today of the sample is the given day, every other byte is the sample's", () => {
    const copy = path.join(tmp, 'sample');
    assert.strictEqual(copySample(EXAMPLES, copy, '2026-11-28'), 2);
    const network = fs.readFileSync(path.join(copy, 'network.yaml'));
    const original = fs.readFileSync(path.join(EXAMPLES, 'network.yaml'));
    assert.match(network.toString('utf8'), /name: Ines Duarte[\s\S]*?received: 2026-11-26/, 'two days later');
    assert.notDeepStrictEqual(network, original);
    // moving the dates back gives the sample's bytes exactly (emoji and comments included)
    assert.deepStrictEqual(Buffer.from(shiftDates(network.toString('latin1'), -2), 'latin1'), original);

    // drafts: the date their file name starts with moves too; the body is untouched
    assert.deepStrictEqual(files(path.join(copy, 'posts')), [
      '2026-11-14-kafka-migration-post.md',
      '2026-11-27-data-contracts-post.md',
    ]);
    const draft = fs.readFileSync(path.join(copy, 'posts', '2026-11-14-kafka-migration-post.md'), 'utf8');
    const was = fs.readFileSync(path.join(EXAMPLES, 'posts', '2026-11-12-kafka-migration-post.md'), 'utf8');
    assert.match(
      draft,
      /^---\nblueprint: kafka-migration\nchannel: post\nstatus: published\npublished: 2026-11-16\n---\n/,
    );
    assert.strictEqual(draft.slice(draft.indexOf('\n---\n', 4)), was.slice(was.indexOf('\n---\n', 4)));

    // everything else is a plain copy
    for (const f of files(EXAMPLES).filter(f => f !== 'network.yaml' && !f.startsWith('posts'))) {
      assert.deepStrictEqual(fs.readFileSync(path.join(copy, f)), fs.readFileSync(path.join(EXAMPLES, f)), f);
    }
  });

  test("on the sample's own today the copy is the sample, byte for byte; a second copy replaces the first", () => {
    const copy = path.join(tmp, 'sample');
    copySample(EXAMPLES, copy, '2027-03-01');
    fs.writeFileSync(path.join(copy, 'left-over.txt'), 'from the last session');
    assert.strictEqual(copySample(EXAMPLES, copy, SAMPLE_TODAY), 0);
    assert.deepStrictEqual(files(copy), files(EXAMPLES));
    for (const f of files(EXAMPLES)) {
      assert.deepStrictEqual(fs.readFileSync(path.join(copy, f)), fs.readFileSync(path.join(EXAMPLES, f)), f);
    }
  });

  test('today is the local day', () => {
    assert.strictEqual(localToday(new Date(2026, 10, 28, 23, 59)), '2026-11-28');
    assert.strictEqual(localToday(new Date(2027, 0, 1, 0, 0)), '2027-01-01');
  });
});
