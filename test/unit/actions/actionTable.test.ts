import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { PLANS } from '../../../src/model/actions/actionPlans';
import { ACTIONS, SUGGESTIONS } from '../../../src/model/actions/actionTable';
import { REPO_ROOT } from '../../support/repoRoot';

interface Command {
  readonly command: string;
  readonly title: string;
  readonly icon?: string;
}
interface MenuItem {
  readonly command: string;
  readonly when?: string;
  readonly group?: string;
}
interface Manifest {
  readonly contributes: { readonly commands: Command[]; readonly menus: Record<string, MenuItem[]> };
}

const read = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8'));
const manifest = read('package.json') as Manifest;
const nls = read('package.nls.json') as Record<string, string>;
const PREFIX = 'contractorNetwork.';
/**
 * Commands on person items that are not rows of the table: they open something, merge two entries,
 * or (followUpInThreeDays) run a row with a fixed value.
 */
const ENTRY_COMMANDS_OUTSIDE_THE_TABLE = [
  'openOnLinkedIn',
  'mergeContacts',
  'openContact',
  'openLinkedInTodo',
  'followUpInThreeDays',
  'showMentions',
];

const commandOf = (kind: string): Command | undefined =>
  manifest.contributes.commands.find(c => c.command === PREFIX + kind);
const personItemMenus = (): MenuItem[] =>
  manifest.contributes.menus['view/item/context'].filter(m =>
    /viewItem (==|=~) \/?\^?\(?(invitation|contact|archived|opportunity|todo|moved)/.test(m.when ?? ''),
  );

suite('action table: the one place an action is described, and the manifest agree', () => {
  test('every action of the table has its command, palette title and icon in package.json / package.nls.json', () => {
    for (const a of ACTIONS) {
      const c = commandOf(a.kind);
      assert.ok(c, `package.json declares no command contractorNetwork.${a.kind}`);
      assert.strictEqual(c.title, `%command.${a.kind}%`, `${a.kind}: its title comes from package.nls.json`);
      assert.strictEqual(nls[`command.${a.kind}`], a.titles.palette, `${a.kind}: package.nls.json title`);
      assert.strictEqual(c.icon, `$(${a.icon})`, `${a.kind}: icon`);
    }
  });

  test('every command on a person item in package.json is an action of the table (or a known non-edit)', () => {
    const kinds = new Set<string>(ACTIONS.map(a => a.kind));
    for (const m of personItemMenus()) {
      const id = m.command.slice(PREFIX.length);
      assert.ok(kinds.has(id) || ENTRY_COMMANDS_OUTSIDE_THE_TABLE.includes(id), `${m.command} is not in the table`);
    }
  });

  test('an action has an inline tree button exactly when the table says so, on its own list', () => {
    const itemOf: Record<string, string> = {
      invitations: 'invitation',
      contacts: 'contact',
      archive: 'archived',
      opportunities: 'opportunity',
    };
    // the items of the People view's own groups: "To do on LinkedIn" holds anyone, "Moved" contacts
    const groupItems: Record<string, string[]> = { todo: ['invitations', 'contacts', 'archive'], moved: ['contacts'] };
    for (const a of ACTIONS) {
      const inline = personItemMenus().filter(m => m.command === PREFIX + a.kind && m.group?.startsWith('inline'));
      assert.strictEqual(inline.length > 0, !!a.inline, `${a.kind}: inline in package.json = ${inline.length > 0}`);
      for (const m of inline) {
        const items = [
          ...a.lists.map(l => itemOf[l]),
          ...Object.keys(groupItems).filter(g => a.lists.some(l => groupItems[g].includes(l))),
        ];
        assert.ok(
          items.some(i => m.when?.includes(i)),
          `${a.kind}: inline on ${items.join(' or ')} items (${m.when})`,
        );
      }
    }
  });

  test('what a rule may suggest is the same in the table and in the JSON schema', () => {
    const schema = read('media/network.schema.json') as {
      definitions: { rule: { properties: { suggest: { enum: string[] } } } };
    };
    assert.deepStrictEqual(schema.definitions.rule.properties.suggest.enum, SUGGESTIONS);
  });

  test('kinds are unique, every row has a plan and titles, lens orders are unique per list', () => {
    assert.strictEqual(new Set(ACTIONS.map(a => a.kind)).size, ACTIONS.length);
    for (const list of ['invitations', 'contacts', 'archive', 'opportunities'] as const) {
      const rows = ACTIONS.filter(a => a.lists.includes(list) && a.lens !== undefined && !a.offeredFor);
      assert.strictEqual(new Set(rows.map(a => a.lens)).size, rows.length, `${list}: two lenses at one place`);
    }
    for (const a of ACTIONS) {
      assert.ok(a.titles.palette && a.titles.short && a.titles.past, a.kind);
      assert.strictEqual(typeof PLANS[a.kind], 'function', `${a.kind} has no plan in actionPlans.ts`);
    }
    assert.deepStrictEqual(
      Object.keys(PLANS).sort(),
      ACTIONS.map(a => a.kind).sort(),
      'a plan for every row, no other',
    );
  });
});
