import * as vscode from 'vscode';
import { entryAt } from '../model/network/entryAt';
import type { EntryRef } from '../model/people/identity';
import type { Entry, PersonList } from '../model/network/network';
import { findEntry } from '../model/actions/networkEdits';
import { describe, personOf } from '../model/people/person';
import type { NetworkFile } from '../services/networkFile';
import type { NetworkStore } from '../services/networkStore';
import { PersonNodeBase } from '../views/personNodeBase';
import { UserError } from './userError';

/** An entry a command acts on: the file it lives in and a reference to it. */
export interface EntryTarget {
  readonly file: NetworkFile;
  readonly ref: EntryRef;
  readonly name: string;
}

const NOUN: Record<PersonList, string> = { invitations: 'invitation', contacts: 'contact', archive: 'archived entry' };

export function isEntryRef(v: unknown): v is EntryRef {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    (typeof (v as EntryRef).name === 'string' || typeof (v as EntryRef).profile === 'string')
  );
}

/**
 * The targets of an entry command from its arguments, as contract §3 has them: a tree node or an
 * entry reference (plus, from a tree with several rows selected, the selection). With none, the
 * entry under the cursor in network.yaml, or a pick.
 */
export async function resolveTargets(
  store: NetworkStore,
  list: PersonList,
  first: unknown,
  second?: unknown,
  allowMany = false,
): Promise<EntryTarget[] | undefined> {
  await store.ready();
  if (allowMany && Array.isArray(second) && second.length > 1 && second.every(n => n instanceof PersonNodeBase)) {
    return (second as PersonNodeBase[])
      .filter(n => n.entry.list === list)
      .map(n => ({ file: n.file, ref: n.ref, name: n.person.name }));
  }
  if (first instanceof PersonNodeBase) {
    return [{ file: first.file, ref: first.ref, name: first.person.name }];
  }
  if (isEntryRef(first)) {
    return [fromRef(store, list, first)];
  }
  if (first !== undefined && first !== null) {
    throw new UserError(
      'Contractor Network: expected an entry reference like { "name": "Priya Anand" } or { "profile": "https://www.linkedin.com/in/..." }.',
    );
  }
  const atCursor = entryUnderCursor(store, list);
  if (atCursor) {
    return [atCursor];
  }
  const picked = await pickEntry(store, list);
  return picked ? [picked] : undefined;
}

function fromRef(store: NetworkStore, list: PersonList, ref: EntryRef): EntryTarget {
  const name = ref.name ?? ref.profile ?? '';
  if (ref.folder) {
    const file = store.fileForFolder(ref.folder);
    if (!file) {
      throw new UserError(`There is no network.yaml in the folder ${ref.folder}.`);
    }
    return { file, ref, name };
  }
  const files = store.all;
  if (files.length === 0) {
    throw new UserError(
      'There is no network.yaml in this workspace yet. Use "Create network.yaml" in the Contractor Network view.',
    );
  }
  const holding = files.filter(f => findEntry(f.current(), list, ref));
  return { file: holding[0] ?? files[0], ref, name };
}

function entryUnderCursor(store: NetworkStore, list: PersonList): EntryTarget | undefined {
  const editor = vscode.window.activeTextEditor;
  const file = editor && store.fileForUri(editor.document.uri);
  if (!editor || !file) {
    return undefined;
  }
  const model = file.modelOf(editor.document);
  const entry = entryAt(model, editor.document.offsetAt(editor.selection.active), [list]);
  if (!entry) {
    return undefined;
  }
  const p = personOf(entry);
  return { file, ref: { name: p.name, profile: p.profile }, name: p.name };
}

async function pickEntry(store: NetworkStore, list: PersonList): Promise<EntryTarget | undefined> {
  const files = store.all;
  if (files.length === 0) {
    throw new UserError(
      'There is no network.yaml in this workspace yet. Use "Create network.yaml" in the Contractor Network view.',
    );
  }
  const items: (vscode.QuickPickItem & { target: EntryTarget })[] = [];
  for (const file of files) {
    for (const e of file.current()[list]) {
      const p = personOf(e);
      items.push({
        label: p.name,
        description: describe(p),
        detail: files.length > 1 ? file.folder.name : undefined,
        target: { file, ref: { name: p.name, profile: p.profile }, name: p.name },
      });
    }
  }
  if (items.length === 0) {
    throw new UserError(`There is no ${NOUN[list]} in network.yaml.`, 'info');
  }
  const pick = await vscode.window.showQuickPick(items, {
    placeHolder: `Which ${NOUN[list]}?`,
    matchOnDescription: true,
  });
  return pick?.target;
}

/** An entry in any of the people lists: for commands that work on all of them (openOnLinkedIn). */
export async function resolveAnyEntry(
  store: NetworkStore,
  first: unknown,
): Promise<{ file: NetworkFile; entry: Entry } | undefined> {
  await store.ready();
  if (first instanceof PersonNodeBase) {
    return { file: first.file, entry: first.entry };
  }
  const lists = ['contacts', 'invitations', 'archive'] as const;
  if (isEntryRef(first)) {
    const files = first.folder ? [store.fileForFolder(first.folder)].filter((f): f is NetworkFile => !!f) : store.all;
    for (const file of files) {
      for (const list of lists) {
        const entry = findEntry(file.current(), list, first);
        if (entry) {
          return { file, entry };
        }
      }
    }
    throw new UserError(`${first.name ?? first.profile} is not in network.yaml.`);
  }
  if (first !== undefined && first !== null) {
    throw new UserError('Contractor Network: expected an entry reference like { "name": "Priya Anand" }.');
  }
  const editor = vscode.window.activeTextEditor;
  const file = editor && store.fileForUri(editor.document.uri);
  if (editor && file) {
    const entry = entryAt(file.modelOf(editor.document), editor.document.offsetAt(editor.selection.active), lists);
    if (entry) {
      return { file, entry };
    }
  }
  const picked = await pickEntry(store, 'contacts');
  if (!picked) {
    return undefined;
  }
  const entry = findEntry(picked.file.current(), 'contacts', picked.ref);
  return entry ? { file: picked.file, entry } : undefined;
}
