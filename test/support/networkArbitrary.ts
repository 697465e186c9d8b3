// fast-check generators of realistic, valid network.yaml texts in the many ways people write
// YAML: block and flow entries, quoted and plain scalars, comments, blank lines, CRLF, unicode.

import * as fc from 'fast-check';
import { formatString, isSafePlain, quoteDouble } from '../../src/model/yaml/scalar';

const WORDS = [
  'Priya',
  'Anand',
  'Tobias',
  'Ferreira',
  'Zoë',
  'Łukasz',
  '李雷',
  'José',
  'Renée',
  "O'Brien",
  'Kafka',
  'Nordwerk',
  'GmbH',
  'Talent',
  'Staffing',
  'Recruiter',
  'Head',
  'of',
  'Platform',
  'data',
  '🚀',
  'Café',
  'e\u0301',
];
const TRICKY = [
  'yes',
  'no',
  'null',
  'true',
  '~',
  '123',
  '0x1F',
  '1e3',
  '2026-11-20',
  '-dash',
  'a: b',
  'x #y',
  '#tag',
  '"quoted"',
  "it's",
  '[x]',
  '{y}',
  'a,b',
  '*star*',
  '&amp',
  '!bang',
  '%pct',
  '@at',
  '`tick`',
  '|pipe',
  '>gt',
  '?q',
  ': colon',
  'trailing:',
  'tab\there',
  'new\nline',
  ' lead',
  'trail ',
  '',
  'back\\slash',
  'ünïcödé',
  'ok',
];

export const word = fc.constantFrom(...WORDS);
export const phrase = fc.array(word, { minLength: 1, maxLength: 4 }).map(ws => ws.join(' '));
export const trickyText = fc.oneof(
  { weight: 4, arbitrary: phrase },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

const day = fc
  .date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map(d => d.toISOString().slice(0, 10));

/** A string written in one of the styles that reads back as itself. */
export function styled(s: string): fc.Arbitrary<string> {
  const options: string[] = [quoteDouble(s), `'${s.replace(/'/g, "''")}'`];
  if (isSafePlain(s)) {
    options.push(s, s);
  }
  // single quotes cannot hold line breaks or control characters in one line
  // eslint-disable-next-line no-control-regex
  const valid = options.filter(o => !(o.startsWith("'") && /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(o)));
  return fc.constantFrom(...valid);
}

export interface GenPerson {
  name: string;
  fields: [string, string][]; // [key, rendered scalar]
  tags?: string[];
  notes?: { date: string; text: string }[];
}

/** A value on about one person in five, else none. */
function sometimes<T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
}

const slug = fc.stringMatching(/^[a-z][a-z0-9]{1,10}$/);

/** A note's text: mostly any text, sometimes with `@[Name]` and `@[in/slug]` mentions in it. */
const noteText = fc.oneof(
  { weight: 3, arbitrary: trickyText },
  {
    weight: 1,
    arbitrary: fc
      .tuple(phrase, slug, fc.constantFrom('met ', '', 'call with ', '`code @[x]` and '))
      .map(([n, sl, lead]) => `${lead}@[${n}] via @[in/${sl}]`),
  },
);

export const person: fc.Arbitrary<GenPerson> = fc
  .record({
    name: phrase,
    profile: fc.option(
      slug.map(s => `https://www.linkedin.com/in/${s}`),
      { nil: undefined },
    ),
    headline: fc.option(trickyText, { nil: undefined }),
    company: fc.option(trickyText, { nil: undefined }),
    category: fc.option(fc.constantFrom('client', 'prospect', 'recruiter', 'agency', 'partner', 'peer', 'other'), {
      nil: undefined,
    }),
    received: fc.option(day, { nil: undefined }),
    unknownKey: fc.option(trickyText, { nil: undefined }),
    tags: fc.option(fc.uniqueArray(fc.constantFrom('kafka', 'berlin', 'rust', 'go', 'data', 'ml'), { maxLength: 3 }), {
      nil: undefined,
    }),
    notes: fc.option(fc.array(fc.record({ date: day, text: noteText }), { maxLength: 2 }), { nil: undefined }),
    // the LinkedIn loop's fields, on about one person in five
    todoOnLinkedIn: sometimes(fc.constantFrom('accept', 'ignore', 'not-known', 'remove', 'unfollow', 'follow')),
    moved: sometimes(day),
    previousPosition: sometimes(trickyText),
    previousCompany: sometimes(trickyText),
  })
  .map(r => {
    const fields: [string, string][] = [];
    for (const k of [
      'profile',
      'headline',
      'company',
      'category',
      'received',
      'todoOnLinkedIn',
      'moved',
      'previousPosition',
      'previousCompany',
      'unknownKey',
    ] as const) {
      const v = r[k];
      if (v !== undefined) {
        fields.push([k === 'unknownKey' ? 'x-custom' : k, formatString(v)]);
      }
    }
    return { name: r.name, fields, tags: r.tags, notes: r.notes };
  });

/** An opportunity: its fields after `id` (which the network numbers), notes as for people. */
export interface GenOpportunity {
  fields: [string, string][];
  notes?: { date: string; text: string }[];
}

export const opportunity: fc.Arbitrary<GenOpportunity> = fc
  .record({
    role: trickyText.filter(t => t.trim() !== ''),
    client: fc.option(trickyText, { nil: undefined }),
    via: fc.option(
      fc.oneof(
        phrase,
        slug.map(s => `https://www.linkedin.com/in/${s}`),
      ),
      { nil: undefined },
    ),
    stage: fc.option(
      fc.constantFrom('lead', 'applied', 'submitted', 'interview', 'offer', 'won', 'lost', 'withdrawn', 'odd-stage'),
      { nil: undefined },
    ),
    rate: sometimes(fc.constantFrom('650/day', '£80/hour', 'competitive', '1,000 per day')),
    ir35: sometimes(fc.constantFrom('outside', 'inside', 'undetermined')),
    start: sometimes(day),
    unknownKey: sometimes(trickyText),
    notes: fc.option(fc.array(fc.record({ date: day, text: noteText }), { maxLength: 2 }), { nil: undefined }),
  })
  .map(r => {
    const fields: [string, string][] = [];
    for (const k of ['role', 'client', 'via', 'stage', 'rate', 'ir35', 'start', 'unknownKey'] as const) {
      const v = r[k];
      if (v !== undefined) {
        fields.push([k === 'unknownKey' ? 'x-custom' : k, formatString(v)]);
      }
    }
    return { fields, notes: r.notes };
  });

export interface RenderStyle {
  indent: number; // column of the list dashes
  flowEntries: boolean; // some entries as `- {name: x, ...}`
  comments: boolean;
  blankBetween: boolean;
  crlf: boolean;
  tagsFlow: boolean;
}

export const renderStyle: fc.Arbitrary<RenderStyle> = fc.record({
  indent: fc.constantFrom(0, 2, 2, 4),
  flowEntries: fc.boolean(),
  comments: fc.boolean(),
  blankBetween: fc.boolean(),
  crlf: fc.boolean(),
  tagsFlow: fc.boolean(),
});

function renderPerson(p: GenPerson, style: RenderStyle, i: number): string[] {
  const pad = ' '.repeat(style.indent);
  const plainFlow = (s: string): boolean => !/^["']/.test(s) && /[,[\]{}]/.test(s);
  const canFlow = !p.notes?.length && !p.fields.some(([, v]) => plainFlow(v)) && !plainFlow(formatString(p.name));
  if (style.flowEntries && i % 3 === 1 && canFlow) {
    const parts = [`name: ${formatString(p.name)}`, ...p.fields.map(([k, v]) => `${k}: ${v}`)];
    if (p.tags) {
      parts.push(`tags: [${p.tags.join(', ')}]`);
    }
    return [`${pad}- {${parts.join(', ')}}${style.comments ? '  # flow entry' : ''}`];
  }
  const lines: string[] = [];
  if (style.comments && i % 2 === 0) {
    lines.push(`${pad}# about ${p.name.replace(/\n/g, ' ')}`);
  }
  lines.push(`${pad}- name: ${formatString(p.name)}${style.comments && i % 3 === 0 ? '   # required' : ''}`);
  lines.push(...blockFields(p, style));
  return lines;
}

/** The lines after an entry's first: its fields, tags and notes, as a person would write them. */
function blockFields(p: Omit<GenPerson, 'name'>, style: RenderStyle): string[] {
  const inner = ' '.repeat(style.indent + 2);
  const lines: string[] = [];
  for (const [k, v] of p.fields) {
    lines.push(`${inner}${k}: ${v}`);
  }
  if (p.tags) {
    if (style.tagsFlow) {
      lines.push(`${inner}tags: [${p.tags.join(', ')}]`);
    } else if (p.tags.length === 0) {
      lines.push(`${inner}tags: []`);
    } else {
      lines.push(`${inner}tags:`, ...p.tags.map(t => `${inner}  - ${t}`));
    }
  }
  if (p.notes && p.notes.length) {
    lines.push(`${inner}notes:`);
    for (const n of p.notes) {
      lines.push(`${inner}  - date: ${n.date}`, `${inner}    text: ${formatString(n.text)}`);
    }
    if (style.comments) {
      lines.push(`${inner}  # end of notes`);
    }
  }
  return lines;
}

export interface GenNetwork {
  invitations: GenPerson[];
  contacts: GenPerson[];
  archive: GenPerson[];
  opportunities: GenOpportunity[];
  style: RenderStyle;
  listsPresent: { invitations: 'block' | 'empty' | 'missing'; archive: 'block' | 'empty' | 'missing' };
}

export const network: fc.Arbitrary<GenNetwork> = fc
  .record({
    invitations: fc.array(person, { maxLength: 5 }),
    contacts: fc.array(person, { maxLength: 6 }),
    archive: fc.array(person, { maxLength: 3 }),
    opportunities: fc.array(opportunity, { maxLength: 3 }),
    style: renderStyle,
    listsPresent: fc.record({
      invitations: fc.constantFrom('block', 'empty', 'missing') as fc.Arbitrary<'block' | 'empty' | 'missing'>,
      archive: fc.constantFrom('block', 'empty', 'missing') as fc.Arbitrary<'block' | 'empty' | 'missing'>,
    }),
  })
  .map(n => uniqueNames(n));

/** Identity is by name or profile: keep generated people distinct so conservation is checkable. */
function uniqueNames(n: GenNetwork): GenNetwork {
  let k = 0;
  const fix = (p: GenPerson): GenPerson => ({
    ...p,
    name: `${p.name} ${++k}`,
    fields: p.fields.filter(([key]) => key !== 'profile'),
  });
  const fixed = {
    ...n,
    invitations: n.invitations.map(fix),
    contacts: n.contacts.map(fix),
    archive: n.archive.map(fix),
  };
  if (fixed.listsPresent.invitations !== 'block' && fixed.invitations.length) {
    fixed.listsPresent = { ...fixed.listsPresent, invitations: 'block' };
  }
  if (fixed.listsPresent.archive !== 'block' && fixed.archive.length) {
    fixed.listsPresent = { ...fixed.listsPresent, archive: 'block' };
  }
  return fixed;
}

export function renderNetwork(n: GenNetwork): string {
  const s = n.style;
  const out: string[] = ['# My network (generated)', 'version: 1', '', 'me:', '  name: Sam Keller', ''];
  const list = (key: string, people: GenPerson[], present: 'block' | 'empty' | 'missing'): void => {
    if (present === 'missing') {
      return;
    }
    if (present === 'empty' || people.length === 0) {
      out.push(`${key}: []${s.comments ? '   # nothing here' : ''}`, '');
      return;
    }
    out.push(`${key}:${s.comments ? '          # the list' : ''}`);
    people.forEach((p, i) => {
      if (i > 0 && s.blankBetween) {
        out.push('');
      }
      out.push(...renderPerson(p, s, i));
    });
    if (s.comments) {
      out.push(`${' '.repeat(s.indent)}# end of ${key}`); // closes the list: stays last (at column 0 when indent is 0)
    }
    out.push('');
  };
  list('invitations', n.invitations, n.listsPresent.invitations);
  list('contacts', n.contacts, n.contacts.length ? 'block' : 'empty');
  list(
    'archive',
    n.archive.map((p, i) => ({
      ...p,
      fields: [
        ...p.fields,
        ['outcome', ['ignored', 'not-known', 'removed'][i % 3]],
        ['decided', '2026-10-0' + (1 + (i % 9))],
      ] as [string, string][],
    })),
    n.listsPresent.archive,
  );
  if (n.opportunities?.length) {
    out.push(`opportunities:${s.comments ? '   # the pipeline' : ''}`);
    n.opportunities.forEach((o, i) => {
      const pad = ' '.repeat(s.indent);
      out.push(`${pad}- id: opp-${i + 1}${s.comments && i === 0 ? '   # unique' : ''}`, ...blockFields(o, s));
    });
    out.push('');
  }
  out.push(
    'rules:',
    '  - match: { company: "*staffing*", message: "" }',
    '    suggest: ignore',
    '',
    'cadence:',
    '  client: 30',
    '',
  );
  return out.join(s.crlf ? '\r\n' : '\n');
}
