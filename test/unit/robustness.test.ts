import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { dashboardData } from '../../src/model/dashboard/dashboardData';
import { renderDashboard } from '../../src/model/dashboard/dashboardHtml';
import { lensAnchors } from '../../src/model/network/lensAnchors';
import { lintPost, postInfo } from '../../src/model/posts/postLint';
import { toLinkedIn } from '../../src/model/posts/linkedinText';
import type { NetworkModel } from '../../src/model/network/network';
import { ACTION_LIST, planAction } from '../../src/model/actions/networkEdits';
import type { ActionKind } from '../../src/model/actions/actionSpec';
import { NetworkParser, parseNetwork } from '../../src/model/network/networkParser';
import { validateNetwork } from '../../src/model/validation/networkValidation';
import { groupPeople, sortedEntries } from '../../src/model/people/peopleGroups';
import { personOf } from '../../src/model/people/person';
import { generateNetwork } from '../../bench/generateNetwork';
import { network, renderNetwork } from '../support/networkArbitrary';
import { requestFor } from '../support/actionRequests';
import { runs } from '../support/runs';
import { yamlTestSuiteCases } from '../support/yamlTestSuite';

const EXAMPLE = fs.readFileSync(path.resolve(__dirname, '../../../examples/network.yaml'), 'utf8');
const KINDS = Object.keys(ACTION_LIST) as ActionKind[];
const CTX = { today: '2026-11-26', snoozeDays: 7, linkedinTodos: true };

function yamlBroken(text: string): boolean {
  return parseDocument(text, { uniqueKeys: true, strict: true, logLevel: 'error' }).errors.length > 0;
}

/** Everything the providers, views and commands do with a model; none of it may throw. */
function exercise(text: string, model: NetworkModel): void {
  const problems = validateNetwork(model);
  for (const p of problems) {
    assert.ok(
      p.start >= 0 && p.end >= p.start && p.end <= text.length,
      `problem range ${p.start}-${p.end} in ${text.length}`,
    );
  }
  for (const g of groupPeople(model, { today: CTX.today })) {
    for (const e of sortedEntries(g)) {
      personOf(e);
    }
  }
  lensAnchors(model);
  renderDashboard(dashboardData(model, [], CTX.today));
  for (const kind of KINDS) {
    const list = model[ACTION_LIST[kind]];
    const request = list.length ? requestFor(kind, list[0], 'x') : { ref: { name: 'Nobody' }, value: 'x' };
    const r = planAction(model, { kind, ...request }, CTX);
    if (model.syntaxErrors.length) {
      assert.ok(!r.ok, 'no action may write to a broken file');
    }
  }
}

/** A broken file gets at least one positioned error; a well-formed one is fully usable. */
function check(text: string): void {
  const model = parseNetwork(text);
  if (yamlBroken(text)) {
    assert.ok(
      model.syntaxErrors.length > 0 || (model.sections.length === 0 && text.trim() === ''),
      'a file with a YAML error gets a diagnostic',
    );
    for (const e of model.syntaxErrors) {
      assert.ok(e.start >= 0 && e.start <= text.length && e.end <= text.length, 'with a position in the file');
    }
  }
  exercise(text, model);
}

suite('robustness: bad input never throws, broken files are never written', () => {
  test('the error cases of the YAML test suite, alone and inside a network', () => {
    const cases = yamlTestSuiteCases();
    let n = 0;
    for (const c of cases) {
      const indented = c.yaml
        .split('\n')
        .map(l => (l ? `    ${l}` : l))
        .join('\n');
      for (const text of [
        c.yaml,
        `version: 1\ncontacts:\n  - name: A\n    x:\n${indented}\n`,
        `contacts:\n${c.yaml}`,
      ]) {
        try {
          check(text);
        } catch (e) {
          assert.fail(`${c.id} (${c.name}): ${(e as Error).message}\n${JSON.stringify(text)}`);
        }
        n++;
      }
    }
    assert.ok(n >= 1200, `${n} cases`);
  });

  test('random mutations of valid networks (>= 10,000 in CI)', function () {
    this.timeout(0); // a count of runs, not a time: however loaded the machine, all of them run
    const mutation = fc.record({
      at: fc.nat(),
      del: fc.nat({ max: 8 }),
      ins: fc.constantFrom(
        '',
        ' ',
        '\n',
        '\t',
        ':',
        '- ',
        '#',
        '"',
        "'",
        '[',
        '{',
        '}',
        ']',
        '&a',
        '*a',
        '!!str',
        '|',
        '>',
        '\u0000',
        '\ufeff',
        '\r',
        '---\n',
        '? ',
        '%YAML 1.2\n',
        '🚀',
        '\\',
      ),
      shift: fc.integer({ min: -3, max: 3 }),
    });
    const base = fc.oneof(
      { weight: 3, arbitrary: network.map(renderNetwork) },
      { weight: 1, arbitrary: fc.constant(EXAMPLE) },
    );
    fc.assert(
      fc.property(base, fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.nat(), (text0, muts, cut) => {
        let text = text0;
        for (const m of muts) {
          const at = m.at % (text.length + 1);
          if (m.shift !== 0) {
            // shifted indentation: the line at `at` moves left or right
            const ls = text.lastIndexOf('\n', at - 1) + 1;
            text =
              m.shift > 0
                ? text.slice(0, ls) + ' '.repeat(m.shift) + text.slice(ls)
                : text.slice(0, ls) + text.slice(ls).replace(new RegExp(`^ {0,${-m.shift}}`), '');
          } else {
            text = text.slice(0, at) + m.ins + text.slice(at + m.del);
          }
        }
        if (cut % 7 === 0) {
          text = text.slice(0, cut % (text.length + 1)); // truncated
        }
        check(text);
      }),
      { numRuns: runs(10000) },
    );
  });

  test('typing through a broken state keeps the incremental parser right', () => {
    const parser = new NetworkParser();
    let text = EXAMPLE;
    parser.parse(text);
    const at = text.indexOf('  - name: Amelia Hart');
    for (const step of ['"', 'x', '\n', ':', ' ']) {
      text = text.slice(0, at + 10) + step + text.slice(at + 10);
      const incremental = parser.parse(text, { start: at + 10, oldEnd: at + 10, delta: 1 });
      assert.strictEqual(incremental.syntaxErrors.length > 0, parseNetwork(text).syntaxErrors.length > 0);
    }
  });

  test('a 50 MB file is read without running out of bounds; an error near its end is found', () => {
    let text = generateNetwork(1000);
    const body = text.slice(text.indexOf('\ncontacts:\n') + '\ncontacts:\n'.length, text.indexOf('\narchive:'));
    const parts = [text.slice(0, text.indexOf('\narchive:'))];
    let size = text.length;
    for (let i = 0; size < 50 * 1024 * 1024; i++) {
      const chunk = body.replace(/- name: (.+)/g, `- name: $1 r${i}`).replace(/profile: (\S+)/g, `profile: $1-r${i}`);
      parts.push('\n' + chunk);
      size += chunk.length + 1;
    }
    text = parts.join('') + '\n';
    assert.ok(text.length >= 50 * 1024 * 1024);
    const model = parseNetwork(text);
    assert.deepStrictEqual(model.syntaxErrors, []);
    assert.ok(model.contacts.length > 150_000, `${model.contacts.length} contacts`);
    const broken = text.slice(0, text.length - 200) + '  - name: "unclosed\n' + text.slice(text.length - 200);
    const m2 = parseNetwork(broken);
    assert.ok(m2.syntaxErrors.length > 0);
    assert.ok(m2.syntaxErrors[0].start > text.length - 400, 'positioned near the end');
  });

  test('alias bombs are refused with a message, in bounded time', () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      bomb.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const text = `${bomb.join('\n')}\ncontacts:\n  - name: *i\n`;
    const t0 = Date.now();
    const model = parseNetwork(text);
    assert.ok(Date.now() - t0 < 10_000, 'bounded time');
    assert.ok(
      model.syntaxErrors.some(e => /alias bomb|Too many aliases|resource/.test(e.message)),
      JSON.stringify(model.syntaxErrors),
    );
  });

  test('__proto__ and constructor keys pollute nothing', () => {
    const text =
      'contacts:\n  - name: A\n    __proto__: {polluted: yes}\n    constructor: {prototype: {polluted: yes}}\n  - {name: B, __proto__: {polluted: yes}}\n__proto__:\n  polluted: yes\n';
    const model = parseNetwork(text);
    exercise(text, model);
    assert.strictEqual(({} as Record<string, unknown>).polluted, undefined);
    assert.strictEqual(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    assert.strictEqual(personOf(model.contacts[0]).name, 'A');
  });

  test('post lint and the LinkedIn conversion never throw on random markdown', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 400 }),
        fc.constantFrom('', '---\nchannel: post\n---\n', '---\n[\n---\n', '---\nstatus: published\n'),
        (body, fm) => {
          const md = fm + body;
          lintPost(md, { blueprints: [] });
          postInfo(md);
          toLinkedIn(md, { unicodeStyling: true });
        },
      ),
      { numRuns: runs(2000) },
    );
  });
});
