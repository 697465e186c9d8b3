import * as vscode from 'vscode';
import { plainTitle } from '../model/people/plainLabel';
import type { EntryHandle } from '../services/entryHandle';
import type { NetworkStore } from '../services/networkStore';

export interface QueueItem<C> extends vscode.QuickPickItem {
  readonly choice?: C;
}

/**
 * One step of a keyboard queue (triage, LinkedIn to-dos): a QuickPick that stays open when focus
 * moves away, with one item pre-selected; resolves to the chosen item's choice, or undefined on Escape.
 */
export function pickFromQueue<C>(
  title: string,
  placeholder: string,
  items: readonly QueueItem<C>[],
  preselected?: C,
): Promise<C | undefined> {
  return new Promise(resolve => {
    const qp = vscode.window.createQuickPick<QueueItem<C>>();
    qp.title = title;
    qp.placeholder = placeholder;
    qp.items = items;
    qp.ignoreFocusOut = true;
    qp.matchOnDescription = true;
    const pre = items.find(it => it.choice !== undefined && it.choice === preselected);
    if (pre) {
      qp.activeItems = [pre];
    }
    let settled = false;
    qp.onDidAccept(() => {
      const picked = qp.selectedItems[0] ?? qp.activeItems[0];
      if (picked?.choice === undefined) {
        return;
      }
      settled = true;
      resolve(picked.choice);
      qp.hide();
    });
    qp.onDidHide(() => {
      if (!settled) {
        resolve(undefined);
      }
      qp.dispose();
    });
    qp.show();
  });
}

/** A queue step's title (plain text: VS Code shows no icon in a title): "3 of 12 · Priya Anand", and the folder's name when the workspace has several networks. */
export function queueTitle(store: NetworkStore, target: EntryHandle, index: number, total: number): string {
  return store.all.length > 1
    ? vscode.l10n.t(
        '{0} of {1} · {2} ({3})',
        index + 1,
        total,
        plainTitle(target.name),
        plainTitle(target.file.folder.name),
      )
    : vscode.l10n.t('{0} of {1} · {2}', index + 1, total, plainTitle(target.name));
}
