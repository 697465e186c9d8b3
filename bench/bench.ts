// npm run bench: the speed goals of a 30,000-contact network, as medians of several runs in one
// process after a warm-up, with js-yaml's load of the same text as the reference. Writes
// bench/results.json and prints a table. No timed assertions: these are measurements.

import * as fs from 'fs';
import * as path from 'path';
import { load as jsYamlLoad } from 'js-yaml';
import { dueDescriber } from '../src/model/people/followUps';
import { planImport } from '../src/model/linkedin/importMerge';
import { LENS_WINDOW_MARGIN, lensAnchors } from '../src/model/network/lensAnchors';
import { LineIndex } from '../src/model/yaml/lineIndex';
import { readLinkedInExport } from '../src/model/linkedin/linkedinExport';
import type { Entry, NetworkModel } from '../src/model/network/network';
import { pipelineGroups } from '../src/model/opportunities/pipeline';
import { opportunityProblems } from '../src/model/validation/opportunityChecks';
import { NetworkParser } from '../src/model/network/networkParser';
import { validateNetwork } from '../src/model/validation/networkValidation';
import { groupPeople, rowIds, sortedEntries } from '../src/model/people/peopleGroups';
import { contactDescription, personOf } from '../src/model/people/person';
import { plainTitle } from '../src/model/people/plainLabel';
import { applyEdits } from '../src/model/yaml/textEdits';
import { generateConnectionsCsv, generateNetwork } from './generateNetwork';
import { actionCase } from './actionCase';
import { measure, open, ratio, RUNS, TODAY } from './measure';
import { mentionsCase } from './mentionsCase';

const ROOT = path.resolve(__dirname, '..', '..');

// the sizes of what `npm run bench` just built, read before anything else can rebuild dist/
const dist = path.join(ROOT, 'dist');
const lazyDir = path.join(dist, 'lazy');
const fileSizes = new Map<string, number>();
for (const f of [
  path.join(dist, 'extension.js'),
  path.join(dist, 'web', 'extension.js'),
  ...(fs.existsSync(lazyDir) ? fs.readdirSync(lazyDir).map(f => path.join(lazyDir, f)) : []),
  ...fs.readdirSync(ROOT).map(f => path.join(ROOT, f)),
]) {
  fileSizes.set(f, fs.statSync(f).size);
}
const sizeOf = (f: string): number => fileSizes.get(f) ?? 0;
const lazy = [...fileSizes.keys()]
  .filter(f => path.dirname(f) === lazyDir && f.endsWith('.js'))
  .map(f => path.basename(f));
const vsix = [...fileSizes.keys()].map(f => path.basename(f)).find(f => /^contractor-network-.*\.vsix$/.test(f));

const results: Record<string, unknown> = {};
const table: string[][] = [];

// ---- open
const openResults: Record<string, { ms: number; refMs: number; ratio: number }> = {};
for (const n of [1000, 10000, 30000]) {
  const text = generateNetwork(n);
  const ms = measure(
    () => text,
    t => open(t),
  );
  const refMs = measure(
    () => text,
    t => jsYamlLoad(t),
  );
  openResults[String(n)] = { ms, refMs, ratio: ratio(ms, refMs) };
  table.push([
    `open ${n.toLocaleString('en-US')}`,
    `${ms} ms`,
    `js-yaml ${refMs} ms`,
    `ratio ${openResults[String(n)].ratio}`,
    n === 30000 ? 'target ratio ≤ 2' : '',
  ]);
}
results.open = openResults;

actionCase(results, table);

// ---- keystroke: one character typed inside a contact's note -> model and diagnostics
// The same parser throughout; runs type a character and take it back in turn.
{
  const parser = new NetworkParser();
  let text = generateNetwork(30000);
  const at = text.indexOf('Talked about', Math.floor(text.length / 2)) + 7;
  validateNetwork(parser.parse(text));
  let typed = false;
  const ms = measure(
    () => undefined,
    () => {
      const change = typed ? { start: at, oldEnd: at + 1, delta: -1 } : { start: at, oldEnd: at, delta: 1 };
      text = typed ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + 'x' + text.slice(at);
      typed = !typed;
      return validateNetwork(parser.parse(text, change));
    },
  );
  results.keystroke = { 30000: { ms } };
  table.push(['keystroke 30,000', `${ms} ms`, '', '', 'target ≤ 50 ms']);
}

// ---- tree: the first level and the largest group's children
// Each run on a freshly parsed model: nothing worked out for the tree is reused between runs. As
// the People view does it with its default settings: the groups by category with the availability
// lead of 8 weeks, then the largest group's rows (the Due group's contacts) with their label, the
// description the view shows (how late — from the Due group's due days, as the view reads them —,
// unfollowed, headline or job) and their id.
{
  const text = generateNetwork(30000);
  const ms = measure(
    () => new NetworkParser().parse(text),
    m => {
      const groups = groupPeople(m, { today: TODAY, availabilityLeadWeeks: 8, groupBy: 'category' });
      const largest = groups.reduce((a, b) => (b.entries.length > a.entries.length ? b : a));
      const idFor = rowIds(`people#${largest.kind}`);
      const dueText = dueDescriber();
      const row = (e: Entry, how?: string): { label: string; description: string; id: string } => {
        const p = personOf(e);
        return { label: plainTitle(p.name), description: contactDescription(p, how), id: idFor(e) };
      };
      const items = largest.due
        ? largest.due.map(d => row(d.entry, dueText(d)))
        : sortedEntries(largest).map(e => row(e));
      return items.length + groups.length;
    },
  );
  results.tree = { 30000: { ms } };
  table.push(['tree 30,000', `${ms} ms`, '', '', 'target ≤ 100 ms']);
}

// ---- code lenses: what the provider does at 30,000 when asked again (on every scroll and focus),
// on the model the extension keeps for the document: the anchors of the entries in and around an
// editor showing 50 lines in the middle of the file (a file this big gets lenses only there), and
// five lenses for each
{
  const model = new NetworkParser().parse(generateNetwork(30000));
  const middle = LineIndex.of(model.text).lineCount >> 1;
  const window = [[middle - LENS_WINDOW_MARGIN, middle + 50 + LENS_WINDOW_MARGIN]] as const;
  const ms = measure(
    () => model,
    m => lensAnchors(m, window).flatMap(a => [0, 1, 2, 3, 4].map(k => ({ line: a.line, k }))).length,
  );
  results.codeLens = { 30000: { ms } };
  table.push(['code lenses 30,000', `${ms} ms`, '', '', 'target ≤ 50 ms']);
}

// ---- opportunities: 2,000 in a 30,000-contact file; open against js-yaml, the §7 checks and the
// view's first level each on a freshly parsed model (nothing worked out for them is reused)
{
  const text = generateNetwork(30000, 300, 42, 2000);
  const ms = measure(
    () => text,
    t => open(t),
  );
  const refMs = measure(
    () => text,
    t => jsYamlLoad(t),
  );
  // as in the extension: the parser kept for the document, a character typed in an opportunity's
  // note, then the checks and the view on the new model (their per-model work done afresh)
  const parser = new NetworkParser();
  validateNetwork(parser.parse(text));
  const at = text.indexOf('    role:', text.indexOf('\nopportunities:')) + 10;
  let k = 0;
  const typed = (): NetworkModel => {
    const edited = text.slice(0, at) + 'xy'.charAt(k++ % 2) + text.slice(at);
    return parser.parse(edited, { start: at, oldEnd: at, delta: 1 });
  };
  const checksMs = measure(typed, m => opportunityProblems(m).length);
  const viewMs = measure(typed, m => pipelineGroups(m).length);
  results.opportunities = { open: { ms, refMs, ratio: ratio(ms, refMs) }, checksMs, viewMs };
  table.push([
    'open 30,000 + 2,000 opportunities',
    `${ms} ms`,
    `js-yaml ${refMs} ms`,
    `ratio ${ratio(ms, refMs)}`,
    'target ratio ≤ 2',
  ]);
  table.push(['opportunity checks (§7), 2,000', `${checksMs} ms`, '', '', 'target ≤ 50 ms']);
  table.push(['Opportunities view, first level', `${viewMs} ms`, '', '', 'target ≤ 50 ms']);
}

// ---- import: a 30,000-row Connections.csv into a 1,000-contact network
{
  const text = generateNetwork(1000);
  const csv = generateConnectionsCsv(30000, 1000);
  const ms = measure(
    () => text,
    t => {
      const exp = readLinkedInExport({ connections: csv }, d => d.toISOString().slice(0, 10));
      const p = new NetworkParser();
      const r = planImport(p.parse(t), exp, TODAY);
      if (!r.ok) {
        throw new Error(r.message);
      }
      const out = applyEdits(t, r.edits);
      return validateNetwork(p.parse(out));
    },
    Math.min(RUNS, 3),
  );
  results.import = { 30000: { ms } };
  table.push(['import 30,000 rows', `${ms} ms`, '', '', 'target ≤ 5,000 ms']);
}

mentionsCase(results, table);

// ---- the real extension host: the last `npm run bench:host` (bench/host-results.json), its
// costs of ours against VS Code's own in the same run
interface HostResults {
  vscode: string;
  hostAccept: { ms: number; refMs: number; ratio: number };
  firstTree: { ms: number; refMs: number; ratio: number };
  keystroke: { ms: number; vscodeMs: number };
  lazyAtFirstTree: string[];
}
const hostFile = path.join(ROOT, 'bench', 'host-results.json');
const host = fs.existsSync(hostFile) ? (JSON.parse(fs.readFileSync(hostFile, 'utf8')) as Partial<HostResults>) : {};
if (host.hostAccept && host.firstTree && host.keystroke) {
  results.hostAccept = host.hostAccept;
  results.firstTree = host.firstTree;
  results.hostKeystroke = host.keystroke;
  const kb = (ms: number): string => `${Math.round(ms)} ms`;
  table.push([
    'host: accept through the command, 30,000',
    kb(host.hostAccept.ms),
    `one-line WorkspaceEdit + save ${kb(host.hostAccept.refMs)}`,
    `ratio ${host.hostAccept.ratio}`,
    'target ratio ≤ 1.5',
  ]);
  table.push([
    'host: activation to first tree items, 30,000',
    kb(host.firstTree.ms),
    `workspace.fs.readFile ${kb(host.firstTree.refMs)}`,
    `ratio ${host.firstTree.ratio}`,
    'target ratio ≤ 3',
  ]);
  table.push([
    'host: keystroke, model + diagnostics',
    kb(host.keystroke.ms),
    `VS Code's own ${kb(host.keystroke.vscodeMs)}`,
    '',
    'both reported',
  ]);
}

// ---- sizes: what activation loads (the main bundle, and any lazy bundle the host bench saw
// loaded by the first tree items: of dist/lazy/, or the web bundle, where the Node build reads the
// libraries both builds share), each lazy bundle, the .vsix
const onFirstUse = [...lazy.map(f => `lazy/${f}`), 'web/extension.js'];
const loadedEarly = (host.lazyAtFirstTree ?? []).filter(f => onFirstUse.includes(f));
results.bundleBytes = sizeOf(path.join(dist, 'extension.js'));
results.activationBytes =
  (results.bundleBytes as number) + loadedEarly.reduce((n, f) => n + sizeOf(path.join(dist, f)), 0);
results.lazyBytes = Object.fromEntries(lazy.map(f => [f, sizeOf(path.join(lazyDir, f))]));
results.webBundleBytes = sizeOf(path.join(dist, 'web', 'extension.js'));
results.vsixBytes = vsix ? sizeOf(path.join(ROOT, vsix)) : 0;
const kib = (b: number): string => `${(b / 1000).toFixed(1)} KB`;
table.push([
  'activation loads (dist/extension.js' + loadedEarly.map(f => ` + ${f}`).join('') + ')',
  kib(results.activationBytes as number),
  '',
  '',
  'target ≤ 200 KB',
]);
for (const f of lazy) {
  table.push([`  lazy/${f} (on first use)`, kib(sizeOf(path.join(lazyDir, f))), '', '', '']);
}
table.push([
  "web bundle (dist/web/extension.js, one file; the Node build's yaml, minimatch, JSON schema and fflate on first use)",
  kib(results.webBundleBytes as number),
  '',
  '',
  '',
]);
table.push(['vsix', kib(results.vsixBytes as number), '', '', 'target ≤ 400 KB']);

const ordered = {
  open: results.open,
  action: results.action,
  keystroke: results.keystroke,
  tree: results.tree,
  codeLens: results.codeLens,
  import: results.import,
  opportunities: results.opportunities,
  hostAccept: results.hostAccept,
  firstTree: results.firstTree,
  hostKeystroke: results.hostKeystroke,
  activationBytes: results.activationBytes,
  mentions: results.mentions,
  bundleBytes: results.bundleBytes,
  lazyBytes: results.lazyBytes,
  webBundleBytes: results.webBundleBytes,
  vsixBytes: results.vsixBytes,
};
fs.writeFileSync(path.join(ROOT, 'bench', 'results.json'), JSON.stringify(ordered, null, 2) + '\n');
// the same table as the README's performance section, in its Markdown
console.log(`\nContractor Network benchmark (median of ${RUNS} runs after a warm-up; Node ${process.version})\n`);
console.log('| case | result | reference | ratio | target |');
console.log('|---|---|---|---|---|');
for (const r of table) {
  console.log(`| ${r.map(c => c.trim().replace(/\|/g, '\\|')).join(' | ')} |`);
}
console.log('\nwritten: bench/results.json');
