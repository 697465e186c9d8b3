import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ContractorNetworkApi } from '../../src/extension';
import {
  folder,
  readText,
  networkUri,
  resetNetwork,
  sampleNetworkSuite,
  treeLabels,
  type TreeRow,
  waitFor,
  walkTree,
  writeText,
} from './helpers';

// Every QuickPick that shows people, opportunities, tags or blueprints, opened for real on a network
// whose names are hostile. QuickPicks show no markdown or HTML, but VS Code turns `$(name)` in an
// item's label, description, detail and separator into an icon (titles and placeholders are plain
// text), and a bidi override in a name reorders what follows it on the row. The pickers are the real
// ones: a spy on showQuickPick / createQuickPick (it calls the real function, the picker opens)
// records what the extension hands VS Code, then the picker is closed.
const LINK = '[x](command:workbench.action.quit)';
const ICON = '$(zap) Boss';
const RTL = 'Ann \u202Egnp.exe Lee'; // an override never closed
const LONG = `Long ${'L'.repeat(5000)}`;
const NAMES = [LINK, ICON, RTL, LONG];
const TODAY = '2026-11-26';
const pause = (ms = 500): Promise<void> => new Promise(r => setTimeout(r, ms));

const q = (s: string): string => JSON.stringify(s);
const contact = (name: string, i: number): string => `  - name: ${q(name)}
    profile: https://www.linkedin.com/in/hostile-${i}
    headline: ${q(`$(alert) ${name} \u202Eheadline`)}
    category: peer
    tags: [${q('$(flame) hot')}, ${q('\u202Egat')}]
    connected: 201${i}-01-0${i + 1}
    todoOnLinkedIn: unfollow
`;
const invitation = (name: string, i: number): string => `  - name: ${q(name)}
    profile: https://www.linkedin.com/in/hostile-inv-${i}
    headline: ${q(`$(alert) headline of ${name}`)}
    company: ${q('\u202Eynapmoc $(zap)')}
    received: 2026-11-1${i}
    message: ${q(`$(zap) hello from ${name}`)}
`;
const NETWORK = `version: 1
me:
  name: Sam Keller
invitations:
${NAMES.map(invitation).join('')}contacts:
${NAMES.map(contact).join('')}blueprints:
  - id: hostile
    title: ${q(`$(zap) ${LINK} \u202Eeltit`)}
    promise: ${q(`$(zap) promise ${LINK}`)}
    audience: [peer]
    channels: [post]
opportunities:
  - id: hostile-opp
    role: ${q('$(zap) Kafka \u202Eelor')}
    client: ${q(LINK)}
    via: https://www.linkedin.com/in/hostile-1
    stage: lead
`;

interface Seen {
  readonly title?: string;
  readonly placeholder?: string;
  readonly items: readonly vscode.QuickPickItem[];
  readonly pick?: vscode.QuickPick<vscode.QuickPickItem>;
}

type Window = { -readonly [K in keyof typeof vscode.window]: (typeof vscode.window)[K] };

/** Records every picker the extension opens, through the real functions. */
function spyOnPickers(): { seen: Seen[]; inputs: vscode.InputBoxOptions[]; dispose(): void } {
  const w = vscode.window as Window;
  const show = w.showQuickPick;
  const create = w.createQuickPick;
  const input = w.showInputBox;
  const seen: Seen[] = [];
  const inputs: vscode.InputBoxOptions[] = [];
  w.showInputBox = ((options?: vscode.InputBoxOptions, token?: vscode.CancellationToken) => {
    inputs.push(options ?? {});
    return input.call(vscode.window, options, token);
  }) as typeof input;
  w.showQuickPick = (async (items: unknown, options?: vscode.QuickPickOptions, token?: vscode.CancellationToken) => {
    const resolved = (await items) as vscode.QuickPickItem[];
    seen.push({ title: options?.title, placeholder: options?.placeHolder, items: resolved });
    return show.call(vscode.window, resolved, options, token);
  }) as typeof show;
  w.createQuickPick = (<T extends vscode.QuickPickItem>() => {
    const qp = create.call(vscode.window) as vscode.QuickPick<T>;
    const realShow = qp.show.bind(qp);
    qp.show = () => {
      seen.push({
        title: qp.title,
        placeholder: qp.placeholder,
        items: qp.items,
        pick: qp as unknown as vscode.QuickPick<vscode.QuickPickItem>,
      });
      realShow();
    };
    return qp;
  }) as typeof create;
  return {
    seen,
    inputs,
    dispose(): void {
      w.showQuickPick = show;
      w.createQuickPick = create;
      w.showInputBox = input;
    },
  };
}

/** What VS Code shows for an item's label, description or detail: escapes undone, isolates invisible. */
const shown = (s: string): string => s.replace(/\\\$\(/g, '$(').replace(/[\u2068\u2069]/g, '');
/** What a title or placeholder shows: itself, isolates invisible. */
const plain = (s: string): string => s.replace(/[\u2068\u2069]/g, '');

/** The icons the hostile texts hold; an item's own icon (the triage choices') is any other, first in its label. */
const HOSTILE_ICONS = /^\$\((zap|alert|flame|rocket)\)$/;

/** An item text: no icon but ours, and every bidi override inside an isolate that closes it. */
function assertPlainItemText(text: string | undefined, where: string): void {
  if (!text) {
    return;
  }
  for (const m of text.matchAll(/(?<!\\)\$\([^)]*\)/g)) {
    assert.ok(
      !HOSTILE_ICONS.test(m[0]) && m.index === 0,
      `${where}: ${m[0]} would render as an icon in ${text.slice(0, 80)}`,
    );
  }
  assertIsolated(text, where);
}

function assertIsolated(text: string, where: string): void {
  let depth = 0;
  for (const ch of text) {
    if (ch === '\u2068') {
      depth++;
    } else if (ch === '\u2069') {
      depth--;
    } else if (ch === '\u202E') {
      assert.ok(
        depth > 0,
        `${where}: a right-to-left override outside an isolate: ${JSON.stringify(text.slice(0, 80))}`,
      );
    }
  }
  assert.strictEqual(depth, 0, `${where}: isolates balanced`);
}

/** A row of a tree (label, description): each override closed inside its own part, before the next ` · `. */
function assertPartsIsolated(text: string, where: string): void {
  assertIsolated(text, where);
  for (const m of text.matchAll(/\u202E/g)) {
    let depth = 0;
    let end = m.index;
    while (end < text.length && !(text[end] === '\u2069' && depth === 0)) {
      depth += text[end] === '\u2068' ? 1 : text[end] === '\u2069' ? -1 : 0;
      end++;
    }
    assert.ok(
      !text.slice(m.index, end).includes(' · '),
      `${where}: an override reorders the next part: ${JSON.stringify(text.slice(0, 80))}`,
    );
  }
}

function assertPlainPicker(s: Seen, where: string): void {
  for (const it of s.items) {
    assertPlainItemText(it.label, `${where} label`);
    assertPlainItemText(it.description, `${where} description`);
    assertPlainItemText(it.detail, `${where} detail`);
  }
  for (const t of [s.title, s.placeholder]) {
    if (t) {
      assert.ok(!t.includes('\\$('), `${where}: a title or placeholder is plain text, no backslash: ${t.slice(0, 80)}`);
      assertIsolated(t, `${where} title/placeholder`);
    }
  }
}

/** Every hostile name shown whole in the picker's items (5,000 characters not cut). */
function assertShowsNames(s: Seen, names: readonly string[], where: string): void {
  const texts = s.items.map(i => shown(i.label));
  for (const n of names) {
    assert.ok(
      texts.includes(n),
      `${where}: ${n.slice(0, 40)} shown whole, as typed: ${texts.map(t => t.slice(0, 40))}`,
    );
  }
}

suite('hostile names in every QuickPick: shown as typed', () => {
  let a: ContractorNetworkApi;
  let original: string;
  let spy: ReturnType<typeof spyOnPickers>;
  const draft = (): vscode.Uri => vscode.Uri.joinPath(folder().uri, 'posts', `${TODAY}-hostile-share.md`);
  const run = (command: string, ...args: unknown[]): Thenable<unknown> =>
    vscode.commands.executeCommand(`contractorNetwork.${command}`, ...args);

  /** Starts `command`, waits for its next picker, closes it; the picker as the extension made it. */
  async function opened(
    start: () => Thenable<unknown>,
    close = true,
  ): Promise<{ seen: Seen; done: Thenable<unknown> }> {
    const before = spy.seen.length;
    const done = start();
    const seen = await waitFor('the picker', () => spy.seen[before]);
    if (close) {
      await new Promise(r => setTimeout(r, 200));
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await done;
    }
    return { seen, done };
  }

  setup(async () => {
    if ((await readText(networkUri())) !== NETWORK) {
      await resetNetwork(a, NETWORK);
    }
  });

  sampleNetworkSuite(TODAY, (host, text) => {
    a = host;
    original = text;
  });

  suiteSetup(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await resetNetwork(a, NETWORK);
    await writeText(
      draft(),
      '---\nblueprint: hostile\nchannel: post\n---\n# $(zap) [x](command:workbench.action.quit)\n',
    );
    spy = spyOnPickers();
  });

  suiteTeardown(async () => {
    spy?.dispose();
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(draft()).then(undefined, () => undefined);
    await waitFor('the draft to leave the Content view', () => !a.drafts.get(draft()));
    if ((await readText(networkUri())) !== original) {
      await resetNetwork(a, original);
    }
  });

  test('the triage queue: each invitation’s title, message and placeholder, walked with Skip', async () => {
    const done = run('triage');
    const last = (): Seen | undefined => spy.seen[spy.seen.length - 1];
    for (let i = 0; i < NAMES.length; i++) {
      const step = await waitFor(`the step of invitation ${i + 1}`, () => {
        const s = last();
        return s && plain(s.title ?? '').endsWith(NAMES[i]) ? s : undefined;
      });
      assertPlainPicker(step, `triage ${i + 1}`);
      assert.strictEqual(plain(step.title ?? ''), `${i + 1} of ${NAMES.length} · ${NAMES[i]}`);
      const message = step.items.find(it => it.kind === vscode.QuickPickItemKind.Separator);
      assert.ok(message, 'the message as a separator');
      assert.ok(
        shown(message.label).startsWith(`“$(zap) hello from ${NAMES[i].slice(0, 100)}`),
        message.label.slice(0, 80),
      );
      assert.ok(message.label.length < 200, 'a long message is cut to a line, with an ellipsis');
      assert.strictEqual(
        plain(step.placeholder ?? ''),
        `$(alert) headline of ${NAMES[i]} · \u202Eynapmoc $(zap) · received 2026-11-1${i}`,
      );
      const skip = step.items.find(it => it.label.endsWith(' Skip'));
      assert.ok(skip && step.pick);
      // down to Skip with the keyboard, as a person would (the suggestion is pre-selected)
      const qp = step.pick;
      await vscode.commands.executeCommand('quickInput.first');
      for (let k = 0; k < 15 && qp.activeItems[0] !== skip; k++) {
        await vscode.commands.executeCommand('quickInput.next');
        await pause(100);
      }
      assert.strictEqual(qp.activeItems[0], skip, 'Skip is active');
      await vscode.commands.executeCommand('quickInput.accept');
    }
    assert.deepStrictEqual(await done, { decided: {}, remaining: NAMES.length });
    assert.strictEqual(await readText(networkUri()), NETWORK, 'nothing written');
  });

  test('the LinkedIn to-do queue: title and placeholder of the first to-do', async () => {
    const { seen } = await opened(() => run('linkedinTodos'));
    assertPlainPicker(seen, 'to-dos');
    assert.ok(
      NAMES.some(n => plain(seen.title ?? '').endsWith(` · ${n}`)),
      seen.title?.slice(0, 80),
    );
    assert.ok(plain(seen.placeholder ?? '').includes('$(alert) '), seen.placeholder?.slice(0, 80));
  });

  test('clean up: every quiet contact by name, whole; their headline parts each isolated', async () => {
    const { seen } = await opened(() => run('cleanUp'));
    assertPlainPicker(seen, 'clean up');
    assertShowsNames(seen, NAMES, 'clean up');
  });

  test('share with audience: the members, and the draft’s title in the title', async () => {
    const { seen } = await opened(() => run('shareWithAudience', draft()));
    assertPlainPicker(seen, 'share');
    assertShowsNames(seen, NAMES, 'share');
    assert.ok(plain(seen.title ?? '').includes(`$(zap) [x](command:workbench.action.quit)`), seen.title);
  });

  test('the palette’s pick of a person (addNote), of an opportunity (setStage), and the stage pick’s title', async () => {
    const people = (await opened(() => run('addNote'))).seen;
    assertPlainPicker(people, 'pick a contact');
    assertShowsNames(people, NAMES, 'pick a contact');
    const opps = (await opened(() => run('setStage'))).seen;
    assertPlainPicker(opps, 'pick an opportunity');
    assert.ok(
      opps.items.some(i => shown(i.label).includes('$(zap) Kafka \u202Eelor')),
      opps.items.map(i => i.label).join(' | '),
    );
    const stage = (await opened(() => run('setStage', { opportunity: 'hostile-opp' }))).seen;
    assertPlainPicker(stage, 'stage');
  });

  test('merge: the duplicates offered, and the survivor in the title', async () => {
    const { seen } = await opened(() => run('mergeContacts', { name: ICON }));
    assertPlainPicker(seen, 'merge');
    assertShowsNames(
      seen,
      NAMES.filter(n => n !== ICON),
      'merge',
    );
    assert.strictEqual(plain(seen.title ?? ''), `Merge into ${ICON}`);
  });

  test('tags: the tags of the file, and one typed with icon syntax (the tag written is what was typed)', async () => {
    const { seen } = await opened(() => run('addTag', { name: LINK }), false);
    assertPlainPicker(seen, 'tags');
    assert.ok(plain(seen.title ?? '').endsWith(LINK), seen.title);
    const pick = seen.pick!;
    pick.value = '$(rocket) new';
    await waitFor('the typed tag offered', () => pick.items.some(i => shown(i.label) === '$(rocket) new'));
    assertPlainPicker({ items: pick.items }, 'typed tag');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
  });

  test('add a person: the lookalikes of an address that spells a hostile name', async () => {
    await vscode.env.clipboard.writeText('https://www.linkedin.com/in/zap-boss');
    const { seen } = await opened(async () => {
      const added = run('addPerson');
      await waitFor('the address asked', () => spy.inputs.length > 0);
      await pause(300);
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem'); // the clipboard's
      return added;
    });
    assertPlainPicker(seen, 'lookalikes');
    assert.ok(
      seen.items.some(i => shown(i.label) === ICON),
      seen.items.map(i => i.label).join(' | '),
    );
  });

  test('an input box’s prompt and validation message turn [x](command:…) into a link: the clipboard and the typed text come out inert', async () => {
    await vscode.env.clipboard.writeText(`${LINK} $(zap)`);
    const before = spy.inputs.length;
    const added = run('addPerson');
    const box = await waitFor('the address asked', () => spy.inputs[before]);
    await pause(300);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.strictEqual(await added, undefined);
    // VS Code's own pattern for a link in quick input messages (base/common/linkedText.ts)
    const link = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;
    assert.ok(box.prompt?.includes('clipboard'), box.prompt);
    assert.ok(!link.test(box.prompt ?? ''), `prompt: ${box.prompt}`);
    assert.ok(!/(?<!\\)\$\(zap\)/.test(box.prompt ?? ''), `prompt: ${box.prompt}`);
    assert.ok(box.prompt?.replace(/\u2060/g, '').includes(LINK), 'the clipboard shown as it is');
    for (const typed of [LINK, `https://www.linkedin.com/company/${LINK}`, `linkedin.com/in/a%20b${LINK}`]) {
      const v = await box.validateInput?.(typed);
      const message = typeof v === 'string' ? v : (v?.message ?? '');
      assert.ok(message, `a refusal for ${typed}`);
      assert.ok(!link.test(message), `validation of ${typed}: ${message}`);
    }
  });

  test('a new post: the blueprint’s title, id and promise', async () => {
    const { seen } = await opened(() => run('newPost'));
    assertPlainPicker(seen, 'blueprints');
    const b = seen.items.find(i => i.description === 'hostile');
    assert.ok(b, seen.items.map(i => i.label).join(' | '));
    assert.strictEqual(shown(b.label), `$(zap) ${LINK} \u202Eeltit`);
    assert.strictEqual(shown(b.detail ?? ''), `$(zap) promise ${LINK}`);
    assert.strictEqual(await readText(networkUri()), NETWORK, 'no picker wrote anything');
  });
  test('a notification and the status bar: a name’s [x](command:…) is no link, its $(icon) no icon', async () => {
    const w = vscode.window as Window;
    const info = w.showInformationMessage;
    const status = w.setStatusBarMessage;
    const messages: string[] = [];
    const bars: string[] = [];
    w.showInformationMessage = ((m: string, ...rest: never[]) => {
      messages.push(m);
      return (info as (m: string, ...r: never[]) => Thenable<unknown>).call(vscode.window, m, ...rest);
    }) as typeof info;
    w.setStatusBarMessage = ((text: string, ms: number) => {
      bars.push(text);
      return (status as (t: string, ms: number) => vscode.Disposable).call(vscode.window, text, ms);
    }) as typeof status;
    try {
      await run('showMentions', { name: LINK });
      await run('accept', { name: ICON });
    } finally {
      w.showInformationMessage = info;
      w.setStatusBarMessage = status;
    }
    // VS Code's own pattern for a link in a notification (base/common/linkedText.ts)
    const link = /\[([^\]]+)\]\(((?:https?:\/\/|command:|file:)[^)\s]+)(?: (["'])(.+?)(\3))?\)/i;
    assert.ok(
      messages.some(m => m.replace(/\u2060/g, '').includes(LINK)),
      `the name shown whole: ${messages.join(' | ')}`,
    );
    for (const m of messages) {
      assert.ok(!link.test(m), `a link in: ${m}`);
    }
    assert.ok(
      bars.some(b => b.includes('\\$(zap) Boss')),
      `the accepted name shown as typed: ${bars.join(' | ')}`,
    );
    for (const b of bars) {
      assert.ok(!/(?<!\\)\$\(zap\)/.test(b), `an icon in: ${b}`);
    }
  });

  test('the People, Opportunities and Content trees: an override in a name, headline, company, role or title stays in its part of the row', async () => {
    const rows: TreeRow[] = [];
    const row = (r: TreeRow): number => rows.push(r);
    await waitFor(
      'the tree to show the hostile network',
      async () => (await treeLabels(a, 'Invitations')).length === NAMES.length,
    );
    await walkTree(a.people.provider, row);
    await walkTree(a.opportunities.provider, row);
    await walkTree(a.content, row);
    for (const r of rows) {
      assertPartsIsolated(r.label, `label ${r.label.slice(0, 40)}`);
      assertPartsIsolated(r.description, `description of ${r.label.slice(0, 40)}`);
      assertIsolated(r.tooltip, `tooltip of ${r.label.slice(0, 40)}`);
    }
    const labels = rows.map(r => plain(r.label));
    for (const n of NAMES) {
      assert.ok(
        labels.filter(l => l === n).length >= 2,
        `${n.slice(0, 40)}: its invitation and its contact, shown whole as typed: ${labels.map(l => l.slice(0, 30))}`,
      );
    }
    for (const typed of ['$(zap) Kafka \u202Eelor', `$(zap) ${LINK} \u202Eeltit`]) {
      assert.ok(
        labels.some(l => l.startsWith(typed)),
        `${typed} shown as typed: ${labels.map(l => l.slice(0, 30))}`,
      );
    }
    const descriptions = rows.map(r => plain(r.description));
    assert.ok(
      descriptions.some(d => d.includes('$(alert) Ann \u202Egnp.exe Lee \u202Eheadline')),
      `the headline shown as typed: ${descriptions.map(d => d.slice(0, 30))}`,
    );
  });
});
