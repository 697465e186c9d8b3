import * as vscode from 'vscode';

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
