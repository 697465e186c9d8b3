import * as vscode from 'vscode';
import { Disposable } from '../services/disposable';
import type { NetworkStore } from '../services/networkStore';

/**
 * One status-bar item: pending invitations (and follow-ups due, LinkedIn to-dos, the availability
 * campaign); click to triage, or, with no invitation waiting, to work through the LinkedIn to-dos.
 */
export class NetworkStatusBar extends Disposable {
  private readonly item = this._register(
    vscode.window.createStatusBarItem('contractorNetwork.status', vscode.StatusBarAlignment.Left, 50),
  );

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
    this.item.name = 'Contractor Network';
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
    const parts = [`$(mail) ${pending}`];
    if (due > 0) {
      parts.push(`$(bell) ${due}`);
    }
    if (todos > 0) {
      parts.push(`$(tasklist) ${todos}`);
    }
    const available = availability && `available ${availability.when} · ${availability.toTell} to tell`;
    if (available) {
      parts.push(`$(megaphone) ${available}`);
    }
    this.item.text = parts.join('  ');
    const md = new vscode.MarkdownString(undefined, true);
    md.appendMarkdown(`**Contractor Network**\n\n${pending} invitation${pending === 1 ? '' : 's'} waiting`);
    if (due > 0) {
      md.appendMarkdown(`\n\n${due} follow-up${due === 1 ? '' : 's'} due`);
    }
    if (todos > 0) {
      md.appendMarkdown(`\n\n${todos} to do on LinkedIn`);
    }
    if (available) {
      md.appendMarkdown(`\n\nYou are ${available}`);
    }
    const todosNext = pending === 0 && todos > 0;
    this.item.command = todosNext ? 'contractorNetwork.linkedinTodos' : 'contractorNetwork.triage';
    const click = todosNext ? 'work through the LinkedIn to-dos' : 'triage the invitations';
    md.appendMarkdown(`\n\nClick to ${click}.`);
    this.item.tooltip = md;
    this.item.accessibilityInformation = {
      label: `Contractor Network: ${pending} invitations waiting${due ? `, ${due} follow-ups due` : ''}${todos ? `, ${todos} to do on LinkedIn` : ''}${available ? `, ${available}` : ''}. Click to ${click}.`,
    };
    this.item.show();
  }
}
