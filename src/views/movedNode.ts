import * as vscode from 'vscode';
import type { Entry } from '../model/network/network';
import { contactsAt, describeMove, previousJob } from '../model/people/moves';
import { personCard } from '../model/people/personCard';
import { plainTitle } from '../model/people/plainLabel';
import type { NetworkFile } from '../services/networkFile';
import { cardMarkdown } from '../services/safeMarkdown';
import { PersonNodeBase } from './personNodeBase';

/**
 * A contact in "Moved": old job → new job ("Head of Platform, Nordwerk GmbH → CTO, Fjord
 * Analytics"), with inline Open on LinkedIn, Follow up in 3 days and Acknowledge. A former client
 * who changed job is a warm lead.
 */
export class MovedNode extends PersonNodeBase {
  constructor(file: NetworkFile, entry: Entry, id: string) {
    super(file, entry, id);
    this.description = describeMove(this.person, plainTitle);
    this.iconPath = new vscode.ThemeIcon('arrow-swap');
    this.contextValue = 'moved';
    this.command = {
      command: 'contractorNetwork.revealEntry',
      title: vscode.l10n.t('Show in network.yaml'),
      arguments: [this],
    };
  }

  buildTooltip(): vscode.MarkdownString {
    const md = cardMarkdown(personCard(this.person, 'contact'));
    md.appendMarkdown(`\n\n**${vscode.l10n.t('Moved')}`);
    md.appendText(this.person.moved ? ' ' + vscode.l10n.t('(seen {0})', this.person.moved) : '');
    md.appendMarkdown(':** ');
    md.appendText(describeMove(this.person, plainTitle));
    const old = previousJob(this.person)?.company;
    if (old && contactsAt(this.file.settled, old) === 0) {
      md.appendMarkdown('\n\n');
      md.appendText(
        vscode.l10n.t('Nobody is left at {0} in your network: {1} was your way in.', old, this.person.name),
      );
    }
    return md;
  }
}
