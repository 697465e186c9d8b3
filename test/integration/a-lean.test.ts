// Runs first (a-…, before any suite opens a file or runs a command): what activation on the
// examples workspace (people, rules, posts, notes) loads of the Node build's lazy bundles. The
// libraries for unusual YAML, the full JSON-schema validator and globs are not among them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, networkUri, openNetwork, readText, resetNetwork, waitFor } from './helpers';

/**
 * The Node build's lazy bundles loaded so far in this extension host, relative to dist/: those of
 * dist/lazy/, and the web bundle (for the libraries both builds share).
 */
function lazyLoaded(): string[] {
  return Object.keys(require.cache)
    .map(f => /[\\/]dist[\\/]((?:lazy[\\/][^\\/]+|web[\\/]extension)\.js)$/.exec(f)?.[1].replace(/\\/g, '/'))
    .filter((f): f is string => f !== undefined)
    .sort();
}

suite('lean activation: what activation loads', () => {
  test('activation, the first tree items, the diagnostics, the drafts and the mentions load no lazy bundle', async () => {
    const a = await api();
    const roots = await a.people.provider.getChildren();
    assert.ok(roots.length > 0, 'the people view has items');
    for (const group of roots) {
      await a.people.provider.getChildren(group); // each group's people, with the rules' suggestions
    }
    await a.drafts.ready();
    assert.ok(a.drafts.all().length > 0, 'the example drafts were read (their front matter)');
    assert.ok(a.content.getChildren().length > 0, 'the content view has items');
    await a.mentions.ready();
    await waitFor('the network file’s diagnostics', () => vscode.languages.getDiagnostics(networkUri()).length > 0);
    assert.ok(a.store.all[0].current().rules.length > 0, 'the examples have rules (their globs were matched)');
    assert.deepStrictEqual(lazyLoaded(), [], 'lazy bundles loaded by activation');
  });

  test('then a block scalar, a glob with braces and an entry off the schema load yaml, minimatch and the JSON-schema validator from the web bundle, and they work', async function () {
    this.timeout(120_000);
    const a = await api();
    const original = await readText(networkUri());
    const edited = original
      // the fast parser declines a block scalar: the yaml package reads the entry
      .replace(
        '    received: 2026-11-24\n',
        '    received: 2026-11-24\n    message: |\n      Two lines\n      of message\n',
      )
      // braces: minimatch, not the simple glob's expression
      .replace(
        /^rules:.*\n/m,
        m => `${m}  - match: { headline: "{VP,Director} Engineering at *" }\n    suggest: accept\n`,
      )
      // a list where the schema wants one: the quick check cannot vouch, the validator words it
      .replace('    tags: [kafka, berlin]\n', '    tags: { kafka: berlin }\n');
    assert.notStrictEqual(edited, original);
    try {
      await resetNetwork(a, edited);
      const model = a.store.all[0].current();
      assert.deepStrictEqual(model.syntaxErrors, []);
      const ines = model.invitations.find(e => (e.parsed.value as { name?: string }).name === 'Ines Duarte');
      assert.strictEqual((ines?.parsed.value as { message?: string }).message, 'Two lines\nof message\n');

      await openNetwork();
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
        'vscode.executeCodeLensProvider',
        networkUri(),
        100,
      );
      const dana = model.text.split('\n').findIndex(l => l.includes('- name: Dana Whitfield'));
      const titles = lenses.filter(l => l.range.start.line === dana).map(l => l.command?.title ?? '');
      assert.ok(
        titles.some(t => /suggested by rule 1/.test(t)),
        `Dana Whitfield's lenses: ${JSON.stringify(titles)}`,
      );

      const tobias = model.text.split('\n').findIndex(l => l.includes('tags: { kafka: berlin }'));
      const diags = await waitFor('the schema problem', () => {
        const d = vscode.languages.getDiagnostics(networkUri()).filter(x => x.code === 'schema');
        return d.length ? d : undefined;
      });
      assert.ok(
        diags.some(d => d.range.start.line === tobias),
        JSON.stringify(diags.map(d => [d.range.start.line, d.message])),
      );
      assert.ok(lazyLoaded().includes('web/extension.js'), `loaded: ${lazyLoaded().join(', ')}`);
    } finally {
      await resetNetwork(a, original);
    }
  });
});
