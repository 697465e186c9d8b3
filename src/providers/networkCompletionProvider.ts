import * as vscode from 'vscode';
import { SUGGESTIONS } from '../model/actions/actionTable';
import { CATEGORIES, CHANNELS, LINKEDIN_TODOS, OUTCOMES } from '../model/network/network';
import { personOf } from '../model/people/person';
import { MATCH_FIELDS } from '../model/rules/rules';
import { entryAt } from '../model/network/entryAt';
import { ME_IR35, OPPORTUNITY_IR35, STAGES } from '../model/opportunities/opportunity';
import { companyItems, viaItems } from './businessCompletions';
import type { NetworkStore } from '../services/networkStore';

const VALUE_SETS: Record<string, readonly string[]> = {
  category: CATEGORIES,
  outcome: OUTCOMES,
  suggest: SUGGESTIONS,
  channel: CHANNELS,
  stage: STAGES,
  todoOnLinkedIn: LINKEDIN_TODOS,
};
const LIST_SETS: Record<string, readonly string[]> = { channels: CHANNELS, audience: CATEGORIES };

/** Completion of category, channel, outcome and suggestion values, and of tags already used in the file. */
export class NetworkCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly store: NetworkStore) {}

  provideCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position,
  ): vscode.CompletionItem[] | undefined {
    const file = this.store.fileForUri(document.uri);
    if (!file) {
      return undefined;
    }
    const prefix = document.lineAt(position.line).text.slice(0, position.character);
    // `key: val|`
    const scalar = /^\s*(?:-\s+)?([A-Za-z0-9]+)\s*:\s*([\w-]*)$/.exec(prefix);
    if (scalar && scalar[1] === 'ir35') {
      const inOpportunity = entryAt(file.current(), document.offsetAt(position), ['opportunities']);
      return this.items(inOpportunity ? OPPORTUNITY_IR35 : ME_IR35, 'ir35', vscode.CompletionItemKind.EnumMember);
    }
    if (scalar && VALUE_SETS[scalar[1]]) {
      return this.items(VALUE_SETS[scalar[1]], scalar[1], vscode.CompletionItemKind.EnumMember);
    }
    // `via: Pri|`, `client: Van|`: people and companies of the file, the typed text replaced as a whole
    const free = /^(\s*(?:-\s+)?(via|client|agency)\s*:\s*)([^#]*)$/.exec(prefix);
    if (free) {
      const range = new vscode.Range(position.line, free[1].length, position.line, position.character);
      const items = free[2] === 'via' ? viaItems(file.current()) : companyItems(file.current());
      return items.map(i => Object.assign(i, { range }));
    }
    // `key: [a, b|`
    const flow = /^\s*(?:-\s+)?([A-Za-z]+)\s*:\s*\[[^\]]*$/.exec(prefix);
    const listKey = flow?.[1] ?? this.blockListKey(document, position, prefix);
    if (listKey && LIST_SETS[listKey]) {
      return this.items(LIST_SETS[listKey], listKey, vscode.CompletionItemKind.EnumMember);
    }
    if (listKey === 'tags') {
      return this.items(this.tagsInUse(file.current()), 'tag used in this file', vscode.CompletionItemKind.Value);
    }
    if (/^\s*match\s*:\s*\{[^}]*$/.test(prefix) || this.blockMapKey(document, position, prefix) === 'match') {
      return this.items(MATCH_FIELDS, 'field a rule can match', vscode.CompletionItemKind.Field).map(i => {
        i.insertText = `${i.label}: `;
        return i;
      });
    }
    return undefined;
  }

  private items(values: readonly string[], detail: string, kind: vscode.CompletionItemKind): vscode.CompletionItem[] {
    return values.map((v, i) => {
      const item = new vscode.CompletionItem(v, kind);
      item.detail = detail;
      item.sortText = String(i).padStart(4, '0');
      return item;
    });
  }

  /** For a `- |` line under `key:`, the key. */
  private blockListKey(document: vscode.TextDocument, position: vscode.Position, prefix: string): string | undefined {
    const m = /^(\s*)-\s+[\w-]*$/.exec(prefix);
    return m ? this.parentKey(document, position.line, m[1].length) : undefined;
  }

  /** For a `  |` line inside `key:`'s block, the key. */
  private blockMapKey(document: vscode.TextDocument, position: vscode.Position, prefix: string): string | undefined {
    const m = /^(\s+)[\w-]*$/.exec(prefix);
    return m ? this.parentKey(document, position.line, m[1].length) : undefined;
  }

  private parentKey(document: vscode.TextDocument, line: number, indent: number): string | undefined {
    for (let l = line - 1; l >= 0 && l >= line - 200; l--) {
      const text = document.lineAt(l).text;
      const m = /^(\s*)(?:-\s+)?([A-Za-z][\w-]*)\s*:\s*(#.*)?$/.exec(text);
      const ind = text.length - text.trimStart().length;
      if (text.trim() === '' || text.trimStart().startsWith('#')) {
        continue;
      }
      if (
        m &&
        (m[1].length < indent ||
          (m[1].length === indent && text.trimStart().startsWith('-') === false && ind <= indent))
      ) {
        return m[2];
      }
      if (ind < indent) {
        return undefined;
      }
    }
    return undefined;
  }

  private tagsInUse(model: ReturnType<NetworkStore['all'][number]['current']>): string[] {
    const counts = new Map<string, number>();
    for (const e of model.contacts) {
      for (const t of personOf(e).tags) {
        counts.set(t, (counts.get(t) ?? 0) + 1);
      }
    }
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t);
  }
}
