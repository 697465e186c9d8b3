import * as vscode from 'vscode';
import { mentionKey } from '../model/mentions/mentionParse';
import { mentionNameProblem, renameMentionEdits, renamePersonEdits } from '../model/mentions/mentionEdits';
import { entryAt } from '../model/network/entryAt';
import type { Entry, NetworkModel } from '../model/network/network';
import { PERSON_LISTS } from '../model/network/network';
import { personOf } from '../model/people/person';
import { findPair } from '../model/yaml/syntax';
import type { MentionResolver } from '../services/mentionResolver';
import { entryRanges } from '../services/mentionResolver';
import type { MentionStore } from '../services/mentionStore';
import type { NetworkFile } from '../services/networkFile';
import type { NetworkStore } from '../services/networkStore';
import { rangeOf } from './positions';

const decoder = new TextDecoder('utf-8');

/** The person whose `name` (or `profile`) line holds a position of network.yaml. */
function personAt(
  store: NetworkStore,
  doc: vscode.TextDocument,
  position: vscode.Position,
  keys: readonly string[],
): { file: NetworkFile; model: NetworkModel; entry: Entry } | undefined {
  const file = store.fileForUri(doc.uri);
  const model = file?.current();
  if (!file || !model || model.syntaxErrors.length) {
    return undefined;
  }
  const offset = doc.offsetAt(position);
  const entry = entryAt(model, offset, PERSON_LISTS);
  const node = entry?.parsed.node;
  if (!entry || node?.kind !== 'map') {
    return undefined;
  }
  const on = keys.some(k => {
    const pair = findPair(node, k);
    return !!pair && offset >= entry.start + pair.keyStart && offset <= entry.start + pair.value.end;
  });
  return on ? { file, model, entry } : undefined;
}

/** Find All References on a person's `name` (or `profile`) in network.yaml: where the notes mention them. */
export class PersonReferenceProvider implements vscode.ReferenceProvider {
  constructor(
    private readonly store: NetworkStore,
    private readonly resolver: MentionResolver,
  ) {}

  provideReferences(
    doc: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
  ): vscode.Location[] | undefined {
    const found = personAt(this.store, doc, position, ['name', 'profile']);
    if (!found) {
      return undefined;
    }
    const mentions = this.resolver.locationsOf(found.file, found.entry);
    return context.includeDeclaration
      ? [new vscode.Location(found.file.uri, entryRanges(found.file, found.entry).name), ...mentions]
      : mentions;
  }
}

/**
 * Rename (F2) on a person's `name` in network.yaml: the name, the opportunities' `via` that name
 * them, and every `@[Old Name]` in the notes, in one WorkspaceEdit (one undo).
 */
export class PersonRenameProvider implements vscode.RenameProvider {
  constructor(
    private readonly store: NetworkStore,
    private readonly mentions: MentionStore,
  ) {}

  prepareRename(doc: vscode.TextDocument, position: vscode.Position): { range: vscode.Range; placeholder: string } {
    const found = personAt(this.store, doc, position, ['name']);
    if (!found) {
      throw new Error('Rename a person on their `name:` line.');
    }
    return { range: entryRanges(found.file, found.entry).name, placeholder: personOf(found.entry).name };
  }

  async provideRenameEdits(
    doc: vscode.TextDocument,
    position: vscode.Position,
    newName: string,
  ): Promise<vscode.WorkspaceEdit | undefined> {
    const found = personAt(this.store, doc, position, ['name']);
    if (!found) {
      return undefined;
    }
    const problem = mentionNameProblem(newName);
    if (problem) {
      throw new Error(problem);
    }
    const { file, model, entry } = found;
    const oldName = personOf(entry).name;
    const edit = new vscode.WorkspaceEdit();
    for (const e of renamePersonEdits(model, entry, newName)) {
      edit.replace(file.uri, rangeOf(model.text, e.start, e.end), e.text);
    }
    const key = mentionKey(oldName);
    for (const { uri } of key ? this.mentions.find(file.folder, [key]) : []) {
      const text = await currentText(uri);
      for (const e of text === undefined ? [] : renameMentionEdits(text, oldName, newName)) {
        edit.replace(uri, rangeOf(text!, e.start, e.end), e.text);
      }
    }
    return edit;
  }
}

/** A file's text as the editor has it (unsaved changes included), else from disk. */
async function currentText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
  if (open) {
    return open.getText();
  }
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
