import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ContractorNetworkApi } from '../../src/extension';
import type { PeopleNode } from '../../src/views/peopleTreeProvider';
import {
  closeAllEditors,
  EXTENSION_ID,
  itemLabel,
  networkUri,
  readText,
  sampleNetworkSuite,
  waitFor,
  writeText,
} from './helpers';

interface Keybinding {
  command: string;
  key: string;
  mac?: string;
  when?: string;
  args?: unknown;
}

const PEOPLE_KEYS_WHEN = 'focusedView == contractorNetwork.people && listFocus && !inputFocus';
// a default binding whose every alternative needs one of these cannot fire while a tree has focus
const NOT_IN_A_TREE = [
  'editorFocus',
  'editorTextFocus',
  'textInputFocus',
  'inputFocus',
  'terminalFocus',
  'inSearchEditor',
  'accessibilityHelpIsShown',
  'inQuickOpen',
  'notebookEditorFocused',
];

function ours(): Keybinding[] {
  const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as {
    contributes: { keybindings: Keybinding[] };
  };
  return manifest.contributes.keybindings;
}

/** "Shift+Alt+T", "alt+shift+t" and "shift+alt+t" are the same key. */
function normalKey(key: string): string {
  return key
    .toLowerCase()
    .split(' ')
    .map(chord => chord.split('+').sort().join('+'))
    .join(' ');
}

/** VS Code's own keybindings for this platform, as "Open Default Keyboard Shortcuts (JSON)" lists them. */
async function defaultKeybindings(): Promise<Keybinding[]> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse('vscode://defaultsettings/keybindings.json'));
  const json = doc
    .getText()
    .split('\n')
    .filter(l => !/^\s*\/\//.test(l))
    .join('\n');
  return (JSON.parse(json) as Keybinding[]).filter(k => !k.command.startsWith('contractorNetwork.'));
}

suite('keybindings', () => {
  let a: ContractorNetworkApi;
  let original: string;

  sampleNetworkSuite('2026-11-26', (host, text) => {
    a = host;
    original = text;
  });

  teardown(async () => {
    await closeAllEditors();
    if ((await readText(networkUri())) !== original) {
      await writeText(networkUri(), original);
      await waitFor('the model to have the restored file', () => a.store.all[0]?.settled.text === original);
    }
  });

  async function invitationRows(): Promise<PeopleNode[]> {
    const group = (await a.people.provider.getChildren()).find(n => itemLabel(n).startsWith('Invitations'));
    assert.ok(group, 'the Invitations group');
    return a.people.provider.getChildren(group);
  }

  test('Triage has a global key; Accept, Ignore and Later have keys in the People view that act on its cursor row', () => {
    const byCommand = new Map(ours().map(k => [k.command.replace('contractorNetwork.', ''), k]));
    assert.deepStrictEqual([...byCommand.keys()].sort(), ['accept', 'ignore', 'later', 'triage']);
    const declared = new Set(
      (
        vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as {
          contributes: { commands: { command: string }[] };
        }
      ).contributes.commands.map(c => c.command),
    );
    for (const k of ours()) {
      assert.ok(declared.has(k.command), `${k.command} is a declared command`);
    }
    for (const kind of ['accept', 'ignore', 'later']) {
      const k = byCommand.get(kind)!;
      assert.strictEqual(k.when, PEOPLE_KEYS_WHEN, kind);
      assert.deepStrictEqual(k.args, { selectionOf: 'contractorNetwork.people' }, kind);
    }
  });

  test("no key clashes with one of VS Code's default keybindings (on this platform)", async () => {
    const defaults = await defaultKeybindings();
    assert.ok(defaults.length > 500, `read ${defaults.length} default keybindings`);
    const clashes: string[] = [];
    for (const k of ours()) {
      const key = normalKey(process.platform === 'darwin' && k.mac ? k.mac : k.key);
      for (const d of defaults.filter(x => normalKey(x.key) === key)) {
        const scopedToTree = k.when === PEOPLE_KEYS_WHEN;
        const alternatives = (d.when ?? '').split('||');
        const cannotMeet =
          scopedToTree &&
          alternatives.every(alt => NOT_IN_A_TREE.some(c => new RegExp(`(^|[^!\\w])${c}\\b`).test(alt)));
        if (!cannotMeet) {
          clashes.push(`${k.command} (${key}) and ${d.command} when ${d.when ?? 'always'}`);
        }
      }
    }
    assert.deepStrictEqual(clashes, []);
  });

  test('Ignore with the keyboard acts on the row under the cursor, then the cursor goes to the next invitation', async () => {
    const rows = await invitationRows();
    assert.deepStrictEqual(rows.slice(0, 3).map(itemLabel), ['Rahul Mehta', 'Lena Vogt', 'Max Hollis']);
    // Rahul selected, then the cursor moved down to Lena with the arrow key: the selection stays on Rahul
    await a.people.treeView.reveal(rows[0], { select: true, focus: true });
    await a.people.treeView.reveal(rows[1], { select: false, focus: true });
    await waitFor(
      'Rahul selected',
      () => a.people.selection.length === 1 && itemLabel(a.people.selection[0]) === 'Rahul Mehta',
    );
    await vscode.commands.executeCommand('contractorNetwork.ignore', { selectionOf: 'contractorNetwork.people' });
    const text = await readText(networkUri());
    const archive = text.slice(text.indexOf('\narchive:'));
    assert.match(archive, /- name: Lena Vogt\n[\s\S]*?outcome: ignored\n\s+decided: 2026-11-26/);
    assert.doesNotMatch(archive, /Rahul Mehta/);
    await waitFor('the cursor on the next invitation', () => itemLabel(a.people.selection[0] ?? {}) === 'Max Hollis');
  });

  test('on a row that is not an invitation the keys change nothing', async () => {
    const group = (await a.people.provider.getChildren()).find(n => itemLabel(n).startsWith('Clients'));
    assert.ok(group);
    const tobias = (await a.people.provider.getChildren(group)).find(n => itemLabel(n) === 'Tobias Ferreira');
    assert.ok(tobias);
    await a.people.treeView.reveal(tobias, { select: true, focus: true });
    const result = await vscode.commands.executeCommand('contractorNetwork.accept', {
      selectionOf: 'contractorNetwork.people',
    });
    assert.strictEqual(result, undefined);
    assert.strictEqual(await readText(networkUri()), original);
  });
});
