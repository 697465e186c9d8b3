import * as vscode from 'vscode';
import type { StatusPart } from '../model/people/plainLabel';
import { plainStatus } from '../model/people/plainLabel';

// Every status-bar text goes through here (test/unit/statusTexts.test.ts fails on a direct
// window.setStatusBarMessage or createStatusBarItem elsewhere): VS Code turns `$(name)` in a
// status-bar text into an icon, and a right-to-left override in a name would reorder what follows,
// so the text is made plain (plainStatus) and the icons, ours, are named apart.

/** A status-bar item whose text is set only from parts (its other properties as VS Code's). */
export interface StatusItem extends vscode.Disposable {
  readonly item: Omit<vscode.StatusBarItem, 'text'>;
  setText(parts: readonly StatusPart[]): void;
}

export const status = {
  /** A message for `ms` milliseconds: `$(icon) text`, the text shown as typed. */
  flash(text: string, ms: number, icon?: string): vscode.Disposable {
    // looked up on each call, not kept: the in-host tests watch window's own functions
    return vscode.window.setStatusBarMessage(plainStatus([{ icon, text }]), ms);
  },
  /** A status-bar item (see StatusItem). */
  item(id: string, alignment: vscode.StatusBarAlignment, priority: number): StatusItem {
    const item = vscode.window.createStatusBarItem(id, alignment, priority);
    return {
      item,
      setText: parts => {
        item.text = plainStatus(parts);
      },
      dispose: () => item.dispose(),
    };
  },
};
