import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ContractorNetworkApi } from '../../src/extension';
import { ContextKeys } from '../../src/services/contextKeys';
import { closeAllEditors, EXTENSION_ID, networkUri, readText, repoPath, sampleNetworkSuite, waitFor } from './helpers';

// VS Code keeps a walkthrough's progress to itself (no API tells an extension that a step is
// done): here the manifest is checked against what exists, and each command a step waits for is
// run the way its button runs it. test/e2e/walkthrough.test.ts watches the steps get their ticks.

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string };
  completionEvents: string[];
}

interface Manifest {
  contributes: {
    commands: { command: string }[];
    views: Record<string, { id: string }[]>;
    walkthroughs: { id: string; title: string; steps: Step[] }[];
    viewsWelcome: { contents: string }[];
  };
}

function manifest(): Manifest {
  return vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as Manifest;
}

async function nls(): Promise<Record<string, string>> {
  return JSON.parse(await readText(repoPath('package.nls.json'))) as Record<string, string>;
}

/** A manifest string with its %key% replaced from package.nls.json. */
async function localized(text: string): Promise<string> {
  const table = await nls();
  return text.replace(/^%(.+)%$/, (_, key: string) => table[key] ?? `missing nls key ${key}`);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  return vscode.workspace.fs.stat(uri).then(
    () => true,
    () => false,
  );
}

suite('walkthrough', () => {
  let a: ContractorNetworkApi;
  let original: string;

  sampleNetworkSuite('2026-11-26', (host, text) => {
    a = host;
    original = text;
  });

  suiteTeardown(async () => {
    await closeAllEditors();
  });

  function steps(): Step[] {
    const walkthroughs = manifest().contributes.walkthroughs;
    assert.deepStrictEqual(
      walkthroughs.map(w => w.id),
      ['gettingStarted'],
    );
    return walkthroughs[0].steps;
  }

  test('five steps: network.yaml, the LinkedIn export, triage, keeping in touch, a first post', () => {
    assert.deepStrictEqual(
      steps().map(s => s.id),
      ['networkFile', 'importExport', 'triage', 'keepInTouch', 'firstPost'],
    );
  });

  test('every step has its own markdown, with a picture that exists and says what it shows', async () => {
    const seen = new Set<string>();
    for (const step of steps()) {
      const md = step.media.markdown;
      assert.ok(md, `${step.id} has markdown media`);
      assert.ok(!seen.has(md), `${step.id}: its own markdown`);
      seen.add(md);
      const text = await readText(repoPath(md));
      const picture = /!\[([^\]]+)\]\(([^)]+\.(?:svg|png))\)/.exec(text);
      assert.ok(picture, `${md} shows a picture with alt text`);
      const beside = vscode.Uri.joinPath(repoPath(md), '..', picture[2]);
      assert.ok(await exists(beside), `${md}: ${picture[2]} exists`);
      assert.ok(text.split('\n').length <= 30, `${md} is short`);
    }
  });

  test('every completion event names a declared command, a context key the extension sets, or a view', () => {
    const commands = new Set(manifest().contributes.commands.map(c => c.command));
    const views = new Set(Object.values(manifest().contributes.views).flatMap(v => v.map(x => x.id)));
    const keys = new Set<string>(Object.values(ContextKeys));
    for (const step of steps()) {
      assert.ok(step.completionEvents.length > 0, `${step.id} has a completion event`);
      for (const event of step.completionEvents) {
        const [kind, what] = [event.slice(0, event.indexOf(':')), event.slice(event.indexOf(':') + 1)];
        const known =
          kind === 'onCommand'
            ? commands.has(what)
            : kind === 'onContext'
              ? keys.has(what)
              : kind === 'onView' && views.has(what);
        assert.ok(known, `${step.id}: ${event}`);
      }
    }
  });

  test('every button of the walkthrough and of the welcome views runs a declared command', async () => {
    const commands = new Set(manifest().contributes.commands.map(c => c.command));
    const texts = [
      ...(await Promise.all(steps().map(s => localized(s.description)))),
      ...(await Promise.all(manifest().contributes.viewsWelcome.map(w => localized(w.contents)))),
    ];
    const links = texts.flatMap(t => [...t.matchAll(/\(command:(contractorNetwork\.[\w.]+)/g)].map(m => m[1]));
    assert.ok(links.includes('contractorNetwork.getStarted'), 'the welcome view offers the walkthrough');
    assert.deepStrictEqual(
      links.filter(l => !commands.has(l)),
      [],
    );
  });

  test('the commands the steps wait for do what the steps say (run as a script would run them)', async () => {
    const folder = repoPath('test', 'fixtures', 'linkedin-export', 'basic');
    const counts = (await vscode.commands.executeCommand('contractorNetwork.importLinkedInExport', folder)) as {
      invitations: number;
    };
    assert.ok(counts && counts.invitations >= 1, 'the import read Invitations.csv');

    // triage opens its queue: closing it stops the run with nothing decided
    const triage = vscode.commands.executeCommand('contractorNetwork.triage') as Thenable<{
      decided: Record<string, number>;
    }>;
    await new Promise(r => setTimeout(r, 1000));
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.deepStrictEqual((await triage).decided, {});

    await vscode.commands.executeCommand('contractorNetwork.addNote', { name: 'Tobias Ferreira' }, 'Walkthrough call');
    await vscode.commands.executeCommand('contractorNetwork.setFollowUp', { name: 'Tobias Ferreira' }, '2027-01-15');
    const text = await readText(networkUri());
    assert.match(text, /text: Walkthrough call/);
    assert.match(text, /followUp: 2027-01-15/);

    const draft = (await vscode.commands.executeCommand(
      'contractorNetwork.newPost',
      'kafka-migration',
      'article',
    )) as vscode.Uri;
    assert.ok(draft && (await exists(draft)), 'newPost made a draft');
    await closeAllEditors();
    await vscode.workspace.fs.delete(draft);

    await vscode.commands.executeCommand('contractorNetwork.getStarted');
    await waitFor('the model to settle', () => a.store.all[0]?.settled.text === text);
    assert.notStrictEqual(text, original);
  });
});
