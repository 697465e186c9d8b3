import * as vscode from 'vscode';
import { findEntry, refOf } from '../model/actions/networkEdits';
import { entryAt } from '../model/network/entryAt';
import type { Entry, EntryList, NetworkModel, PersonList } from '../model/network/network';
import { opportunityOf, opportunityTitle, stageOf } from '../model/opportunities/opportunity';
import { PERSON_LISTS } from '../model/network/network';
import type { EntryRef } from '../model/people/identity';
import { describeParts, personOf } from '../model/people/person';
import { plainLabel, plainParts } from '../model/people/plainLabel';
import type { EntryHandle } from '../services/entryHandle';
import { entryHandleOf } from '../services/entryHandle';
import type { NetworkFile } from '../services/networkFile';
import type { NetworkStore } from '../services/networkStore';
import { UserError } from '../services/userError';

/** What a pick of the list says when the list is empty, and its placeholder. */
function listTexts(list: EntryList): { readonly none: string; readonly which: string } {
  switch (list) {
    case 'invitations':
      return {
        none: vscode.l10n.t('There is no invitation in network.yaml.'),
        which: vscode.l10n.t('Which invitation?'),
      };
    case 'contacts':
      return { none: vscode.l10n.t('There is no contact in network.yaml.'), which: vscode.l10n.t('Which contact?') };
    case 'archive':
      return {
        none: vscode.l10n.t('There is no archived entry in network.yaml.'),
        which: vscode.l10n.t('Which archived entry?'),
      };
    case 'opportunities':
      return {
        none: vscode.l10n.t('There is no opportunity in network.yaml.'),
        which: vscode.l10n.t('Which opportunity?'),
      };
    case 'rules':
      return { none: vscode.l10n.t('There is no rule in network.yaml.'), which: vscode.l10n.t('Which rule?') };
    case 'blueprints':
      return {
        none: vscode.l10n.t('There is no blueprint in network.yaml.'),
        which: vscode.l10n.t('Which blueprint?'),
      };
  }
}

const noFile = (): string =>
  vscode.l10n.t(
    'There is no network.yaml in this workspace yet. Use "Create network.yaml" in the Contractor Network view.',
  );

export function isEntryRef(v: unknown): v is EntryRef {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    (typeof (v as EntryRef).name === 'string' ||
      typeof (v as EntryRef).profile === 'string' ||
      typeof (v as EntryRef).opportunity === 'string')
  );
}

/** The handles of a tree selection (VS Code passes it as the second argument), when it has several. */
export function selectedHandles(second: unknown): EntryHandle[] | undefined {
  if (!Array.isArray(second) || second.length < 2) {
    return undefined;
  }
  const handles = second.map(entryHandleOf);
  return handles.every((h): h is EntryHandle => !!h) ? handles : undefined;
}

/**
 * The targets of an entry command from its arguments, as contract §3 has them: a tree item or an
 * entry reference (plus, from a tree with several rows selected, the selection). With none, the
 * entry under the cursor in network.yaml, or a pick.
 */
export async function resolveTargets(
  store: NetworkStore,
  lists: readonly EntryList[],
  first: unknown,
  second?: unknown,
  allowMany = false,
  offered?: (entry: Entry, model: NetworkModel) => boolean,
): Promise<EntryHandle[] | undefined> {
  await store.ready();
  const selection = allowMany ? selectedHandles(second) : undefined;
  if (selection) {
    return selection.filter(h => lists.includes(h.list));
  }
  const handle = entryHandleOf(first);
  if (handle) {
    return [handle];
  }
  if (isEntryRef(first)) {
    const list =
      first.opportunity !== undefined ? 'opportunities' : (lists.find(l => l !== 'opportunities') ?? lists[0]);
    return [fromRef(store, list, first)];
  }
  if (first !== undefined && first !== null) {
    throw new UserError(
      vscode.l10n.t(
        'Contractor Network: expected an entry reference like { "name": "Priya Anand" } or { "profile": "https://www.linkedin.com/in/..." }.',
      ),
    );
  }
  const atCursor = entryUnderCursor(store, lists);
  if (atCursor) {
    return [handleFor(atCursor.file, atCursor.entry)];
  }
  const picked = await pickEntry(store, offered ? lists : lists.slice(0, 1), offered);
  return picked ? [picked] : undefined;
}

/** The handle of an entry of the file: people by profile and name, opportunities by id. */
export function handleFor(file: NetworkFile, entry: Entry): EntryHandle {
  const name = entry.list === 'opportunities' ? opportunityTitle(opportunityOf(entry)) : personOf(entry).name;
  return { file, list: entry.list, ref: refOf(entry), name };
}

function fromRef(store: NetworkStore, list: EntryList, ref: EntryRef): EntryHandle {
  const name = ref.opportunity ?? ref.name ?? ref.profile ?? '';
  if (ref.folder) {
    const file = store.fileForFolder(ref.folder);
    if (!file) {
      throw new UserError(vscode.l10n.t('There is no network.yaml in the folder {0}.', ref.folder));
    }
    return { file, list, ref, name };
  }
  const files = store.all;
  if (files.length === 0) {
    throw new UserError(noFile());
  }
  const holding = files.filter(f => findEntry(f.current(), list, ref));
  refuseIfAmbiguous(holding, name);
  return { file: holding[0] ?? files[0], list, ref, name };
}

/** A reference without `folder` that finds an entry in several folders' files must say which. */
function refuseIfAmbiguous(holding: readonly NetworkFile[], name: string): void {
  if (holding.length > 1) {
    throw new UserError(
      vscode.l10n.t(
        '{0} is in the network.yaml of several folders ({1}): add "folder" (the workspace folder\'s path) to the reference to say which. Nothing was changed.',
        name,
        holding.map(f => f.folder.name).join(', '),
      ),
    );
  }
}

function entryUnderCursor(
  store: NetworkStore,
  lists: readonly EntryList[],
): { file: NetworkFile; entry: Entry } | undefined {
  const editor = vscode.window.activeTextEditor;
  const file = editor && store.fileForUri(editor.document.uri);
  if (!editor || !file) {
    return undefined;
  }
  const entry = entryAt(file.current(), editor.document.offsetAt(editor.selection.active), lists);
  return entry ? { file, entry } : undefined;
}

/** A pick of the entries of `lists` (those `offered` for, when it says): the palette's way to a target. */
async function pickEntry(
  store: NetworkStore,
  lists: readonly EntryList[],
  offered?: (entry: Entry, model: NetworkModel) => boolean,
): Promise<EntryHandle | undefined> {
  const files = store.all;
  if (files.length === 0) {
    throw new UserError(noFile());
  }
  const list = lists[0];
  const items: (vscode.QuickPickItem & { handle: EntryHandle })[] = [];
  for (const file of files) {
    const model = file.current();
    for (const e of lists.flatMap(l => model[l])) {
      if (offered && !offered(e, model)) {
        continue;
      }
      const handle = handleFor(file, e);
      items.push({
        label: plainLabel(handle.name),
        description:
          list === 'opportunities' ? plainLabel(stageOf(opportunityOf(e))) : plainParts(describeParts(personOf(e))),
        detail: files.length > 1 ? plainLabel(file.folder.name) : undefined,
        handle: { ...handle, ref: { ...handle.ref, index: undefined, list: undefined } },
      });
    }
  }
  if (items.length === 0) {
    throw new UserError(
      offered ? vscode.l10n.t('Nobody in network.yaml needs this right now.') : listTexts(list).none,
      'info',
    );
  }
  const pick = await vscode.window.showQuickPick(items, {
    placeHolder: listTexts(list).which,
    matchOnDescription: true,
  });
  return pick?.handle;
}

/** The entry a handle points at in its file's current text, if it is still there. */
export function entryOf(handle: EntryHandle): Entry | undefined {
  return findEntry(handle.file.current(), handle.list, handle.ref);
}

/** An entry in any of the people lists: for commands that work on all of them (openOnLinkedIn). */
export async function resolveAnyEntry(
  store: NetworkStore,
  first: unknown,
): Promise<{ file: NetworkFile; entry: Entry } | undefined> {
  await store.ready();
  const handle = entryHandleOf(first);
  if (handle) {
    const entry = entryOf(handle);
    return entry ? { file: handle.file, entry } : undefined;
  }
  const lists = ['contacts', 'invitations', 'archive'] as const;
  if (isEntryRef(first)) {
    return findInAnyList(store, first, lists);
  }
  if (first !== undefined && first !== null) {
    throw new UserError(
      vscode.l10n.t('Contractor Network: expected an entry reference like { "name": "Priya Anand" }.'),
    );
  }
  const atCursor = entryUnderCursor(store, PERSON_LISTS);
  if (atCursor) {
    return atCursor;
  }
  const picked = await pickEntry(store, ['contacts']);
  const entry = picked && entryOf(picked);
  return picked && entry ? { file: picked.file, entry } : undefined;
}

function findInAnyList(
  store: NetworkStore,
  ref: EntryRef,
  lists: readonly PersonList[],
): { file: NetworkFile; entry: Entry } {
  const files = ref.folder ? [store.fileForFolder(ref.folder)].filter((f): f is NetworkFile => !!f) : store.all;
  const found: { file: NetworkFile; entry: Entry }[] = [];
  for (const file of files) {
    const entry = lists.map(list => findEntry(file.current(), list, ref)).find(e => !!e);
    if (entry) {
      found.push({ file, entry });
    }
  }
  refuseIfAmbiguous(
    found.map(f => f.file),
    ref.name ?? ref.profile ?? '',
  );
  if (found.length > 0) {
    return found[0];
  }
  throw new UserError(vscode.l10n.t('{0} is not in network.yaml.', ref.name ?? ref.profile ?? ''));
}
