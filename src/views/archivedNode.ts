import * as vscode from 'vscode';
import type { Entry } from '../model/network/network';
import type { NetworkFile } from '../services/networkFile';
import { personCard } from '../model/people/personCard';
import { plainRow } from '../model/people/plainLabel';
import { cardMarkdown } from '../services/safeMarkdown';
import { PersonNodeBase } from './personNodeBase';

const OUTCOME_TEXT: Record<string, string> = {
  ignored: 'ignored',
  'not-known': "didn't know them",
  removed: 'removed',
};

export class ArchivedNode extends PersonNodeBase {
  constructor(file: NetworkFile, entry: Entry, id: string) {
    super(file, entry, id);
    const p = this.person;
    const outcome = p.outcome ? (OUTCOME_TEXT[p.outcome] ?? p.outcome) : undefined;
    this.description = plainRow([outcome && p.decided ? `${outcome} ${p.decided}` : outcome, p.reason, p.company]);
    this.iconPath = new vscode.ThemeIcon('archive');
    this.contextValue = 'archived';
    this.command = {
      command: 'contractorNetwork.revealEntry',
      title: vscode.l10n.t('Show in network.yaml'),
      arguments: [this],
    };
  }

  buildTooltip(): vscode.MarkdownString {
    return cardMarkdown(personCard(this.person, 'archive'));
  }
}
