import * as assert from 'assert';
import { lastMessageDays } from '../../../src/model/linkedin/lastMessages';
import type { ExportMessage } from '../../../src/model/linkedin/linkedinExport';
import type { NetworkModel } from '../../../src/model/network/network';
import { NetworkParser } from '../../../src/model/network/networkParser';

const parse = (text: string): NetworkModel => new NetworkParser().parse(text);

const ME = `me:
  name: Sam Keller
  profile: https://www.linkedin.com/in/samkeller
`;
const PRIYA = 'https://www.linkedin.com/in/priya-anand-77';

function message(day: string, from: [string, string?], to: [string, string?][]): ExportMessage {
  return {
    day,
    from: from[0],
    fromProfile: from[1],
    to: to.map(t => t[0]),
    toProfiles: to.map(t => t[1] ?? ''),
  };
}

suite('LinkedIn export: the last message with each person', () => {
  test('the latest message counts, whichever way it went', () => {
    const last = lastMessageDays(parse(ME), [
      message('2026-09-01', ['Priya Anand', PRIYA], [['Sam Keller', 'https://www.linkedin.com/in/samkeller']]),
      message('2026-10-15', ['Sam Keller', 'https://www.linkedin.com/in/samkeller'], [['Priya Anand', PRIYA]]),
      message('2026-10-01', ['Priya Anand', PRIYA], [['Sam Keller', 'https://www.linkedin.com/in/samkeller']]),
    ]);
    assert.strictEqual(last('Priya Anand', PRIYA), '2026-10-15');
  });

  test('a person is found by profile (however written) or by name (trimmed, any case)', () => {
    const last = lastMessageDays(parse(ME), [message('2026-10-15', ['Priya Anand', PRIYA], [['Sam Keller']])]);
    assert.strictEqual(last('Someone Else', 'https://linkedin.com/in/Priya-Anand-77/'), '2026-10-15', 'by profile');
    assert.strictEqual(last(' priya anand ', undefined), '2026-10-15', 'by name');
    assert.strictEqual(last('Tobias Ferreira', 'https://www.linkedin.com/in/tferreira'), undefined, 'never written to');
  });

  test('when profile and name give two days, the later one', () => {
    const last = lastMessageDays(parse(ME), [
      message('2026-10-01', ['Priya Anand', PRIYA], [['Sam Keller']]),
      message('2026-11-02', ['Priya Anand'], [['Sam Keller']]),
    ]);
    assert.strictEqual(last('Priya Anand', PRIYA), '2026-11-02');
    const earlierByName = lastMessageDays(parse(ME), [
      message('2026-11-02', ['Priya Anand', PRIYA], [['Sam Keller']]),
      message('2026-10-01', ['Priya Anand'], [['Sam Keller']]),
    ]);
    assert.strictEqual(earlierByName('Priya Anand', PRIYA), '2026-11-02');
  });

  test('every recipient of a group message was in contact that day', () => {
    const last = lastMessageDays(parse(ME), [
      message(
        '2026-11-20',
        ['Sam Keller'],
        [
          ['Priya Anand', PRIYA],
          ['Tobias Ferreira', 'https://www.linkedin.com/in/tferreira'],
        ],
      ),
    ]);
    assert.strictEqual(last('Priya Anand', PRIYA), '2026-11-20');
    assert.strictEqual(last('Tobias Ferreira', 'https://www.linkedin.com/in/tferreira'), '2026-11-20');
  });

  test('messages are with other people: `me` gets no last contact, by profile or by name', () => {
    const msgs = [
      message('2026-11-20', ['Sam Keller', 'https://www.linkedin.com/in/SamKeller/'], [['Priya Anand', PRIYA]]),
      message('2026-11-21', [' sam keller '], [['Priya Anand', PRIYA]]),
    ];
    const last = lastMessageDays(parse(ME), msgs);
    assert.strictEqual(last('Sam Keller', 'https://www.linkedin.com/in/samkeller'), undefined);
    assert.strictEqual(last('Sam Keller', undefined), undefined);
    // without `me` in the file, the messages' sender is just another person
    assert.strictEqual(lastMessageDays(parse('version: 1\n'), msgs)('Sam Keller', undefined), '2026-11-21');
  });

  test('another person with my name but their own profile is not me', () => {
    const other = 'https://www.linkedin.com/in/sam-keller-london';
    const last = lastMessageDays(parse(ME), [message('2026-11-20', ['Sam Keller', other], [['Sam Keller']])]);
    assert.strictEqual(last('Sam Keller', other), '2026-11-20');
  });
});
