import * as vscode from 'vscode';
import { CodeContext } from '../model/mentions/codeRanges';
import { mentionCandidates } from '../model/mentions/mentionPeople';
import { mentionInProgress, mentionRestLength } from '../model/mentions/mentionTyping';
import type { MentionResolver } from '../services/mentionResolver';

/** How many people completion offers at a time; typing more asks again (the list is incomplete). */
const MENTION_COMPLETIONS = 50;

/** After `@` or `@[` in markdown: people by name, headline and company, contacts first; inserts `@[Name]`. */
export class MentionCompletionProvider implements vscode.CompletionItemProvider {
  constructor(private readonly resolver: MentionResolver) {}

  provideCompletionItems(doc: vscode.TextDocument, position: vscode.Position): vscode.CompletionList | undefined {
    const line = doc.lineAt(position.line).text;
    const typed = mentionInProgress(line.slice(0, position.character));
    if (!typed) {
      return undefined;
    }
    const model = this.resolver.networkFor(doc.uri)?.current();
    if (!model || model.syntaxErrors.length) {
      return undefined;
    }
    const offset = doc.offsetAt(position);
    if (new CodeContext(doc.getText()).isCode(offset - (position.character - typed.start))) {
      return undefined; // in code, `@[` is text
    }
    const rest = mentionRestLength(line.slice(position.character), typed.bracket);
    const range = new vscode.Range(position.line, typed.start, position.line, position.character + rest);
    const typedPrefix = typed.bracket ? '@[' : '@';
    const items = mentionCandidates(model, typed.query, MENTION_COMPLETIONS).map((c, i) => {
      const item = new vscode.CompletionItem({ label: c.name, description: c.detail }, vscode.CompletionItemKind.User);
      item.detail = c.entry.list === 'contacts' ? vscode.l10n.t('contact') : vscode.l10n.t('invitation');
      item.insertText = `@[${c.name}]`;
      item.filterText = `${typedPrefix}${c.name} ${c.detail}`;
      item.sortText = String(i).padStart(3, '0');
      item.range = range;
      return item;
    });
    return new vscode.CompletionList(items, true);
  }
}
