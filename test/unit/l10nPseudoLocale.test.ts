import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as l10n from '@vscode/l10n';
import { parse } from 'yaml';
import { whenFromToday } from '../../src/model/calendar/spokenDates';
import { dashboardData } from '../../src/model/dashboard/dashboardData';
import { renderDashboard } from '../../src/model/dashboard/dashboardHtml';
import { refuseIfBroken } from '../../src/model/actions/networkEdits';
import { planResolveConflict } from '../../src/model/merge/resolveConflict';
import { CHANNELS } from '../../src/model/network/network';
import { parseNetwork } from '../../src/model/network/networkParser';
import { cadenceOf, nextDue } from '../../src/model/people/followUps';
import { personOf } from '../../src/model/people/person';
import { personCard } from '../../src/model/people/personCard';
import { availabilityPost } from '../../src/model/posts/availabilityPost';
import { validateNetwork } from '../../src/model/validation/networkValidation';
import { REPO_ROOT } from '../support/repoRoot';

// The model's words come out in the display language: with a pseudo-locale bundle that wraps every
// string of l10n/bundle.l10n.json in [«…»] (its placeholders kept), what the model says for a
// problem, a hover card and the dashboard is the bundle's, not the English written in the source.
// @vscode/l10n reads a bundle in plain Node (l10n.config); the extension's bundles put VS Code's
// own vscode.l10n.t in its place (esbuild.mjs, src/services/modelL10n.ts), which reads the same file.

type BundleValue = string | { message: string; comment: string[] };

function pseudoBundle(): Record<string, BundleValue> {
  const bundle = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'l10n', 'bundle.l10n.json'), 'utf8')) as Record<
    string,
    BundleValue
  >;
  return Object.fromEntries(
    Object.entries(bundle).map(([k, v]) => [
      k,
      typeof v === 'string' ? `[«${v}»]` : { message: `[«${v.message}»]`, comment: v.comment },
    ]),
  );
}

/** `text` without its pseudo-translated parts (innermost first, as they nest). */
function untranslated(text: string): string {
  let rest = text;
  for (let prev = ''; prev !== rest;) {
    prev = rest;
    rest = rest.replace(/\[«(?:(?!\[«|»\]).)*»\]/gs, ' ');
  }
  return rest;
}

/** The words a person reads in `html`: its text and its aria-labels and titles, entities gone. */
function shownText(html: string): string {
  return html
    .replace(/<[^>]*>/g, tag => ` ${[...tag.matchAll(/(?:aria-label|title)="([^"]*)"/g)].map(m => m[1]).join(' ')} `)
    .replace(/&(?:#\d+|[a-z]+);/g, ' ');
}

/** Every word of the values in a YAML text (what the file says, which the dashboard shows as written). */
function dataWords(yamlText: string): Set<string> {
  const words = new Set<string>();
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      for (const w of v.match(/[\p{L}]{2,}/gu) ?? []) {
        words.add(w.toLowerCase());
      }
    } else if (Array.isArray(v)) {
      v.forEach(walk);
    } else if (v && typeof v === 'object') {
      Object.values(v).forEach(walk);
    }
  };
  walk(parse(yamlText));
  return words;
}

suite('l10n: the model speaks the display language (a pseudo-locale bundle)', () => {
  suiteSetup(() => l10n.config({ contents: pseudoBundle() }));
  suiteTeardown(() => l10n.config({ contents: {} }));

  test('a problem message and its quick fix title', () => {
    const model = parseNetwork('version: 1\ncontacts:\n  - name: Ann\n    category: clent\n');
    const [problem] = validateNetwork(model);
    assert.strictEqual(
      problem.message,
      '[«Unknown [«category»] "clent": did you mean "client"? Known: client, prospect, recruiter, agency, partner, peer, other.»]',
    );
    assert.strictEqual(problem.fix?.title, '[«Change to client»]');
  });

  test('a hover card: its labels, the due text and the spoken dates', () => {
    const model = parseNetwork(`cadence:
  client: 30
contacts:
  - name: Tobias Ferreira
    company: Nordwerk GmbH
    position: Head of Platform
    category: client
    following: false
    lastContact: 2026-10-02
`);
    const entry = model.contacts[0];
    const due = nextDue(entry, cadenceOf(model), '2026-11-26');
    const card = personCard(personOf(entry), 'contact', { due });
    assert.deepStrictEqual(card.lines, [
      { label: '[«Position»]', value: '[«Head of Platform at Nordwerk GmbH»]' },
      { label: '[«Category»]', value: 'client' },
      { label: '[«Last contact»]', value: '2026-10-02' },
      { label: '[«Next due»]', value: "[«2026-11-01 ([«[«25 days»] overdue»], from the category's cadence)»]" },
      { sentence: '[«Unfollowed: still connected, their posts stay out of your feed.»]' },
    ]);
    assert.strictEqual(whenFromToday('2026-12-24', '2026-11-26'), '[«in [«4 weeks»]»]');
    assert.strictEqual(whenFromToday('2026-11-25', '2026-11-26'), '[«[«1 day»] ago»]');
  });

  test('the availability post stays English, its month names too (the text goes into your file)', () => {
    const model = parseNetwork('version: 1\nme:\n  availableFrom: 2027-04-01\n');
    const post = availabilityPost(model, '2026-11-26');
    assert.ok(post.includes('\nFrom 1 April 2027 I am available for a new contract.\n'), post);
    assert.ok(!post.includes('[«'), post);
    const sameYear = availabilityPost(parseNetwork('version: 1\nme:\n  availableFrom: 2026-12-07\n'), '2026-11-26');
    assert.ok(sameYear.includes('\nFrom 7 December I am available for a new contract.\n'), sameYear);
  });

  test('a refusal of a broken file carries the YAML reason once, without the "YAML syntax" lead', () => {
    const broken = parseNetwork('version: 1\ncontacts:\n  - name: Ann\n    tags: [a, b\n  - name: Bo\n');
    assert.strictEqual(broken.syntaxErrors.length > 0, true);
    const refused = refuseIfBroken(broken);
    assert.ok(refused && !refused.ok);
    assert.match(refused.message, /^\[«network\.yaml has a YAML error on line \d+, column \d+: [^«]+ Fix it first/);
    assert.ok(!refused.message.includes('YAML syntax'), refused.message);
    const conflicted = [
      'version: 1',
      '<<<<<<< HEAD',
      'contacts:',
      '  - name: Lena Vogt',
      '=======',
      'contacts:',
      '  - name: Lena Vogt',
      '    tags: [agency',
      '>>>>>>> desktop',
      '',
    ].join('\n');
    const r = planResolveConflict(conflicted, '2026-11-27');
    assert.ok(!r.plan.ok);
    assert.match(r.plan.message, /^\[«The second version \(desktop\) does not read as YAML/);
    assert.ok(!r.plan.message.includes('YAML syntax'), r.plan.message);
  });

  test('the dashboard body: no English of ours is left, only what the file says', () => {
    const yamlText = fs.readFileSync(path.join(REPO_ROOT, 'examples', 'network.yaml'), 'utf8');
    const drafts = [
      { path: 'posts/a.md', blueprint: 'kafka-migrations', channel: 'post', status: 'published' },
      { path: 'posts/b.md', blueprint: 'kafka-migrations', channel: 'article', status: 'draft' },
    ];
    const html = renderDashboard(dashboardData(parseNetwork(yamlText), drafts, '2026-11-26'));
    const empty = renderDashboard(dashboardData(parseNetwork('version: 1\n'), [], '2026-11-26'));
    assert.match(html, /<h1>\[«Your network at a glance»\]<\/h1>/);
    assert.match(html, /<h2 id="h-pipe">\[«Pipeline»\]<\/h2>/);
    assert.match(empty, /\[«Nothing to show yet»\]/);
    const allowed = new Set([...dataWords(yamlText), ...CHANNELS, 'posts', 'md']);
    for (const body of [html, empty]) {
      const left = (untranslated(shownText(body)).match(/[\p{L}]{2,}/gu) ?? []).filter(
        w => !allowed.has(w.toLowerCase()),
      );
      assert.deepStrictEqual(left, []);
    }
  });
});
