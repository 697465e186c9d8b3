import * as vscode from 'vscode';
import type { Entry } from '../model/network/network';
import type { Opportunity } from '../model/opportunities/opportunity';
import { opportunityOf, opportunityTitle } from '../model/opportunities/opportunity';
import { opportunityCard } from '../model/opportunities/opportunityCard';
import type { StageGroup } from '../model/opportunities/pipeline';
import { viaPerson } from '../model/opportunities/pipeline';
import { personOf } from '../model/people/person';
import { plainRow, plainTitle } from '../model/people/plainLabel';
import type { EntryHandle, HasEntryHandle } from '../services/entryHandle';
import type { NetworkFile } from '../services/networkFile';
import { cardMarkdown } from '../services/safeMarkdown';

const STAGE_ICONS: Record<string, string> = {
  lead: 'lightbulb',
  applied: 'mail',
  submitted: 'send',
  interview: 'comment-discussion',
  offer: 'star-empty',
  won: 'pass',
  lost: 'circle-slash',
  withdrawn: 'debug-disconnect',
  unknown: 'warning',
};

/** "Submitted (3)": a stage of the pipeline. */
export class StageNode extends vscode.TreeItem {
  constructor(
    readonly file: NetworkFile,
    readonly group: StageGroup,
    parentId: string,
  ) {
    super(
      `${plainTitle(group.label)} (${group.opportunities.length})`,
      group.closed ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded,
    );
    this.id = `${parentId}#stage:${group.stage}`;
    this.iconPath = new vscode.ThemeIcon(STAGE_ICONS[group.stage] ?? 'circle-outline');
    this.contextValue = `stage.${group.closed ? 'closed' : group.stage === 'unknown' ? 'unknown' : 'open'}`;
    if (group.stage === 'unknown') {
      this.tooltip = vscode.l10n.t(
        'Stages are lead, applied, submitted, interview, offer, won, lost and withdrawn: see the Problems panel.',
      );
    }
  }
}

/** `role · client`, with `via · rate · IR35 · start`; the notes in the tooltip. */
export class OpportunityNode extends vscode.TreeItem implements HasEntryHandle {
  readonly opportunity: Opportunity;
  readonly entryHandle: EntryHandle;

  constructor(
    readonly file: NetworkFile,
    readonly entry: Entry,
    parentId: string,
  ) {
    const o = opportunityOf(entry);
    super(opportunityTitle(o, plainTitle), vscode.TreeItemCollapsibleState.None);
    this.opportunity = o;
    this.id = `${parentId}/${o.id ?? `#${entry.index}`}`;
    const model = file.settled;
    const via = viaPerson(model, o);
    this.description = plainRow([
      via ? personOf(via).name : o.via,
      o.rate,
      o.ir35 && `${o.ir35} IR35`,
      o.start && `starts ${o.start}`,
    ]);
    this.contextValue = via ? 'opportunity.withContact' : 'opportunity';
    this.entryHandle = {
      file,
      list: 'opportunities',
      ref: { opportunity: o.id ?? '', list: 'opportunities', index: entry.index, folder: file.folder.uri.fsPath },
      name: opportunityTitle(o),
    };
    this.command = {
      command: 'contractorNetwork.revealEntry',
      title: vscode.l10n.t('Show in network.yaml'),
      arguments: [this],
    };
  }

  buildTooltip(): vscode.MarkdownString {
    return cardMarkdown(opportunityCard(this.opportunity, this.file.settled));
  }
}
