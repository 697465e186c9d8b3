import * as vscode from 'vscode';
import type { Entry } from '../model/network/network';
import { describeParts } from '../model/people/person';
import { plainRow } from '../model/people/plainLabel';
import { cadenceOf, nextDue } from '../model/people/followUps';
import type { NetworkFile } from '../services/networkFile';
import { categoryIcon } from './icons';
import { personCard } from '../model/people/personCard';
import { describeOpportunities, opportunitiesVia } from '../model/opportunities/pipeline';
import { cardMarkdown } from '../services/safeMarkdown';
import { PersonNodeBase } from './personNodeBase';

export class ContactNode extends PersonNodeBase {
  constructor(
    file: NetworkFile,
    entry: Entry,
    id: string,
    extra: string | undefined,
    private readonly today: string,
    /** In the "Available from …" group: a person still to tell (the item gets Tell inline). */
    role?: 'toTell',
  ) {
    super(file, entry, id);
    this.description = plainRow([
      extra,
      this.person.following ? undefined : 'unfollowed',
      ...describeParts(this.person),
    ]);
    this.iconPath = new vscode.ThemeIcon(this.person.following ? categoryIcon(this.person.category) : 'eye-closed');
    this.contextValue =
      role === 'toTell' ? 'contact.toTell' : this.person.following ? 'contact.following' : 'contact.unfollowed';
    this.command = {
      command: 'contractorNetwork.revealEntry',
      title: vscode.l10n.t('Show in network.yaml'),
      arguments: [this],
    };
  }

  buildTooltip(): vscode.MarkdownString {
    const model = this.file.settled;
    const due = nextDue(this.entry, cadenceOf(model), this.today);
    const opportunities = describeOpportunities(opportunitiesVia(model, this.entry)) || undefined;
    return cardMarkdown(personCard(this.person, 'contact', { due, opportunities }));
  }
}
