import * as vscode from 'vscode';
import type { Entry } from '../model/network/network';
import { describeParts } from '../model/people/person';
import { plainRow } from '../model/people/plainLabel';
import type { Suggested } from '../model/rules/rules';
import type { NetworkFile } from '../services/networkFile';
import { personCard } from '../model/people/personCard';
import { describeOpportunities, opportunitiesVia } from '../model/opportunities/pipeline';
import { cardMarkdown } from '../services/safeMarkdown';
import { PersonNodeBase } from './personNodeBase';

export class InvitationNode extends PersonNodeBase {
  constructor(
    file: NetworkFile,
    entry: Entry,
    id: string,
    readonly suggested: Suggested | undefined,
    readonly snoozedUntil: string | undefined,
  ) {
    super(file, entry, id);
    const parts: string[] = [];
    if (suggested) {
      parts.push(vscode.l10n.t('→ {0} (rule {1})', suggested.suggestion, suggested.rule.index + 1));
    }
    if (snoozedUntil) {
      parts.push(vscode.l10n.t('snoozed until {0}', snoozedUntil));
    }
    this.description = plainRow([...parts, ...describeParts(this.person)]);
    this.iconPath = new vscode.ThemeIcon(snoozedUntil ? 'watch' : 'mail');
    this.contextValue = snoozedUntil ? 'invitation.snoozed' : 'invitation';
    this.command = {
      command: 'contractorNetwork.revealEntry',
      title: vscode.l10n.t('Show in network.yaml'),
      arguments: [this],
    };
  }

  buildTooltip(): vscode.MarkdownString {
    const opportunities = describeOpportunities(opportunitiesVia(this.file.settled, this.entry)) || undefined;
    const md = cardMarkdown(personCard(this.person, 'invitation', { opportunities }));
    if (this.suggested) {
      md.appendMarkdown('\n\n' + vscode.l10n.t('**Suggested:** '));
      md.appendText(vscode.l10n.t('{0}, by {1}', this.suggested.suggestion, this.suggested.reason));
    }
    return md;
  }
}
