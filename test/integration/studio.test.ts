import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ContractorNetworkApi } from '../../src/extension';
import type { ContentNode } from '../../src/views/contentTreeProvider';
import { api, folder, itemLabel, readText, waitFor, writeText } from './helpers';

const TODAY = '2026-11-26';

async function contentTree(a: ContractorNetworkApi): Promise<string[]> {
  const lines: string[] = [];
  const walk = async (nodes: ContentNode[], depth: number): Promise<void> => {
    for (const n of nodes) {
      lines.push(`${'  '.repeat(depth)}${itemLabel(n)}${n.description ? ` — ${n.description}` : ''}`);
      await walk(await a.content.getChildren(n), depth + 1);
    }
  };
  await walk(await a.content.getChildren(), 0);
  return lines;
}

suite('thought-leadership studio', () => {
  let a: ContractorNetworkApi;
  const created: vscode.Uri[] = [];

  suiteSetup(async () => {
    a = await api();
    a.clock.setToday(TODAY);
    await a.drafts.ready();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created.splice(0)) {
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  suiteTeardown(() => a.clock.setToday(undefined));

  test('the content view shows blueprints, their channels and drafts, and the channels still missing', async () => {
    const tree = await waitFor('the content view', async () => {
      const t = await contentTree(a);
      return t.some(l => l.includes('Data contracts')) ? t : undefined;
    });
    assert.deepStrictEqual(
      tree.map(l => l.replace(/ — .*$/, '')),
      [
        'Zero-downtime Kafka migrations',
        '  post',
        '    We moved a live payments platform to Kafka without a minute of down…',
        '  no article yet',
        '  no whitepaper yet',
        '  no webinar yet',
        'Data contracts that teams actually keep',
        '  post',
        '    Your dashboard broke again because someone renamed a column.',
        '  no blog yet',
        '  no podcast yet',
      ],
    );
    const root = await a.content.getChildren();
    const missing = (await a.content.getChildren(root[0])).find(n => itemLabel(n) === 'no webinar yet')!;
    assert.deepStrictEqual(missing.command?.arguments, ['kafka-migration', 'webinar']);
    assert.strictEqual(missing.resourceUri?.scheme, 'contractor-network-placeholder', 'dimmed by a file decoration');
  });

  test('newPost creates the named file from the channel template, opens it beside, and the view follows', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>(
      'contractorNetwork.newPost',
      'kafka-migration',
      'webinar',
    );
    created.push(uri);
    assert.strictEqual(uri.path.split('/').slice(-2).join('/'), `posts/${TODAY}-kafka-migration-webinar.md`);
    const text = await readText(uri);
    assert.ok(
      text.startsWith(
        '---\nblueprint: kafka-migration\nchannel: webinar\nstatus: draft\n---\n# Webinar: Zero-downtime Kafka migrations\n',
      ),
      text,
    );
    assert.ok(text.includes('## Agenda (45 minutes)'));
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
    await waitFor('the webinar draft in the view', async () =>
      (await contentTree(a)).some(l => l.includes(`${TODAY}-kafka-migration-webinar.md`)),
    );
    assert.ok(!(await contentTree(a)).includes('  no webinar yet'));
    const second = await vscode.commands.executeCommand<vscode.Uri>(
      'contractorNetwork.newPost',
      'kafka-migration',
      'webinar',
    );
    created.push(second);
    assert.ok(second.path.endsWith(`${TODAY}-kafka-migration-webinar-2.md`), 'a numeric suffix when the name is taken');
  });

  test('a template in .contractor-network/templates replaces the built-in one', async () => {
    const tpl = vscode.Uri.joinPath(folder().uri, '.contractor-network', 'templates', 'blog.md');
    await writeText(tpl, '# {{title}}\n\nOur own blog template for {{audience}}.\n');
    created.push(vscode.Uri.joinPath(folder().uri, '.contractor-network'));
    const uri = await vscode.commands.executeCommand<vscode.Uri>('contractorNetwork.newPost', 'data-contracts', 'blog');
    created.push(uri);
    assert.strictEqual(
      await readText(uri),
      '---\nblueprint: data-contracts\nchannel: blog\nstatus: draft\n---\n# Data contracts that teams actually keep\n\nOur own blog template for client, peer.\n',
    );
  });

  test('a blueprint id that is not a slug never becomes a path', async () => {
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('contractorNetwork.newPost', '../../escape', 'post')),
      /not a blueprint id/,
    );
    const outside = vscode.Uri.joinPath(folder().uri, '..', 'escape-post.md');
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(outside)));
  });

  test('newPostFromSelection quotes the selected code with its language and file name', async () => {
    const src = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder().uri, 'src', 'outbox.ts'));
    const editor = await vscode.window.showTextDocument(src);
    editor.selection = new vscode.Selection(1, 0, 8, 1);
    const run = vscode.commands.executeCommand<vscode.Uri>('contractorNetwork.newPostFromSelection');
    await new Promise(r => setTimeout(r, 400));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem'); // blueprint: the first (Kafka)
    await new Promise(r => setTimeout(r, 400));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem'); // channel: the first (post)
    const uri = await run;
    created.push(uri);
    const text = await readText(uri);
    assert.ok(text.includes('From `src/outbox.ts`:\n\n```typescript\nexport async function relay('), text);
    const beside = vscode.window.visibleTextEditors.map(e => e.document.uri.toString());
    assert.ok(
      beside.includes(uri.toString()) && beside.includes(src.uri.toString()),
      'the draft opens beside the code',
    );
  });

  test('copyForLinkedIn resolves to the LinkedIn text and puts it on the clipboard', async () => {
    const uri = vscode.Uri.joinPath(folder().uri, 'posts', '2026-11-25-data-contracts-post.md');
    const text = await vscode.commands.executeCommand<string>('contractorNetwork.copyForLinkedIn', uri);
    assert.ok(
      text.startsWith('Your dashboard broke again because someone renamed a column.\n\nA data contract is just'),
      text,
    );
    assert.ok(text.includes('\n• What it checks: names, types, nullability\n'));
    assert.strictEqual(await vscode.env.clipboard.readText(), text);
  });

  test('markPublished sets status and date; the lenses and the view follow', async () => {
    const uri = vscode.Uri.joinPath(folder().uri, 'posts', '2026-11-25-data-contracts-post.md');
    const before = await readText(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const titles = lenses.map(l => l.command?.title);
    assert.deepStrictEqual(titles, [
      '385 / 3,000',
      'Copy for LinkedIn',
      'Mark published',
      'Blueprint: Data contracts that teams actually keep',
      'Share with audience',
    ]);
    await vscode.commands.executeCommand('contractorNetwork.markPublished', uri);
    const after = await readText(uri);
    assert.strictEqual(after, before.replace('status: draft\n', `status: published\npublished: ${TODAY}\n`));
    const again = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    assert.ok(again.some(l => l.command?.title === `Published ${TODAY}`));
    await waitFor('the view to show it published', async () =>
      (await contentTree(a)).some(l => l.includes(`published ${TODAY}`) && l.includes('Your dashboard')),
    );
    await vscode.commands.executeCommand('undo');
    await doc.save();
  });

  test('the fold marker sits where the feed folds, and moves as the text changes', async () => {
    const uri = vscode.Uri.joinPath(folder().uri, 'posts', '2026-11-25-data-contracts-post.md');
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    const before = a.foldMarker.foldPosition(doc)!;
    assert.strictEqual(
      doc.lineAt(before.line).text,
      "A **data contract** is just a schema check in CI that fails the producer's build, not the consumer's morning.",
    );
    await editor.edit(e => e.insert(new vscode.Position(5, 0), 'A new first line.\n'));
    const after = a.foldMarker.foldPosition(doc)!;
    // the new line takes one of the three lines the feed shows: the fold now comes before the "data contract" line
    assert.strictEqual(doc.lineAt(after.line).text, '');
    assert.ok(doc.lineAt(after.line + 1).text.startsWith('A **data contract**'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('post lint shows in the Problems panel as you type', async () => {
    const uri = vscode.Uri.joinPath(folder().uri, 'posts', `${TODAY}-lint-post.md`);
    created.push(uri);
    await writeText(uri, '---\nchannel: post\n---\nShort hook.\n\n#a #b #c #d #e #f\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const d = await waitFor('the hashtag warning', () =>
      vscode.languages.getDiagnostics(uri).find(x => x.code === 'too-many-hashtags'),
    );
    assert.strictEqual(d.range.start.line, 5);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Warning);
  });
});
