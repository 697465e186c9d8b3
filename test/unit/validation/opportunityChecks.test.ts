import * as assert from 'assert';
import { problemsOf, yaml } from './shownProblems';

const PEOPLE = [
  'contacts:',
  '  - name: Priya Anand',
  '    profile: https://www.linkedin.com/in/priya',
  '    category: recruiter',
  '  - name: Jonas Weber',
  '    company: Harbour Recruitment',
  'archive:',
  '  - name: Max Hollis',
  '    outcome: ignored',
  '    decided: 2026-11-21',
  'opportunities:',
];

/** An opportunity submitted to `client` on `day` through `agency`, as block lines. */
function submitted(id: string, client: string, day: string, agency?: string): string[] {
  return [
    `  - id: ${id}`,
    '    role: Kafka Engineer',
    `    client: ${client}`,
    ...(agency ? [`    agency: ${agency}`] : []),
    '    stage: submitted',
    `    submitted: ${day}`,
  ];
}

const codes = (text: string): string[] => problemsOf(text).map(p => p.code);

suite('opportunity checks (contract §7)', () => {
  test('a double submission: the later one is warned, naming the earlier agency, day and id', () => {
    const text = yaml(
      ...PEOPLE,
      ...submitted('vantage-kafka', 'Vantage Bank', '2026-11-03', 'Brightlane Talent'),
      ...submitted('vantage-data', '  vantage bank ', '2026-12-01', 'Harbour Recruitment'),
    );
    const shown = problemsOf(text);
    assert.deepStrictEqual(
      shown.map(p => [p.code, p.severity, p.message, p.range[0]]),
      [
        [
          'double-submission',
          'warning',
          'vantage bank: already submitted via Brightlane Talent on 2026-11-03 (vantage-kafka).',
          text.split('\n').findIndex(l => l.includes('2026-12-01')),
        ],
      ],
    );
    assert.strictEqual(shown[0].related?.message, 'the earlier submission');
  });

  test('the 180-day edge: 180 days after is a double submission, 181 is not', () => {
    const at180 = yaml(...PEOPLE, ...submitted('a', 'Acme', '2026-11-03'), ...submitted('b', 'Acme', '2027-05-02'));
    const at181 = yaml(...PEOPLE, ...submitted('a', 'Acme', '2026-11-03'), ...submitted('b', 'Acme', '2027-05-03'));
    assert.deepStrictEqual(codes(at180), ['double-submission']);
    assert.deepStrictEqual(codes(at181), []);
  });

  test('with the same agency or with different ones, and on the same day, the later in the file is warned', () => {
    const same = yaml(
      ...PEOPLE,
      ...submitted('a', 'Acme', '2026-11-03', 'Brightlane'),
      ...submitted('b', 'Acme', '2026-11-10', 'Brightlane'),
    );
    assert.deepStrictEqual(codes(same), ['double-submission']);
    const sameDay = yaml(
      ...PEOPLE,
      ...submitted('first', 'Acme', '2026-11-03'),
      ...submitted('second', 'Acme', '2026-11-03'),
    );
    assert.match(problemsOf(sameDay)[0].message, /\(first\)\.$/);
  });

  test('other clients, and opportunities never submitted, are not double submissions', () => {
    const text = yaml(
      ...PEOPLE,
      ...submitted('a', 'Acme', '2026-11-03'),
      ...submitted('b', 'Vantage Bank', '2026-11-04'),
      '  - id: c',
      '    role: Lead',
      '    client: Acme',
      '    stage: lead',
    );
    assert.deepStrictEqual(codes(text), []);
  });

  test('a missing id is an error whose fix writes one from the client and role; a duplicate id is an error', () => {
    const text = yaml(
      ...PEOPLE,
      '  - role: Data Engineer',
      '    client: Fjord',
      '  - id: x',
      '    role: A',
      '  - id: x',
      '    role: B',
    );
    const shown = problemsOf(text);
    assert.deepStrictEqual(
      shown.map(p => [p.code, p.severity, p.fix]),
      [
        ['opportunity-id', 'error', 'Add id: fjord-data-engineer -> id: fjord-data-engineer\n    role'],
        ['duplicate-opportunity', 'error', undefined],
      ],
    );
  });

  test('unknown stage and IR35: errors with did-you-mean; a missing role: an error', () => {
    const text = yaml(
      ...PEOPLE,
      '  - id: a',
      '    role: R',
      '    stage: intervew',
      '    ir35: outsde',
      '  - id: b',
      '    stage: lead',
    );
    assert.deepStrictEqual(
      problemsOf(text).map(p => [p.code, p.fix]),
      [
        ['unknown-stage', 'Change to interview -> interview'],
        ['unknown-ir35', 'Change to outside -> outside'],
        ['schema', undefined],
      ],
    );
  });

  test('via: a profile or a name of someone in the file; nobody is a warning with the closest name; archived is a hint', () => {
    const text = yaml(
      ...PEOPLE,
      '  - { id: a, role: R, via: "https://www.linkedin.com/in/Priya/?x=1" }',
      '  - { id: b, role: R, via: jonas weber }',
      '  - { id: c, role: R, via: Pryia Anand }',
      '  - { id: d, role: R, via: Max Hollis }',
      '  - { id: e, role: R, via: "https://www.linkedin.com/in/nobody" }',
    );
    assert.deepStrictEqual(
      problemsOf(text).map(p => [p.code, p.severity, p.message, p.fix]),
      [
        [
          'via-unknown',
          'warning',
          'Nobody in this file is "Pryia Anand": did you mean "Priya Anand"?',
          'Change to Priya Anand -> Priya Anand',
        ],
        ['via-archived', 'hint', 'Max Hollis is in the archive (ignored 2026-11-21).', undefined],
        ['via-unknown', 'warning', 'Nobody in this file is "https://www.linkedin.com/in/nobody".', undefined],
      ],
    );
  });

  test('via naming nobody: the closest few names (up to three, closest first), the fix the closest', () => {
    const text = yaml(
      'contacts:',
      '  - name: Anna Berg',
      '  - name: Anne Berg',
      '  - name: Hanna Berg',
      '  - name: Jonas Weber',
      '  - name: Ann Bergen',
      'opportunities:',
      '  - { id: a, role: R, via: Ana Berg }',
      '  - { id: b, role: R, via: Jonas Webber }',
      '  - { id: c, role: R, via: Zed Nobody }',
    );
    assert.deepStrictEqual(
      problemsOf(text).map(p => [p.message, p.fix]),
      [
        [
          'Nobody in this file is "Ana Berg": did you mean "Anna Berg", "Anne Berg" or "Hanna Berg"?',
          'Change to Anna Berg -> Anna Berg',
        ],
        ['Nobody in this file is "Jonas Webber": did you mean "Jonas Weber"?', 'Change to Jonas Weber -> Jonas Weber'],
        ['Nobody in this file is "Zed Nobody".', undefined],
      ],
    );
  });

  test('me: an unknown IR35 preference and an availableFrom that is not a day', () => {
    const text = yaml('me:', '  ir35: outsde', '  availableFrom: 2027-02-30');
    assert.deepStrictEqual(codes(text), ['unknown-ir35', 'invalid-date']);
  });
});
