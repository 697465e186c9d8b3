import * as vscode from 'vscode';
import type { EntryRef } from '../model/people/identity';
import type { Entry } from '../model/network/network';
import type { Person } from '../model/network/network';
import { personOf } from '../model/people/person';
import type { NetworkFile } from '../services/networkFile';

/** What every person node carries: the entry, its file, and a reference commands can take. */
export abstract class PersonNodeBase extends vscode.TreeItem {
  readonly person: Person;

  constructor(
    readonly file: NetworkFile,
    readonly entry: Entry,
    id: string,
  ) {
    const person = personOf(entry);
    super(person.name, vscode.TreeItemCollapsibleState.None);
    this.person = person;
    this.id = id;
  }

  /** The entry reference of contract §3, which every entry command accepts. */
  get ref(): EntryRef {
    const p = this.person;
    return { profile: p.profile, name: p.name, folder: this.file.folder.uri.fsPath };
  }

  /** Builds the Markdown tooltip (called lazily from resolveTreeItem). */
  abstract buildTooltip(): vscode.MarkdownString;
}

/** A Markdown string that shows user text literally: no markdown, no HTML, no command links. */
export function safeMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}
