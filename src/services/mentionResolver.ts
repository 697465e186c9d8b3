import * as vscode from 'vscode';
import type { Mention } from '../model/mentions/mentionParse';
import { mentionAt } from '../model/mentions/mentionParse';
import { personForKey, personKeys } from '../model/mentions/mentionPeople';
import type { Entry } from '../model/network/network';
import { findPair } from '../model/yaml/syntax';
import { LineIndex } from '../model/yaml/lineIndex';
import type { MentionStore } from './mentionStore';
import type { NetworkFile } from './networkFile';
import type { NetworkStore } from './networkStore';

/** A mention in a document, and whom it names in the folder's network.yaml (if anyone). */
export interface ResolvedMention {
  readonly mention: Mention;
  readonly range: vscode.Range;
  /** The folder's network file; undefined when the folder has none (then nothing is checked). */
  readonly file?: NetworkFile;
  readonly entry?: Entry;
}

/** Between the notes and network.yaml: who a mention names, where a person is mentioned. */
export class MentionResolver {
  constructor(
    private readonly store: NetworkStore,
    private readonly mentions: MentionStore,
  ) {}

  /** The mentions changed (a note was read or typed in). */
  get onDidChange(): vscode.Event<void> {
    return this.mentions.onDidChange;
  }

  /** The network file of the folder a document is in. */
  networkFor(uri: vscode.Uri): NetworkFile | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.store.all.find(f => f.folder.uri.toString() === folder.uri.toString()) : undefined;
  }

  /** The mention under a position of a markdown document. */
  at(doc: vscode.TextDocument, position: vscode.Position): ResolvedMention | undefined {
    const mention = mentionAt(this.mentions.mentionsOf(doc), doc.offsetAt(position));
    return mention && this.resolve(doc.uri, mention);
  }

  resolve(uri: vscode.Uri, mention: Mention): ResolvedMention {
    const file = this.networkFor(uri);
    const model = file?.current();
    const entry = model && model.syntaxErrors.length === 0 ? personForKey(model, mention.key) : undefined;
    return { mention, range: rangeOfMention(mention), file, entry };
  }

  /** Every mention of a person entry in the notes of its file's folder, as locations. */
  locationsOf(file: NetworkFile, entry: Entry): vscode.Location[] {
    return this.mentions
      .find(file.folder, personKeys(entry))
      .flatMap(f => f.mentions.map(m => new vscode.Location(f.uri, rangeOfMention(m))));
  }

  countOf(file: NetworkFile, entry: Entry): number {
    return this.mentions.count(file.folder, personKeys(entry));
  }
}

/** The range of a mention, `@[` to `]` (a mention is on one line). */
export function rangeOfMention(m: Mention): vscode.Range {
  return new vscode.Range(m.line, m.character, m.line, m.character + (m.end - m.start));
}

/** Where a person's entry is in network.yaml: the whole entry, and its name's value. */
export function entryRanges(file: NetworkFile, entry: Entry): { whole: vscode.Range; name: vscode.Range } {
  const text = file.current().text;
  const lines = LineIndex.of(text);
  const at = (offset: number): vscode.Position => {
    const p = lines.position(offset);
    return new vscode.Position(p.line, p.column);
  };
  const node = entry.parsed.node;
  const pair = node.kind === 'map' ? findPair(node, 'name') : undefined;
  const nameStart = entry.start + (pair ? pair.value.start : Math.max(0, node.start));
  const nameEnd = entry.start + (pair ? pair.value.end : Math.max(0, node.start));
  return {
    whole: new vscode.Range(at(entry.start), at(entry.end)),
    name: new vscode.Range(at(nameStart), at(nameEnd)),
  };
}
