// Runs first (a-…, before any suite opens a file or runs a command): what activation on the
// examples workspace (people, rules, posts, notes) loads of the Node build's lazy bundles. The
// libraries for unusual YAML, the full JSON-schema validator and globs are not among them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, networkUri, waitFor } from './helpers';

/** The Node build's lazy bundles (dist/lazy/) loaded so far in this extension host. */
function lazyLoaded(): string[] {
  return Object.keys(require.cache)
    .filter(f => /[\\/]dist[\\/]lazy[\\/]/.test(f))
    .map(f => f.replace(/^.*[\\/]/, ''))
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
});
