import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { mentionNameProblem, renameMentionEdits, renamePersonEdits } from '../../../src/model/mentions/mentionEdits';
import {
  mentionCandidates,
  mentionDisplayName,
  personForKey,
  personForMention,
  personKeys,
} from '../../../src/model/mentions/mentionPeople';
import { parseNetwork } from '../../../src/model/network/networkParser';
import { personOf } from '../../../src/model/people/person';
import { toLinkedIn } from '../../../src/model/posts/linkedinText';
import { applyEdits } from '../../../src/model/yaml/textEdits';
import { REPO_ROOT } from '../../support/repoRoot';

const SAMPLE = parseNetwork(fs.readFileSync(path.join(REPO_ROOT, 'examples', 'network.yaml'), 'utf8'));

suite('mentions: who they name in network.yaml', () => {
  test('by name (any case) and by profile; contacts first when a name is in several lists', () => {
    assert.strictEqual(personOf(personForMention(SAMPLE, ' priya ANAND ')!).name, 'Priya Anand');
    assert.strictEqual(personOf(personForMention(SAMPLE, 'in/kenjisato')!).name, 'Kenji Sato');
    assert.strictEqual(personForMention(SAMPLE, 'Nobody Known'), undefined);
    assert.strictEqual(personForMention(SAMPLE, '   '), undefined);
    const twice = parseNetwork(
      'invitations:\n  - name: Ann Lee\ncontacts:\n  - name: Ann Lee\n    company: Contact Co\narchive:\n  - name: Ann Lee\n',
    );
    assert.strictEqual(personForKey(twice, 'name:ann lee')?.list, 'contacts');
  });

  test("a person's keys: their identity and their name", () => {
    const priya = SAMPLE.invitations[0];
    assert.deepStrictEqual(personKeys(priya), ['profile:/in/priya-anand-77', 'name:priya anand']);
    const max = SAMPLE.invitations[1];
    assert.deepStrictEqual(personKeys(max), ['name:max hollis']);
  });

  test('completion: people by name, headline, position and company; the best matches first, contacts first among equals', () => {
    const names = (q: string, max = 50): string[] => mentionCandidates(SAMPLE, q, max).map(c => c.name);
    assert.deepStrictEqual(names('Pri'), ['Priya Anand', 'Hannah Weber', 'Ravi Kaur']);
    assert.deepStrictEqual(names('rossi'), ['Mia Rossi', 'Mateo Rossi']);
    assert.deepStrictEqual(names('brightlane'), ['Hannah Weber', 'Priya Anand'], 'a contact before an invitation');
    assert.deepStrictEqual(names('').slice(0, 2), ['Tobias Ferreira', 'Amelia Hart'], 'contacts first');
    assert.strictEqual(names('').length, 26 + 7, 'contacts and invitations, no archive');
    assert.deepStrictEqual(names('', 3), ['Tobias Ferreira', 'Amelia Hart', 'Kenji Sato']);
    assert.deepStrictEqual(names('Gary Blunt'), [], 'the archive is not offered');
    assert.strictEqual(
      mentionCandidates(SAMPLE, 'Priya', 1)[0].detail,
      'Senior Technical Recruiter at Brightlane Talent',
    );
  });

  test('how Copy for LinkedIn writes a mention: the name as written; a profile as the person’s name', () => {
    assert.strictEqual(mentionDisplayName(SAMPLE, ' Priya Anand ', 'name:priya anand'), 'Priya Anand');
    assert.strictEqual(mentionDisplayName(SAMPLE, 'in/kenjisato', 'profile:/in/kenjisato'), 'Kenji Sato');
    assert.strictEqual(mentionDisplayName(SAMPLE, 'in/nobody-x/', 'profile:/in/nobody-x'), 'nobody-x');
    assert.strictEqual(mentionDisplayName(undefined, 'in/kenjisato', 'profile:/in/kenjisato'), 'kenjisato');
  });
});

suite('mentions: Copy for LinkedIn writes them as plain names', () => {
  test('@[Name] becomes the name; in code spans and fences the text stays as written', () => {
    const md =
      '---\nchannel: post\n---\nThanks @[Priya Anand] and @[in/kenjisato]!\n\n`@[kept]`\n\n```\n@[kept too]\n```\n';
    assert.strictEqual(toLinkedIn(md), 'Thanks Priya Anand and kenjisato!\n\n@[kept]\n\n@[kept too]');
    const named = toLinkedIn(md, { mentionName: (inner, key) => mentionDisplayName(SAMPLE, inner, key) });
    assert.ok(named.startsWith('Thanks Priya Anand and Kenji Sato!'), named);
  });

  test('a name with markdown characters is written as it is, not as emphasis', () => {
    assert.strictEqual(toLinkedIn('Hi @[Zoë_O_Brien] and **bold**'), 'Hi Zoë_O_Brien and bold');
  });
});

suite('mentions: renaming a person rewrites the mentions by name', () => {
  test('every @[Old Name], however written, becomes @[New Name]; profiles and others stay', () => {
    const text = 'A @[Priya Anand], b @[ priya anand ], c @[in/priya-anand-77], d `@[Priya Anand]`, e @[Priya]';
    const edits = renameMentionEdits(text, 'Priya Anand', 'Priya Anand-Shah');
    assert.strictEqual(
      applyEdits(text, edits),
      'A @[Priya Anand-Shah], b @[Priya Anand-Shah], c @[in/priya-anand-77], d `@[Priya Anand]`, e @[Priya]',
    );
    assert.deepStrictEqual(renameMentionEdits('@[Priya Anand]', 'Priya Anand', 'Priya Anand'), [], 'nothing to do');
  });

  test('names that cannot be written in a mention are refused', () => {
    assert.strictEqual(mentionNameProblem('Priya [Pri] Anand'), undefined);
    assert.match(mentionNameProblem('Priya ] Anand')!, /brackets/);
    assert.match(mentionNameProblem('  ')!, /empty/);
    assert.match(mentionNameProblem('a\nb')!, /one line/);
    assert.match(mentionNameProblem('in/someone')!, /profile/);
  });
});

suite('mentions: renaming a person in network.yaml', () => {
  const text = [
    'contacts:',
    '  - name: Priya Anand # kept',
    '    company: Vantage Bank',
    '  - {name: "Tom Li", company: X}',
    'opportunities:',
    '  - id: a',
    '    role: Dev',
    '    via: priya anand',
    '  - {id: b, role: Dev, via: Priya Anand}',
    '  - id: c',
    '    role: Dev',
    '    via: Tom Li',
    '',
  ].join('\n');

  test('the name and every `via` that names them by name change, nothing else', () => {
    const model = parseNetwork(text);
    const priya = personForMention(model, 'Priya Anand')!;
    const out = applyEdits(text, renamePersonEdits(model, priya, '  Priya Anand-Shah '));
    assert.strictEqual(
      out,
      text
        .replace('name: Priya Anand #', 'name: Priya Anand-Shah #')
        .replace('via: priya anand', 'via: Priya Anand-Shah')
        .replace('via: Priya Anand}', 'via: Priya Anand-Shah}'),
    );
  });

  test('a name that needs quotes is quoted, in block and flow style', () => {
    const model = parseNetwork(text);
    const tom = personForMention(model, 'Tom Li')!;
    const out = applyEdits(text, renamePersonEdits(model, tom, 'Li, Tom: #1'));
    assert.ok(out.includes('{name: "Li, Tom: #1", company: X}'), out);
    assert.ok(/via: ["']Li, Tom: #1["']/.test(out), out);
    assert.strictEqual(parseNetwork(out).syntaxErrors.length, 0);
  });
});
