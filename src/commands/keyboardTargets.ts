// Keybindings on tree rows (package.json `keybindings`: Alt+A, Alt+I, Alt+L in the People view).
// A keybinding gets no tree item, so it passes `{ "selectionOf": "contractorNetwork.people" }`
// and the command acts on the row under the keyboard cursor.

import * as vscode from 'vscode';
import { actionSpec, isActionKind } from '../model/actions/actionTable';
import type { EntryList } from '../model/network/network';
import { entryHandleOf } from '../services/entryHandle';
import type { CommandTable } from './commandTable';
import { status } from '../services/statusText';

/** A tree view as its keybindings see it. */
export interface TreeSelection {
  readonly selection: readonly unknown[];
  /** Called before a command acts on the selection from the keyboard; what it returns, once it has. */
  keepPlace(): () => Promise<void>;
}

interface SelectionOf {
  readonly selectionOf: string;
}

/** "<action> works on an invitation: move the cursor to one first." */
function needsRow(list: EntryList, action: string): string {
  switch (list) {
    case 'invitations':
      return vscode.l10n.t('{0} works on an invitation: move the cursor to one first.', action);
    case 'contacts':
      return vscode.l10n.t('{0} works on a contact: move the cursor to one first.', action);
    case 'archive':
      return vscode.l10n.t('{0} works on an archived entry: move the cursor to one first.', action);
    case 'opportunities':
      return vscode.l10n.t('{0} works on an opportunity: move the cursor to one first.', action);
    default:
      return vscode.l10n.t('{0} works on an entry: move the cursor to one first.', action);
  }
}

function isSelectionOf(v: unknown): v is SelectionOf {
  return typeof v === 'object' && v !== null && typeof (v as SelectionOf).selectionOf === 'string';
}

/** The same commands, also taking `{ selectionOf: <view id> }` from a keybinding. */
export function withKeyboardTargets(table: CommandTable, views: Record<string, TreeSelection>): CommandTable {
  return Object.fromEntries(
    Object.entries(table).map(([id, handler]) => [
      id,
      (...args: unknown[]) => {
        const view = isSelectionOf(args[0]) ? views[args[0].selectionOf] : undefined;
        return view ? onCursorRow(id, view, handler) : handler(...args);
      },
    ]),
  );
}

async function onCursorRow(
  id: string,
  view: TreeSelection,
  handler: (...args: unknown[]) => unknown,
): Promise<unknown> {
  // the arrow keys move a tree's focus, not its selection, and extensions see only the selection:
  // Enter's command selects the row under the cursor (and shows it, as Enter does)
  await vscode.commands.executeCommand('list.select');
  const rows = view.selection;
  const spec = isActionKind(id) ? actionSpec(id) : undefined;
  if (spec && (rows.length === 0 || rows.some(r => !spec.lists.includes(entryHandleOf(r)?.list as never)))) {
    status.flash(needsRow(spec.lists[0], vscode.l10n.t(spec.titles.palette)), 5000, 'info');
    return undefined;
  }
  const moveOn = view.keepPlace();
  const result = await handler(rows[0], rows);
  await moveOn();
  return result;
}
