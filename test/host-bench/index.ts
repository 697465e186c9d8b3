// npm run bench:host: in the real extension host, on a 30,000-contact workspace, how long
// activation takes and how long until the people view has its first items. A measurement
// printed for the README, not a test.
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { ContractorNetworkApi } from '../../src/extension';

export async function run(): Promise<void> {
  try {
    await measure();
  } catch (e) {
    console.log(`HOST-BENCH failed: ${e instanceof Error ? e.stack : String(e)}`);
    throw e;
  }
}

async function measure(): Promise<void> {
  const t0 = performance.now();
  const ext = vscode.extensions.getExtension<ContractorNetworkApi>('contractor-network.contractor-network');
  if (!ext) {
    throw new Error('extension not found');
  }
  const api = await ext.activate();
  const filesRead = await api.timings.filesReadMs();
  const roots = await api.people.provider.getChildren();
  const firstItems = performance.now() - t0;
  const contacts = api.store.all[0]?.model.contacts.length ?? 0;
  console.log(`roots: ${roots.map(r => String(r.label)).join(', ')}`);
  const largest = roots.reduce((a, b) => (Number(/\((\d+)\)/.exec(String(b.label))?.[1] ?? 0) > Number(/\((\d+)\)/.exec(String(a.label))?.[1] ?? 0) ? b : a));
  const t1 = performance.now();
  const children = await api.people.provider.getChildren(largest);
  const expand = performance.now() - t1;
  const t2 = performance.now();
  const doc = await vscode.workspace.openTextDocument(api.store.all[0].uri);
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
  const lensMs = performance.now() - t2;
  const t3 = performance.now();
  await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
  const lensAgainMs = performance.now() - t3;
  await vscode.window.showTextDocument(doc);
  const t4 = performance.now();
  const shown = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
  const lensShownMs = performance.now() - t4;
  const result = {
    vscode: vscode.version, contacts,
    activateMs: Math.round(api.timings.activateMs * 10) / 10,
    networkFileReadAndParsedMs: Math.round(filesRead),
    firstTreeItemsAfterTestStartMs: Math.round(firstItems),
    largestGroup: String(largest.label), expandLargestGroupMs: Math.round(expand), children: children.length,
    codeLensesFirstMs: Math.round(lensMs), lenses: lenses.length, codeLensesAgainMs: Math.round(lensAgainMs),
    codeLensesShownInEditorMs: Math.round(lensShownMs), lensesShown: shown.length,
  };
  console.log(`HOST-BENCH ${JSON.stringify(result)}`);
  if (process.env.CN_HOST_BENCH_OUT) {
    fs.writeFileSync(process.env.CN_HOST_BENCH_OUT, JSON.stringify(result, null, 2) + '\n');
  }
}
