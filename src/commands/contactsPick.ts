import * as vscode from 'vscode';
import type { NetworkModel } from '../model/network/network';
import type { EntryRef } from '../model/people/identity';
import { entryHandleOf } from '../services/entryHandle';
import type { NetworkFile } from '../services/networkFile';
import { UserError } from '../services/userError';
import { isEntryRef } from './entryTargets';

/** One contact in a multi-select pick: what the row shows, and the entry it stands for. */
export interface ContactItem extends vscode.QuickPickItem {
  readonly ref: EntryRef;
}

/**
 * The contacts of a command that acts on several at once (shareWithAudience, cleanUp): the refs a
 * script or a tree selection passes (entry references or tree items), undefined when none is
 * passed; `usage` is the sentence that says how to call the command when an argument is neither.
 */
export function givenContacts(arg: unknown, usage: string): EntryRef[] | undefined {
  if (arg === undefined || arg === null) {
    return undefined;
  }
  const all = Array.isArray(arg) ? arg : [arg];
  const refs = all.map(x => entryHandleOf(x)?.ref ?? (isEntryRef(x) ? x : undefined));
  if (refs.some(r => r === undefined)) {
    throw new UserError(usage);
  }
  return refs as EntryRef[];
}

/** The model to pick contacts from: refused (nothing changes) while the file has a YAML error. */
export function modelToPickFrom(file: NetworkFile): NetworkModel {
  const model = file.current();
  if (model.syntaxErrors.length) {
    throw new UserError(
      vscode.l10n.t(
        '{0} has a YAML error; fix it first. Nothing was changed.',
        vscode.workspace.asRelativePath(file.uri),
      ),
    );
  }
  return model;
}

/**
 * A multi-select pick of contacts that stays open when focus moves away and matches on every
 * column; resolves to the checked contacts' refs, undefined when none is checked or it is cancelled.
 */
export async function pickContacts(
  items: readonly ContactItem[],
  title: string,
  placeHolder: string,
): Promise<EntryRef[] | undefined> {
  const picked = await vscode.window.showQuickPick(items, {
    title,
    placeHolder,
    canPickMany: true,
    matchOnDescription: true,
    matchOnDetail: true,
    ignoreFocusOut: true,
  });
  return picked && picked.length ? picked.map(i => i.ref) : undefined;
}
