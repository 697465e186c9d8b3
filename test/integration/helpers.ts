import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ContractorNetworkApi } from '../../src/extension';

export const EXTENSION_ID = 'contractor-network.contractor-network';

export async function api(): Promise<ContractorNetworkApi> {
  const ext = vscode.extensions.getExtension<ContractorNetworkApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  const a = await ext.activate();
  await a.store.ready();
  return a;
}

export function folder(): vscode.WorkspaceFolder {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'a workspace folder is open');
  return f;
}

export function networkUri(): vscode.Uri {
  return vscode.Uri.joinPath(folder().uri, 'network.yaml');
}

export async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** Polls until `check` returns a truthy value (events in the host are asynchronous). */
export async function waitFor<T>(
  what: string,
  check: () => T | Promise<T>,
  timeoutMs = 10_000,
): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) {
        return v as NonNullable<T>;
      }
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) {
      throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    }
    await new Promise(r => setTimeout(r, 50));
  }
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The text of a file under test/fixtures, e.g. `fixtureText('edits', 'contract.yaml')`. */
export function fixtureText(...parts: string[]): Promise<string> {
  return readText(repoPath('test', 'fixtures', ...parts));
}

/** The repository's folder (the extension under test is loaded from it). */
export function repoPath(...parts: string[]): vscode.Uri {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext);
  return vscode.Uri.joinPath(ext.extensionUri, ...parts);
}

/**
 * Closes every editor without saving, writes network.yaml on disk, and waits until the model has it.
 * On a loaded machine a save of the extension's last action may still be in flight and fail with
 * "File Modified Since" after our write, leaving the document dirty: so revert and write again
 * until the document, the disk and the model all hold `text`.
 */
export async function resetNetwork(a: ContractorNetworkApi, text: string): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const target = networkUri().toString();
  await waitFor(
    'the model to read the file',
    async () => {
      const doc = vscode.workspace.textDocuments.find(d => d.uri.toString() === target);
      if (doc?.isDirty) {
        await vscode.window.showTextDocument(doc);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
      if ((await readText(networkUri())) !== text) {
        await writeText(networkUri(), text);
      }
      return a.store.all[0]?.current().text === text || (await settleBriefly(a, text));
    },
    30_000,
  );
}

/** Gives the file watcher a moment to bring the document and the model up to the disk. */
async function settleBriefly(a: ContractorNetworkApi, text: string): Promise<boolean> {
  await new Promise(r => setTimeout(r, 250));
  return a.store.all[0]?.current().text === text;
}

/**
 * For a suite on the sample network: the API with "today" fixed and the file's text as it was,
 * handed to `ready` before the suite's own suiteSetup runs; after the suite, "today" is released
 * and network.yaml put back.
 */
export function sampleNetworkSuite(today: string, ready: (a: ContractorNetworkApi, original: string) => void): void {
  let a: ContractorNetworkApi | undefined;
  let original: string | undefined;
  suiteSetup(async () => {
    a = await api();
    a.clock.setToday(today);
    original = await readText(networkUri());
    ready(a, original);
  });
  suiteTeardown(async () => {
    if (a && original !== undefined) {
      a.clock.setToday(undefined);
      await resetNetwork(a, original);
    }
  });
}

export async function openNetwork(): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(networkUri());
  return vscode.window.showTextDocument(doc);
}

/** Labels of the tree's root (or of the group whose label starts with `group`). */
export async function treeLabels(a: ContractorNetworkApi, group?: string): Promise<string[]> {
  const root = await a.people.provider.getChildren();
  if (!group) {
    return root.map(itemLabel);
  }
  const g = root.find(n => itemLabel(n).startsWith(group));
  return g ? (await a.people.provider.getChildren(g)).map(itemLabel) : [];
}

/** A tree item's label as the user reads it. */
export function itemLabel(n: vscode.TreeItem): string {
  return typeof n.label === 'string' ? n.label : (n.label?.label ?? '');
}

/** A tree's provider as a walk reads it: its children and, when it resolves items, their tooltips. */
export interface WalkableTree<T extends vscode.TreeItem> {
  getChildren(e?: T): vscode.ProviderResult<T[]>;
  resolveTreeItem?(item: vscode.TreeItem, e: T): vscode.ProviderResult<vscode.TreeItem>;
}

/** A row of a tree as VS Code shows it, once resolved: its label, description and tooltip's string. */
export interface TreeRow {
  readonly item: vscode.TreeItem;
  readonly label: string;
  readonly description: string;
  /** A plain tooltip, or a Markdown one's source (`item.tooltip` holds the MarkdownString itself). */
  readonly tooltip: string;
}

/** Visits every row of the tree, depth first in the order shown, each resolved as when hovered. */
export async function walkTree<T extends vscode.TreeItem>(
  provider: WalkableTree<T>,
  visit: (row: TreeRow) => void,
  node?: T,
): Promise<void> {
  for (const child of (await provider.getChildren(node)) ?? []) {
    const item = (await provider.resolveTreeItem?.(child, child)) ?? child;
    const tip = item.tooltip;
    visit({
      item,
      label: itemLabel(item),
      description: typeof item.description === 'string' ? item.description : '',
      tooltip: typeof tip === 'string' ? tip : (tip?.value ?? ''),
    });
    await walkTree(provider, visit, child);
  }
}
