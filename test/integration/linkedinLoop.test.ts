import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ContractorNetworkApi } from '../../src/extension';
import type { PeopleNode } from '../../src/views/peopleTreeProvider';
import {
  fixtureText,
  itemLabel,
  networkUri,
  openNetwork,
  readText,
  repoPath,
  resetNetwork,
  sampleNetworkSuite,
  treeLabels,
  waitFor,
} from './helpers';

const TODAY = '2026-11-26';
const run = <T = unknown>(command: string, ...args: unknown[]): Thenable<T> =>
  vscode.commands.executeCommand<T>(`contractorNetwork.${command}`, ...args);
const pause = (ms = 500): Promise<void> => new Promise(r => setTimeout(r, ms));
const accept = (): Thenable<unknown> => vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');

suite('closing the loop with LinkedIn in the real host', () => {
  let a: ContractorNetworkApi;
  let original: string;
  let loop: string;
  const edits = (file: string): Promise<string> => fixtureText('edits', ...file.split('/'));
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('contractorNetwork');

  sampleNetworkSuite(TODAY, (host, text) => {
    a = host;
    original = text;
  });

  suiteSetup(async () => {
    loop = await edits('loop.yaml');
    await config().update('confirmNotKnown', false, vscode.ConfigurationTarget.Workspace);
  });

  suiteTeardown(async () => {
    await config().update('confirmNotKnown', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('groupPeopleBy', undefined, vscode.ConfigurationTarget.Global);
    await run('clearPeopleFilter');
  });

  async function groupChildren(prefix: string): Promise<PeopleNode[]> {
    const group = (await a.people.provider.getChildren()).find(n => itemLabel(n).startsWith(prefix));
    assert.ok(group, `a group "${prefix}…" in ${(await treeLabels(a)).join(', ')}`);
    return a.people.provider.getChildren(group);
  }

  test('doneOnLinkedIn, acknowledgeMove, followUpInThreeDays write the expected bytes; Undo restores', async () => {
    await resetNetwork(a, loop);
    const editor = await openNetwork();
    await run('doneOnLinkedIn', { name: 'Mia Rossi' });
    assert.strictEqual(await readText(networkUri()), await edits('expected/loop--doneOnLinkedIn--mia-rossi.yaml'));
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), loop);
    await vscode.commands.executeCommand('workbench.action.files.save');
    await run('acknowledgeMove', { name: 'Tobias Ferreira' });
    assert.strictEqual(
      await readText(networkUri()),
      await edits('expected/loop--acknowledgeMove--tobias-ferreira.yaml'),
    );
    await resetNetwork(a, loop);
    await run('followUpInThreeDays', { name: 'Tobias Ferreira' });
    assert.strictEqual(
      await readText(networkUri()),
      loop.replace(
        '    previousCompany: Nordwerk GmbH\n',
        '    previousCompany: Nordwerk GmbH\n    followUp: 2026-11-29\n',
      ),
    );
  });

  test('addPerson(url, fields): the expected bytes, resolves to the new reference', async () => {
    await resetNetwork(a, loop);
    const ref = await run('addPerson', 'https://www.linkedin.com/in/nadia-rahman/?trk=x', {
      company: 'Outbox Labs',
      position: 'Staff Engineer: Streams',
      category: 'peer',
    });
    assert.deepStrictEqual(ref, { name: 'Nadia Rahman', profile: 'https://www.linkedin.com/in/nadia-rahman' });
    assert.strictEqual(await readText(networkUri()), await edits('expected/loop--addPerson--nadia-rahman.yaml'));
  });

  test('addPerson refuses a company page, another site, plain text, someone known (shown) and a broken file; nothing is written', async () => {
    await resetNetwork(a, loop);
    const refused = async (url: string, why: RegExp): Promise<void> => {
      await assert.rejects(Promise.resolve(run('addPerson', url)), why);
      assert.strictEqual(await readText(networkUri()), loop, url);
    };
    await refused('https://www.linkedin.com/company/nordwerk-gmbh/', /Not a LinkedIn profile: .*is a company page/);
    await refused('https://github.com/tferreira', /github\.com is not linkedin\.com/);
    await refused('call Tobias tomorrow', /is not a link to a LinkedIn profile/);
    await refused('https://linkedin.com/in/TFerreira', /Tobias Ferreira is already in network\.yaml \(a contact\)/);
    const editor = await waitFor('the known person shown', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.lineAt(e.selection.active.line).text.includes('- name: Tobias Ferreira') ? e : undefined;
    });
    assert.strictEqual(editor.document.uri.toString(), networkUri().toString());
    const broken = loop.replace('  - name: Recent Rita', '  - name: "Recent Rita');
    await resetNetwork(a, broken);
    await assert.rejects(
      Promise.resolve(run('addPerson', 'https://www.linkedin.com/in/nadia-rahman')),
      /YAML error on line \d+.*nothing was written/,
    );
    assert.strictEqual(await readText(networkUri()), broken);
  });

  test('addPerson() takes the profile on the clipboard, suggests the name from it, asks the category', async () => {
    await resetNetwork(a, loop);
    await vscode.env.clipboard.writeText('https://www.linkedin.com/in/li-wei-9a8b7c');
    const added = run('addPerson');
    await pause(); // the URL, offered from the clipboard
    await accept();
    await pause(); // the name, read from the URL
    await accept();
    await pause(); // the category: the first, client
    await accept();
    assert.deepStrictEqual(await added, { name: 'Li Wei', profile: 'https://www.linkedin.com/in/li-wei-9a8b7c' });
    assert.ok(
      (await readText(networkUri())).endsWith(
        '  - name: Li Wei\n    profile: https://www.linkedin.com/in/li-wei-9a8b7c\n    category: client\n    connected: 2026-11-26\n' +
          loop.slice(loop.indexOf('\narchive:')),
      ),
    );
  });

  test('addPerson() offers who the address may already be: picking them shows them and adds nobody; Someone new goes on', async () => {
    await resetNetwork(a, loop);
    await vscode.env.clipboard.writeText('https://www.linkedin.com/in/tobias-ferreira-1a2b3c');
    const known = run('addPerson');
    await pause(); // the URL, offered from the clipboard
    await accept();
    await pause(); // "already in your network?": Tobias Ferreira (a contact, profile /in/tferreira) first
    await accept();
    assert.strictEqual(await known, undefined);
    assert.strictEqual(await readText(networkUri()), loop, 'nothing added');
    await waitFor('the known person shown', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document.lineAt(e.selection.active.line).text.includes('- name: Tobias Ferreira') ? e : undefined;
    });
    await pause(1000); // the reveal settles
    const added = run('addPerson');
    await pause(1000);
    await accept();
    await pause(1500); // the same pick (its items drawn): its last item, Someone new
    await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
    await pause(300);
    await accept();
    await pause(); // the name, read from the URL
    await accept();
    await pause(); // the category: the first, client
    await accept();
    assert.deepStrictEqual(await added, {
      name: 'Tobias Ferreira',
      profile: 'https://www.linkedin.com/in/tobias-ferreira-1a2b3c',
    });
    assert.ok(
      (await readText(networkUri())).includes(
        '  - name: Tobias Ferreira\n    profile: https://www.linkedin.com/in/tobias-ferreira-1a2b3c\n',
      ),
    );
  });

  test('cleanUp(refs): the contacts leave together (one Undo), with reason clean-up and the remove to-do', async () => {
    await resetNetwork(a, loop);
    const editor = await openNetwork();
    const n = await run('cleanUp', [{ name: 'Quiet Quentin' }, { name: 'Flow Quiet' }]);
    assert.strictEqual(n, 2);
    assert.strictEqual(await readText(networkUri()), await edits('expected/loop--cleanUp--quiet.yaml'));
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), loop, 'one undo step');
    await vscode.commands.executeCommand('workbench.action.files.save');
  });

  test('multi-select remove: the reason is asked once, every selected contact is archived with the to-do', async () => {
    await resetNetwork(a, original);
    const peers = await groupChildren('Peers');
    const picked = peers.filter(n => ['Ravi Kaur', 'Nora Jensen'].includes(itemLabel(n)));
    assert.strictEqual(picked.length, 2);
    // VS Code calls an item command with the clicked node and the whole selection
    const removed = run('remove', picked[0], picked);
    await pause();
    await accept(); // no reason: Enter on the empty input
    await removed;
    const text = await readText(networkUri());
    const archive = text.slice(text.indexOf('\narchive:'));
    for (const name of ['Ravi Kaur', 'Nora Jensen']) {
      assert.ok(
        new RegExp(
          `- name: ${name}\\n(?:    .*\\n)*?    outcome: removed\\n    decided: 2026-11-26\\n    todoOnLinkedIn: remove\\n`,
        ).test(archive),
        name,
      );
    }
    await waitFor('Peers (2) and two to-dos', async () => {
      const root = await treeLabels(a);
      return root.includes('Peers (2)') && root.includes('To do on LinkedIn (2)');
    });
  });

  test('"To do on LinkedIn (n)" at the top; Done takes one away; the queue marks the rest done', async () => {
    await resetNetwork(a, original);
    await run('accept', { name: 'Priya Anand' });
    await run('ignore', { name: 'Max Hollis' });
    await run('notKnown', { name: 'CRYPTO KING 💰 $$$' });
    await waitFor('the group', async () => (await treeLabels(a))[0] === 'To do on LinkedIn (3)');
    assert.strictEqual(a.people.todoCount(), 3);
    const items = await groupChildren('To do on LinkedIn');
    assert.deepStrictEqual(
      items.map(n => `${itemLabel(n)} — ${String(n.description)} — ${n.contextValue}`),
      [
        'Priya Anand — accept the invitation · Senior Technical Recruiter at Brightlane Talent — todo',
        'Max Hollis — ignore the invitation · Account Manager at QuickStaff Staffing — todo',
        "CRYPTO KING 💰 $$$ — say you don't know them · Make 10x passive income!!! DM me — todo",
      ],
    );
    // Done, as the inline button calls it (with the item)
    await run('doneOnLinkedIn', items[1], [items[1]]);
    await waitFor('two left', async () => (await treeLabels(a))[0] === 'To do on LinkedIn (2)');
    // the queue: "Already done" for each (Enter would open linkedin.com: the browser suite does that)
    const queue = run<{ done: number; remaining: number }>('linkedinTodos');
    for (let i = 0; i < 2; i++) {
      await pause();
      await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
      await accept();
    }
    assert.deepStrictEqual(await queue, { done: 2, remaining: 0 });
    await waitFor('the group gone', async () => !(await treeLabels(a)).some(l => l.startsWith('To do on LinkedIn')));
    assert.ok(!(await readText(networkUri())).includes('todoOnLinkedIn'));
  });

  test('the status bar counts the to-dos and the due contacts the tree shows, after an action and a keystroke', async () => {
    await resetNetwork(a, original);
    const counted = async (todos: number): Promise<boolean> => {
      const root = await treeLabels(a);
      const due = root.find(l => l.startsWith('Due ('));
      return (
        root[0] === `To do on LinkedIn (${todos})` &&
        a.people.todoCount() === todos &&
        (due ?? 'Due (0)') === `Due (${a.people.dueCount()})`
      );
    };
    await run('accept', { name: 'Priya Anand' });
    await waitFor('one to-do, in the tree and the count', () => counted(1));
    const editor = await openNetwork();
    const doc = editor.document;
    const at = doc.positionAt(doc.getText().indexOf('contacts:\n') + 'contacts:\n'.length);
    await editor.edit(e =>
      e.insert(
        at,
        '  - name: Typed Person\n    category: client\n    connected: 2020-01-01\n    todoOnLinkedIn: follow\n',
      ),
    );
    assert.ok(doc.isDirty);
    await waitFor('two to-dos, unsaved, counted as the tree shows them', () => counted(2));
    await vscode.commands.executeCommand('undo');
    await waitFor('back to one', () => counted(1));
  });

  test('openLinkedInTodo opens only linkedin.com: a to-do on a profile that is not is refused', async () => {
    await resetNetwork(
      a,
      loop.replace('    profile: https://www.linkedin.com/in/mia-rossi-talent\n', '    profile: javascript:alert(1)\n'),
    );
    await assert.rejects(Promise.resolve(run('openLinkedInTodo', { name: 'Mia Rossi' })), /javascript: links/);
    await assert.rejects(
      Promise.resolve(run('openLinkedInTodo', { name: 'Quiet Quentin' })),
      /nothing to do on LinkedIn/,
    );
  });

  test('an import where some to-dos are done on LinkedIn: todosDone, the bytes, the groups follow; Moved shows old → new', async () => {
    await resetNetwork(a, await fixtureText('linkedin-export', 'todos-network.yaml'));
    await waitFor('seven to-dos', async () => (await treeLabels(a))[0] === 'To do on LinkedIn (7)');
    const counts = await run('importLinkedInExport', repoPath('test', 'fixtures', 'linkedin-export', 'todos'));
    assert.deepStrictEqual(counts, { added: 0, updated: 2, unchanged: 2, invitations: 0, todosDone: 3, published: 0 });
    assert.strictEqual(
      await readText(networkUri()),
      await fixtureText('linkedin-export', 'expected', 'todos-network--after-todos.yaml'),
    );
    await waitFor('four to-dos and a move', async () => {
      const root = await treeLabels(a);
      return root[0] === 'To do on LinkedIn (4)' && root[1] === 'Moved (1)';
    });
    const [tobias] = await groupChildren('Moved');
    assert.strictEqual(itemLabel(tobias), 'Tobias Ferreira');
    assert.strictEqual(tobias.description, 'Head of Platform, Nordwerk GmbH → CTO, Fjord Analytics');
    assert.strictEqual(tobias.contextValue, 'moved');
    const tip = a.people.provider.resolveTreeItem(tobias, tobias).tooltip as vscode.MarkdownString;
    assert.match(tip.value.replace(/&nbsp;/g, ' '), /Nobody is left at Nordwerk GmbH in your network/);
    await run('acknowledgeMove', tobias, [tobias]);
    await waitFor('Moved gone', async () => !(await treeLabels(a)).some(l => l.startsWith('Moved')));
  });

  test('group by company: the title-bar toggle, each company with its count and closest relationship', async () => {
    await resetNetwork(a, original);
    await run('groupPeopleByCompany');
    const groups = await waitFor('company groups', async () => {
      const root = await a.people.provider.getChildren();
      return root.some(n => itemLabel(n) === 'Acme Cloud (2)') ? root : undefined;
    });
    const acme = groups.find(n => itemLabel(n) === 'Acme Cloud (2)')!;
    assert.strictEqual(acme.description, 'client', 'Sofia is a client, Ravi a peer');
    assert.strictEqual(groups.find(n => itemLabel(n).startsWith('Vantage Bank'))?.description, 'prospect');
    assert.ok(!groups.some(n => itemLabel(n).startsWith('Clients')));
    await run('groupPeopleByCategory');
    await waitFor('categories again', async () => (await treeLabels(a)).includes('Clients (4)'));
  });

  test('the filter says in the view what it did not understand, and applies the rest', async () => {
    await resetNetwork(a, original);
    await run('filterPeople', 'cat:peer connected:<2022-01-01 is:busy lastContact:none');
    const message = a.people.treeView.message ?? '';
    assert.match(message, /Not understood, left out: "is:busy" is not something to filter on/);
    assert.deepStrictEqual(await treeLabels(a, 'Peers'), ['Łukasz Silva', 'Zoë Kowalski']);
    await run('filterPeople', 'connected:<2026-13-01');
    assert.match(a.people.treeView.message ?? '', /"2026-13-01" is not a date/);
    await run('clearPeopleFilter');
    assert.strictEqual(a.people.treeView.message, undefined);
  });
});
