import * as assert from 'assert';
import type { NetworkModel } from '../../../src/model/network/network';
import { NetworkParser } from '../../../src/model/network/networkParser';
import {
  describeRule,
  firstMatchingRule,
  globMatches,
  globProblem,
  rulesOf,
  suggestFor,
} from '../../../src/model/rules/rules';

const parse = (text: string): NetworkModel => new NetworkParser().parse(text);

/** The contract's two example rules, then a catch-all for agencies that suggests nothing. */
const RULES = `rules:
  - match:
      headline: "*recruit*"
    suggest: accept
    category: recruiter
    following: false
  - match: { company: "*staffing*", message: "" }
    suggest: ignore
  - match: { company: "*agency*" }
    category: agency
`;

const rules = rulesOf(parse(RULES));

function suggestionFor(person: Record<string, unknown>): string | undefined {
  return suggestFor(rules, person)?.suggestion;
}

suite('rules: triage suggestions', () => {
  test('a rule reads its conditions, suggestion, category and following', () => {
    assert.strictEqual(rules.length, 3);
    assert.deepStrictEqual([...rules[0].match], [['headline', '*recruit*']]);
    assert.strictEqual(rules[0].suggest, 'accept');
    assert.strictEqual(rules[0].category, 'recruiter');
    assert.strictEqual(rules[0].following, false);
    assert.deepStrictEqual(
      [...rules[1].match],
      [
        ['company', '*staffing*'],
        ['message', ''],
      ],
    );
    assert.strictEqual(rules[2].suggest, undefined);
  });

  test('patterns are minimatch globs, case-insensitive', () => {
    assert.strictEqual(suggestionFor({ headline: 'Senior Technical RECRUITER at Brightlane' }), 'accept');
    assert.strictEqual(suggestionFor({ headline: 'Recruitment lead' }), 'accept');
    assert.strictEqual(suggestionFor({ headline: 'Head of Platform' }), undefined);
    assert.ok(globMatches('*{talent,recruit}*', 'Talent Partner'), 'braces');
    assert.ok(globMatches('cto?', 'CTO!'), 'a question mark is one character');
    assert.ok(!globMatches('cto', 'CTO at Acme'), 'without a star the whole field must match');
    assert.ok(globMatches('*.net*', '.NET developer'), 'a leading dot is an ordinary character');
    assert.ok(globMatches('#1*', '#1 recruiter in London'), 'a leading # is not a comment');
  });

  test('a slash in the text is an ordinary character, on both sides', () => {
    assert.ok(globMatches('*recruit*', 'Sourcer / Recruiter'));
    assert.ok(globMatches('*cto / founder*', 'CTO / Founder at Acme'));
    assert.ok(globMatches('a/*', 'a/b/c'));
  });

  test('"" matches a missing or empty field, and only that', () => {
    const staffing = { company: 'QuickStaffing Ltd' };
    assert.strictEqual(suggestionFor(staffing), 'ignore', 'no message at all');
    assert.strictEqual(suggestionFor({ ...staffing, message: '' }), 'ignore', 'an empty message');
    assert.strictEqual(suggestionFor({ ...staffing, message: '   ' }), 'ignore', 'a blank message');
    assert.strictEqual(suggestionFor({ ...staffing, message: 'Loved your talk' }), undefined, 'a real message');
    assert.ok(globMatches('', undefined) && !globMatches('', 'x'));
  });

  test('every named field must match', () => {
    assert.strictEqual(suggestionFor({ company: 'Fast Staffing', message: 'hi' }), undefined);
    assert.strictEqual(suggestionFor({ company: 'Acme', message: '' }), undefined);
    assert.ok(!globMatches('*', undefined), 'a missing field matches no pattern but ""');
  });

  test('the first matching rule wins, even when it suggests nothing', () => {
    const both = { headline: 'Recruiter', company: 'Brightlane Staffing' };
    assert.strictEqual(firstMatchingRule(rules, both), rules[0]);
    assert.strictEqual(suggestionFor(both), 'accept');
    const agencyRecruiter = parse(`rules:
  - match: { company: "*agency*" }
    category: agency
  - match: { headline: "*recruit*" }
    suggest: accept
`);
    const ordered = rulesOf(agencyRecruiter);
    const person = { company: 'Talent Agency', headline: 'Recruiter' };
    assert.strictEqual(firstMatchingRule(ordered, person), ordered[0]);
    assert.strictEqual(suggestFor(ordered, person), undefined, 'the winning rule makes no suggestion');
  });

  test('a rule without conditions matches nobody; an unknown suggestion suggests nothing', () => {
    const odd = rulesOf(
      parse(`rules:
  - suggest: ignore
  - match: {}
    suggest: ignore
  - match: { name: "*" }
    suggest: maybe
`),
    );
    assert.strictEqual(firstMatchingRule(odd.slice(0, 2), { name: 'Anyone' }), undefined);
    assert.strictEqual(firstMatchingRule(odd, { name: 'Anyone' }), odd[2]);
    assert.strictEqual(suggestFor(odd, { name: 'Anyone' }), undefined);
  });

  test('conditions that YAML reads as numbers or null match their text', () => {
    const typed = rulesOf(
      parse(`rules:
  - match: { received: 2026-11-20, company: 42, message: }
    suggest: later
`),
    );
    assert.deepStrictEqual(
      [...typed[0].match],
      [
        ['received', '2026-11-20'],
        ['company', '42'],
        ['message', ''],
      ],
    );
    assert.strictEqual(suggestFor(typed, { received: '2026-11-20', company: 42 })?.suggestion, 'later');
  });

  test('the suggestion says which rule made it', () => {
    const s = suggestFor(rules, { company: 'Staffing Co' })!;
    assert.strictEqual(s.rule, rules[1]);
    assert.strictEqual(s.reason, 'rule 2: company "*staffing*", message ""');
    assert.strictEqual(describeRule(rules[0]), 'rule 1: headline "*recruit*"');
  });

  test('patterns that will not work as meant are pointed out', () => {
    assert.strictEqual(globProblem('*recruit*'), undefined);
    assert.strictEqual(globProblem('[a-z]*'), undefined);
    assert.strictEqual(globProblem('\\[literal'), undefined);
    assert.match(globProblem('[abc')!, /never closed/);
  });
});
