import * as vscode from 'vscode';
import type { Entry, Person, PersonList } from '../model/network/network';
import { personOf } from '../model/people/person';
import { plainTitle } from '../model/people/plainLabel';
import type { EntryHandle, HasEntryHandle } from '../services/entryHandle';
import type { NetworkFile } from '../services/networkFile';

/** What every person node carries: the entry, its file, and the handle commands take. */
export abstract class PersonNodeBase extends vscode.TreeItem implements HasEntryHandle {
  readonly person: Person;
  readonly entryHandle: EntryHandle;

  constructor(
    readonly file: NetworkFile,
    readonly entry: Entry,
    id: string,
  ) {
    const person = personOf(entry);
    super(plainTitle(person.name), vscode.TreeItemCollapsibleState.None);
    this.person = person;
    this.id = id;
    const list = entry.list as PersonList;
    const ref = {
      profile: person.profile,
      name: person.name,
      folder: file.folder.uri.fsPath,
      list,
      index: entry.index,
    };
    this.entryHandle = { file, list, ref, name: person.name };
  }

  /** Builds the Markdown tooltip (called lazily from resolveTreeItem). */
  abstract buildTooltip(): vscode.MarkdownString;
}
