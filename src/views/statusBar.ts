import * as vscode from 'vscode';
import { Disposable } from '../services/disposable';
import type { NetworkStore } from '../services/networkStore';

/** One status-bar item: pending invitations (and follow-ups due); click to triage. */
export class NetworkStatusBar extends Disposable {
  private readonly item = this._register(
    vscode.window.createStatusBarItem('contractorNetwork.status', vscode.StatusBarAlignment.Left, 50),
  );

  constructor(
    private readonly store: NetworkStore,
    private readonly counts: () => {
      pending: number;
      due: number;
      availability?: { when: string; toTell: number };
    },
  ) {
    super();
    this.item.name = vscode.l10n.t('Contractor Network');
    this.item.command = 'contractorNetwork.triage';
    this._register(store.onDidChange(() => this.update()));
    this.update();
  }

  update(): void {
    if (this.store.all.length === 0) {
      this.item.hide();
      return;
    }
    const { pending, due, availability } = this.counts();
    const parts = [`$(mail) ${pending}`];
    if (due > 0) {
      parts.push(`$(bell) ${due}`);
    }
    const available =
      availability && vscode.l10n.t('available {0} · {1} to tell', availability.when, availability.toTell);
    if (available) {
      parts.push(`$(megaphone) ${available}`);
    }
    this.item.text = parts.join('  ');
    const md = new vscode.MarkdownString(undefined, true);
    md.appendMarkdown(`**${vscode.l10n.t('Contractor Network')}**\n\n`);
    md.appendMarkdown(
      pending === 1 ? vscode.l10n.t('1 invitation waiting') : vscode.l10n.t('{0} invitations waiting', pending),
    );
    if (due > 0) {
      md.appendMarkdown(
        '\n\n' + (due === 1 ? vscode.l10n.t('1 follow-up due') : vscode.l10n.t('{0} follow-ups due', due)),
      );
    }
    if (available) {
      md.appendMarkdown('\n\n' + vscode.l10n.t('You are {0}', available));
    }
    md.appendMarkdown('\n\n' + vscode.l10n.t('Click to triage the invitations.'));
    this.item.tooltip = md;
    const clauses = [vscode.l10n.t('{0} invitations waiting', pending)];
    if (due) {
      clauses.push(vscode.l10n.t('{0} follow-ups due', due));
    }
    if (available) {
      clauses.push(available);
    }
    this.item.accessibilityInformation = {
      label: vscode.l10n.t('Contractor Network: {0}. Click to triage.', clauses.join(', ')),
    };
    this.item.show();
  }
}
