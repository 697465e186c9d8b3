import * as vscode from 'vscode';
import type { Entry, LinkedInTodo } from '../model/network/network';
import { TODO_TEXT, todoOf } from '../model/people/linkedinTodos';
import { cardKindOf, personCard } from '../model/people/personCard';
import { describeParts } from '../model/people/person';
import { plainRow } from '../model/people/plainLabel';
import type { NetworkFile } from '../services/networkFile';
import { cardMarkdown } from '../services/safeMarkdown';
import { PersonNodeBase } from './personNodeBase';

const TODO_ICONS: Record<LinkedInTodo, string> = {
  accept: 'check',
  ignore: 'close',
  'not-known': 'circle-slash',
  remove: 'trash',
  unfollow: 'eye-closed',
  follow: 'eye',
};

/** A person in "To do on LinkedIn": what is still to do there, with inline Open and Done. */
export class TodoNode extends PersonNodeBase {
  readonly todo: LinkedInTodo | undefined;

  constructor(file: NetworkFile, entry: Entry, id: string) {
    super(file, entry, id);
    this.todo = todoOf(entry);
    this.description = plainRow([this.todo && vscode.l10n.t(TODO_TEXT[this.todo]), ...describeParts(this.person)]);
    this.iconPath = new vscode.ThemeIcon(this.todo ? TODO_ICONS[this.todo] : 'tasklist');
    this.contextValue = 'todo';
    this.command = {
      command: 'contractorNetwork.revealEntry',
      title: vscode.l10n.t('Show in network.yaml'),
      arguments: [this],
    };
  }

  buildTooltip(): vscode.MarkdownString {
    const md = cardMarkdown(personCard(this.person, cardKindOf(this.entry.list as 'contacts')));
    if (this.todo) {
      md.appendMarkdown(`\n\n**${vscode.l10n.t('To do on LinkedIn:')}** `);
      md.appendText(
        vscode.l10n.t('{0}; Open goes to the page, Done when it is done there.', vscode.l10n.t(TODO_TEXT[this.todo])),
      );
    }
    return md;
  }
}
