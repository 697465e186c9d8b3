import * as assert from 'assert';
import { describe, describeParts } from '../../../src/model/people/person';
import type { Person } from '../../../src/model/network/network';
import {
  plainLabel,
  plainMessage,
  plainNotice,
  plainParts,
  plainRow,
  plainStatus,
  plainTitle,
} from '../../../src/model/people/plainLabel';
import { describeMove } from '../../../src/model/people/moves';
import { opportunityTitle } from '../../../src/model/opportunities/opportunity';
import type { Opportunity } from '../../../src/model/opportunities/opportunity';

// The names every picker is tested with (test/integration/hostileText.test.ts opens the pickers).
const LINK = '[x](command:workbench.action.quit)';
const ICON = '$(zap) Boss';
const RTL = 'Ann \u202Egnp.exe\u202C Lee'; // shows as "Ann exe.png Lee" unless isolated
const OPEN_RTL = 'Eve \u202Eevil'; // an override never closed: it would flip what follows it on the row
const LONG = 'L'.repeat(5000);

/** What VS Code shows for a label: its `\$(` escapes undone (the isolates are invisible). */
const shown = (label: string): string => label.replace(/\\\$\(/g, '$(').replace(/^\u2068|\u2069$/g, '');

suite('plainLabel', () => {
  test('icon syntax is escaped so a QuickPick shows it as typed; everything else is untouched', () => {
    assert.strictEqual(plainLabel('$(zap) Boss'), '\\$(zap) Boss');
    assert.strictEqual(plainLabel('a $(x) and $(y~spin)'), 'a \\$(x) and \\$(y~spin)');
    const link = '[x](command:workbench.action.quit) <img src=x onerror=alert(1)> **b**';
    assert.strictEqual(plainLabel(link), link);
    assert.strictEqual(plainLabel('costs $ 5 (per day)'), 'costs $ 5 (per day)');
    assert.strictEqual(
      plainLabel('a\\$(zap)'),
      'a\\\\$(zap)',
      'a backslash of their own stays, the icon still escaped',
    );
  });

  test('the hostile names: shown as typed, never cut, no unescaped icon, bidi controls isolated', () => {
    for (const name of [LINK, ICON, RTL, OPEN_RTL, LONG, `${LONG}${ICON}`]) {
      const label = plainLabel(name);
      assert.strictEqual(shown(label), name, `shown as typed: ${name.slice(0, 40)}`);
      assert.ok(!/(^|[^\\])\$\(/.test(label), `no icon: ${label.slice(0, 60)}`);
    }
    assert.strictEqual(
      plainLabel(LONG).length,
      5000,
      'a 5,000-character name is not cut (VS Code ellipsizes on screen)',
    );
    assert.strictEqual(plainLabel(RTL), `\u2068${RTL}\u2069`);
    assert.strictEqual(plainLabel(OPEN_RTL), `\u2068${OPEN_RTL}\u2069`, 'the isolate closes the open override');
    assert.strictEqual(plainLabel('Zoë Ångström 山田'), 'Zoë Ångström 山田', 'no isolate without a bidi control');
  });

  test('titles and placeholders are plain text in VS Code: no backslash, bidi isolated', () => {
    assert.strictEqual(plainTitle(ICON), ICON);
    assert.strictEqual(plainTitle(LINK), LINK);
    assert.strictEqual(plainTitle(RTL), `\u2068${RTL}\u2069`);
    assert.strictEqual(plainTitle(LONG), LONG);
  });

  test('plainParts: each part on its own, so one part’s override cannot flip the next', () => {
    assert.strictEqual(plainParts([OPEN_RTL, undefined, ICON, '']), `\u2068${OPEN_RTL}\u2069 · \\$(zap) Boss`);
    assert.strictEqual(plainParts([OPEN_RTL, ICON], plainTitle, ', '), `\u2068${OPEN_RTL}\u2069, ${ICON}`);
    assert.strictEqual(plainParts([]), '');
  });

  test('plainMessage: an input box message shows no link and no icon', () => {
    const m = plainMessage(`"${LINK}" is not a link to a LinkedIn profile; ${ICON}`);
    assert.ok(!/\[[^\]]+\]\(command:/.test(m), m);
    assert.strictEqual(
      m.replace(/\u2060/g, '').replace(/\\\$\(/g, '$('),
      `"${LINK}" is not a link to a LinkedIn profile; ${ICON}`,
    );
  });

  test('describeParts: what describe joins, the headline alone when there is one', () => {
    const p = { name: 'x', position: OPEN_RTL, company: ICON, notes: [], tags: [] } as unknown as Person;
    assert.deepStrictEqual(describeParts(p), [OPEN_RTL, ICON]);
    assert.strictEqual(describe(p), `${OPEN_RTL} · ${ICON}`);
    assert.deepStrictEqual(describeParts({ ...p, headline: LINK }), [LINK]);
    assert.strictEqual(describe({ ...p, position: undefined }), ICON);
  });
  test('a tree row (label, description): each part isolated on its own, what was typed kept, no backslash', () => {
    assert.strictEqual(plainRow([OPEN_RTL, undefined, ICON, '']), `\u2068${OPEN_RTL}\u2069 · ${ICON}`);
    assert.strictEqual(plainRow([LINK, LONG]), `${LINK} · ${LONG}`);
    assert.strictEqual(plainRow([]), '');
    const o = { role: OPEN_RTL, client: ICON } as unknown as Opportunity;
    assert.strictEqual(opportunityTitle(o, plainTitle), `\u2068${OPEN_RTL}\u2069 · ${ICON}`);
    assert.strictEqual(opportunityTitle(o), `${OPEN_RTL} · ${ICON}`, 'unchanged where nothing is shown');
    const moved = {
      name: 'x',
      position: OPEN_RTL,
      company: 'Acme',
      previousPosition: 'CTO',
      previousCompany: OPEN_RTL,
      notes: [],
      tags: [],
    } as unknown as Person;
    assert.strictEqual(
      describeMove(moved, plainTitle),
      `CTO, \u2068${OPEN_RTL}\u2069 → \u2068${OPEN_RTL}\u2069, Acme`,
      'the old company’s override does not reach the arrow or the new job',
    );
    assert.strictEqual(describeMove(moved), `CTO, ${OPEN_RTL} → ${OPEN_RTL}, Acme`);
  });

  test('a notification: [x](command:…) is no link, the text is otherwise as typed, bidi isolated', () => {
    assert.strictEqual(plainNotice(`Accepted ${LINK}.`), 'Accepted [x]\u2060(command:workbench.action.quit).');
    assert.strictEqual(plainNotice('$(zap) Boss'), '$(zap) Boss', 'a notification shows no icons: no backslash');
    assert.strictEqual(plainNotice(OPEN_RTL), `\u2068${OPEN_RTL}\u2069`);
    assert.strictEqual(plainNotice('a (b) [c] d'), 'a (b) [c] d');
  });

  test('plainStatus: our icons, then the text as typed (no icon of its own, bidi isolated); parts two spaces apart', () => {
    assert.strictEqual(
      plainStatus([{ icon: 'check', text: 'Accepted $(zap) Boss.' }]),
      '$(check) Accepted \\$(zap) Boss.',
    );
    assert.strictEqual(
      plainStatus([
        { icon: 'mail', text: '3' },
        { icon: 'megaphone', text: 'available $(rocket) soon \u202Ex' },
      ]),
      '$(mail) 3  $(megaphone) \u2068available \\$(rocket) soon \u202Ex\u2069',
    );
    assert.strictEqual(
      plainStatus([{ text: 'Triage: nothing decided; 2 waiting.' }]),
      'Triage: nothing decided; 2 waiting.',
    );
    assert.strictEqual(plainStatus([{ icon: 'info' }]), '$(info)');
  });
});
