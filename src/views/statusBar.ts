import * as vscode from 'vscode';
import { safeMarkdown } from '../services/safeMarkdown';
import { Disposable } from '../services/disposable';
import type { StatusPart } from '../model/people/plainLabel';
import { status } from '../services/statusText';
import type { NetworkStore } from '../services/networkStore';

/**
 * One status-bar item: pending invitations (and follow-ups due, LinkedIn to-dos, the availability
 * campaign); click to triage, or, with no invitation waiting, to work through the LinkedIn to-dos.
 */
export class NetworkStatusBar extends Disposable {
  private readonly bar = this._register(status.item('contractorNetwork.status', vscode.StatusBarAlignment.Left, 50));
  private readonly item = this.bar.item;

  constructor(
    private readonly store: NetworkStore,
    private readonly counts: () => {
      pending: number;
      due: number;
      todos: number;
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
    const { pending, due, todos, availability } = this.counts();
    const parts: StatusPart[] = [{ icon: 'mail', text: String(pending) }];
    if (due > 0) {
      parts.push({ icon: 'bell', text: String(due) });
    }
    if (todos > 0) {
      parts.push({ icon: 'tasklist', text: String(todos) });
    }
    const available =
      availability && vscode.l10n.t('available {0} · {1} to tell', availability.when, availability.toTell);
    if (available) {
      parts.push({ icon: 'megaphone', text: available });
    }
    this.bar.setText(parts);
    const md = safeMarkdown();
    md.appendMarkdown(`**${vscode.l10n.t('Contractor Network')}**\n\n`);
    md.appendMarkdown(
      pending === 1 ? vscode.l10n.t('1 invitation waiting') : vscode.l10n.t('{0} invitations waiting', pending),
    );
    if (due > 0) {
      md.appendMarkdown(
        '\n\n' + (due === 1 ? vscode.l10n.t('1 follow-up due') : vscode.l10n.t('{0} follow-ups due', due)),
      );
    }
    if (todos > 0) {
      md.appendMarkdown('\n\n' + vscode.l10n.t('{0} to do on LinkedIn', todos));
    }
    if (available) {
      md.appendMarkdown('\n\n' + vscode.l10n.t('You are {0}', available));
    }
    const todosNext = pending === 0 && todos > 0;
    this.item.command = todosNext ? 'contractorNetwork.linkedinTodos' : 'contractorNetwork.triage';
    md.appendMarkdown(
      '\n\n' +
        (todosNext
          ? vscode.l10n.t('Click to work through the LinkedIn to-dos.')
          : vscode.l10n.t('Click to triage the invitations.')),
    );
    this.item.tooltip = md;
    const clauses = [vscode.l10n.t('{0} invitations waiting', pending)];
    if (due) {
      clauses.push(vscode.l10n.t('{0} follow-ups due', due));
    }
    if (todos) {
      clauses.push(vscode.l10n.t('{0} to do on LinkedIn', todos));
    }
    if (available) {
      clauses.push(available);
    }
    this.item.accessibilityInformation = {
      label: todosNext
        ? vscode.l10n.t('Contractor Network: {0}. Click to work through the LinkedIn to-dos.', clauses.join(', '))
        : vscode.l10n.t('Contractor Network: {0}. Click to triage the invitations.', clauses.join(', ')),
    };
    this.item.show();
  }
}
