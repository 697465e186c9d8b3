// Realistic networks for the benchmark: comments, notes, tags, a few hundred invitations.

const FIRST = [
  'Priya',
  'Tobias',
  'Anna',
  'Lukas',
  'Sofia',
  'Mateo',
  'Chen',
  'Aisha',
  'Oliver',
  'Zoë',
  'Łukasz',
  'Noah',
  'Emma',
  'Ravi',
  'Fatima',
  'Jonas',
  'Mia',
  'Kenji',
  'Lea',
  'Omar',
  'Sara',
  'Diego',
  'Hannah',
  'Ivan',
  'Yuki',
  'Amara',
  'Felix',
  'Nora',
];
const LAST = [
  'Anand',
  'Ferreira',
  'Schmidt',
  'Novak',
  'García',
  'Kowalski',
  'Okafor',
  'Lindqvist',
  'Tanaka',
  'Dubois',
  'Rossi',
  'Müller',
  'Silva',
  'Nguyen',
  'Kaur',
  'Hughes',
  'Berg',
  'Costa',
  'Haddad',
  'Ivanova',
  'Moreau',
  'Jensen',
  'Sato',
  'Weber',
];
const COMPANIES = [
  'Nordwerk GmbH',
  'Brightlane Talent',
  'QuickStaff Agency',
  'Helix Data',
  'Acme Cloud',
  'Fjord Analytics',
  'Bluewave Consulting',
  'Kafka Works',
  'Tessellate Ltd',
  'Orbit Systems, Inc.',
  'Lumen Labs',
  'Vantage Recruitment',
];
const POSITIONS = [
  'Head of Platform',
  'CTO',
  'Senior Technical Recruiter',
  'Engineering Manager',
  'Data Architect',
  'Talent Partner',
  'VP Engineering',
  'Staff Engineer',
  'Founder',
  'Delivery Lead',
];
const CATEGORIES = ['client', 'prospect', 'recruiter', 'agency', 'partner', 'peer', 'other'];
const TAGS = ['kafka', 'berlin', 'rust', 'data', 'cloud', 'fintech', 'ml', 'london', 'remote', 'go'];

/** Deterministic pseudo-random numbers, so every run measures the same file. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function day(r: () => number, fromYear: number, toYear: number): string {
  const y = fromYear + Math.floor(r() * (toYear - fromYear + 1));
  const m = 1 + Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function generateNetwork(contacts: number, invitations = 300, seed = 42, opportunities = 0): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const out: string[] = [
    '# My contractor network. Edit freely: comments, order and quoting are kept.',
    'version: 1',
    '',
    'me:',
    '  name: Sam Keller',
    '  profile: https://www.linkedin.com/in/samkeller',
    '  expertise: [event-driven platforms, Kafka migrations]',
    '',
    'invitations:                      # received, still pending',
  ];
  for (let i = 0; i < invitations; i++) {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const company = pick(COMPANIES);
    out.push(`  - name: ${name} ${i}`);
    out.push(`    profile: https://www.linkedin.com/in/inv-${i}-${name.toLowerCase().replace(/[^a-z]+/g, '-')}`);
    out.push(`    headline: ${pick(POSITIONS)} at ${company.replace(/,/g, '')}`);
    out.push(`    company: ${company.includes(',') ? `"${company}"` : company}`);
    out.push(`    received: ${day(r, 2026, 2026)}`);
    if (r() < 0.5) {
      out.push(`    message: "Hi Sam, saw your talk on event sourcing - would love to connect."`);
    }
  }
  out.push('', 'contacts:');
  const profiles: string[] = [];
  for (let i = 0; i < contacts; i++) {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const company = pick(COMPANIES);
    if (i % 50 === 0) {
      out.push(`  # --- batch ${i / 50} ---`);
    }
    out.push(`  - name: ${name} ${i}${i % 7 === 0 ? '             # met at a meetup' : ''}`);
    profiles.push(`https://www.linkedin.com/in/c${i}-${name.toLowerCase().replace(/[^a-z]+/g, '-')}`);
    out.push(`    profile: ${profiles[i]}`);
    out.push(`    company: ${company.includes(',') ? `"${company}"` : company}`);
    out.push(`    position: ${pick(POSITIONS)}`);
    out.push(`    category: ${pick(CATEGORIES)}`);
    if (r() < 0.6) {
      out.push(`    tags: [${pick(TAGS)}, ${pick(TAGS)}]`);
    }
    out.push(`    connected: ${day(r, 2015, 2026)}`);
    if (r() < 0.2) {
      out.push('    following: false');
    }
    if (r() < 0.4) {
      const d = day(r, 2025, 2026);
      out.push(`    lastContact: ${d}`);
      out.push('    notes:');
      out.push(`      - date: ${d}`);
      out.push(`        text: Talked about ${pick(TAGS)} work; follow up in the new year.`);
    }
  }
  out.push('', 'archive:');
  for (let i = 0; i < Math.max(10, Math.floor(contacts / 100)); i++) {
    out.push(
      `  - name: ${pick(FIRST)} ${pick(LAST)} a${i}`,
      `    company: ${pick(COMPANIES).replace(/,/g, '')}`,
      `    outcome: ${pick(['ignored', 'not-known', 'removed'])}`,
      `    decided: ${day(r, 2025, 2026)}`,
    );
  }
  out.push(
    '',
    'rules:',
    '  - match:',
    '      headline: "*recruit*"',
    '    suggest: accept',
    '    category: recruiter',
    '    following: false',
    '  - match: { company: "*staffing*", message: "" }',
    '    suggest: ignore',
    '',
    'cadence:',
    '  client: 30',
    '  recruiter: 90',
    '',
    'blueprints:',
    '  - id: kafka-migration',
    '    title: Zero-downtime Kafka migrations',
    '    promise: Move a live platform to Kafka in 30 days without downtime.',
    '    audience: [client, prospect]',
    '    channels: [post, article, whitepaper, webinar]',
    '',
  );
  if (opportunities > 0) {
    out.push(...generateOpportunities(opportunities, profiles, r));
  }
  return out.join('\n');
}

const STAGES = ['lead', 'applied', 'submitted', 'interview', 'offer', 'won', 'lost', 'withdrawn'];
const RATES = ['650/day', '£85 per hour', '90k a year', '3,250/week', '550-600/day', 'competitive'];

/** An opportunities section: `via` names contacts of the network (by profile), clients repeat (double submissions happen). */
function generateOpportunities(n: number, profiles: readonly string[], r: () => number): string[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const out = ['opportunities:'];
  for (let i = 0; i < n; i++) {
    const stage = pick(STAGES);
    const via = pick(profiles);
    out.push(
      `  - id: opp-${i}`,
      `    role: ${pick(POSITIONS)}`,
      `    client: ${pick(COMPANIES).replace(/,/g, '')}`,
      `    via: ${via}`,
      `    stage: ${stage}`,
      `    rate: "${pick(RATES)}"`,
      `    ir35: ${pick(['outside', 'inside', 'undetermined'])}`,
    );
    if (!['lead', 'applied'].includes(stage)) {
      out.push(`    submitted: ${day(r, 2025, 2026)}`);
    }
  }
  out.push('');
  return out;
}

/** A LinkedIn Connections.csv of `rows` rows; the first `existing` are people of generateNetwork(existing). */
export function generateConnectionsCsv(rows: number, existing: number, seed = 42): string {
  const r = rng(seed + 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  // replay the names generateNetwork gave its contacts (same generator, same order of draws)
  const names: { name: string; profile: string }[] = [];
  generateNetwork(existing, 300, seed)
    .split('\n')
    .forEach(line => {
      const m = /^ {2}- name: (.+?) (\d+)(?:\s+#.*)?$/.exec(line);
      const p = /^ {4}profile: (https:\/\/www\.linkedin\.com\/in\/c\d+-[^\s]+)$/.exec(line);
      if (m) {
        names.push({ name: `${m[1]} ${m[2]}`, profile: '' });
      } else if (p && names.length) {
        names[names.length - 1].profile = p[1];
      }
    });
  const out = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const contactsOnly = names.filter(n => n.profile);
  for (let i = 0; i < rows; i++) {
    const known = i < contactsOnly.length ? contactsOnly[i] : undefined;
    const full = known ? known.name : `${pick(FIRST)} ${pick(LAST)} x${i}`;
    const [first, ...rest] = full.split(' ');
    const url = known ? known.profile : `https://www.linkedin.com/in/new-${i}`;
    const company = pick(COMPANIES);
    const q = (s: string): string => (/[",]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    out.push(
      [
        first,
        rest.join(' '),
        url,
        r() < 0.1 ? `p${i}@example.com` : '',
        company,
        pick(POSITIONS),
        `${String(1 + Math.floor(r() * 28)).padStart(2, '0')} ${months[Math.floor(r() * 12)]} ${2015 + Math.floor(r() * 11)}`,
      ]
        .map(q)
        .join(','),
    );
  }
  return out.join('\n') + '\n';
}
