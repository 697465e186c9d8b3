import * as vscode from 'vscode';
import type { PersonCard } from '../model/people/personCard';
import { plainTitle } from '../model/people/plainLabel';

/** A Markdown string that shows user text literally: no markdown, no HTML, no command links. */
export function safeMarkdown(): vscode.MarkdownString {
  const md = new vscode.MarkdownString(undefined, true);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

/** A person's card in tooltips and hovers: labels are constants, every value goes through appendText. */
export function cardMarkdown(card: PersonCard, md: vscode.MarkdownString = safeMarkdown()): vscode.MarkdownString {
  md.appendMarkdown('**');
  md.appendText(plainTitle(card.title));
  md.appendMarkdown('**');
  for (const line of card.lines) {
    if ('sentence' in line) {
      md.appendMarkdown('\n\n');
      md.appendText(line.sentence);
    } else {
      md.appendMarkdown(`\n\n${line.label}${line.label === 'Note' ? ' ' : ': '}`);
      md.appendText(plainTitle(line.value));
    }
  }
  return md;
}
