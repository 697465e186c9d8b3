import * as vscode from 'vscode';
import type { ActionKind } from '../model/actions/networkEdits';
import { findEntry } from '../model/actions/networkEdits';
import { isPending } from '../model/people/peopleGroups';
import { personOf } from '../model/people/person';
import { record } from '../model/network/network';
import { rulesOf, suggestFor } from '../model/rules/rules';
import type { Clock } from '../services/clock';
import type { Configuration } from '../services/configuration';
import type { NetworkStore } from '../services/networkStore';
import type { ActionCommands } from './actionCommands';
import type { EntryTarget } from './entryTargets';
import { UserError } from './userError';

type Choice = ActionKind | 'open' | 'skip' | 'stop';

interface ChoiceItem extends vscode.QuickPickItem {
  readonly choice?: Choice;
}

const CHOICES: { choice: Choice; label: string; description: string }[] = [
  { choice: 'accept', label: '$(check) Accept', description: 'connect; add to contacts' },
  { choice: 'ignore', label: '$(close) Ignore', description: 'nobody is told; kept in the archive' },
  {
    choice: 'notKnown',
    label: "$(circle-slash) I don't know them",
    description: 'use sparingly: LinkedIn may restrict the sender',
  },
  { choice: 'later', label: '$(watch) Later', description: '' },
  { choice: 'open', label: '$(link-external) Open on LinkedIn', description: 'see their profile, then decide' },
  { choice: 'skip', label: '$(arrow-right) Skip', description: 'decide another time' },
  { choice: 'stop', label: '$(debug-stop) Stop', description: 'what was decided stays decided' },
];

/**
 * The triage queue (contract §3): the pending, unsnoozed invitations, oldest first, one
 * QuickPick each, with the rule's suggestion pre-selected. Keyboard only; Escape stops.
 */
export class TriageQueue {
  constructor(
    private readonly store: NetworkStore,
    private readonly actions: ActionCommands,
    private readonly config: Configuration,
    private readonly clock: Clock,
  ) {}

  async run(): Promise<{ decided: Record<string, number>; remaining: number }> {
    await this.store.ready();
    if (this.store.all.length === 0) {
      throw new UserError(
        'There is no network.yaml in this workspace yet. Use "Create network.yaml" in the Contractor Network view.',
      );
    }
    const broken = this.store.all.find(f => f.current().syntaxErrors.length > 0);
    if (broken) {
      throw new UserError(
        `${vscode.workspace.asRelativePath(broken.uri)} has a YAML error; fix it first (see the Problems panel). Nothing was changed.`,
      );
    }
    const queue = this.snapshot();
    const decided: Record<string, number> = {};
    if (queue.length === 0) {
      void vscode.window.showInformationMessage('No invitations are waiting: the queue is empty.');
      return { decided, remaining: 0 };
    }
    let i = 0;
    while (i < queue.length) {
      const target = queue[i];
      const entry = findEntry(target.file.current(), 'invitations', target.ref);
      if (!entry) {
        i++; // decided elsewhere meanwhile
        continue;
      }
      const choice = await this.ask(target, i, queue.length);
      if (choice === undefined || choice === 'stop') {
        break;
      }
      if (choice === 'skip') {
        i++;
        continue;
      }
      if (choice === 'open') {
        await vscode.commands.executeCommand('contractorNetwork.openOnLinkedIn', {
          ...target.ref,
          folder: target.file.folder.uri.fsPath,
        });
        continue; // the same invitation again, once they have looked
      }
      if (choice === 'notKnown' && !(await this.actions.confirmNotKnown(target.name))) {
        continue;
      }
      await this.actions.run(choice, target);
      decided[choice] = (decided[choice] ?? 0) + 1;
      i++;
    }
    const remaining = this.snapshot().length;
    const parts = Object.entries(decided).map(([k, n]) => `${n} ${PAST[k] ?? k}`);
    vscode.window.setStatusBarMessage(
      `Triage: ${parts.length ? parts.join(', ') : 'nothing decided'}; ${remaining} waiting.`,
      6000,
    );
    return { decided, remaining };
  }

  /** The pending invitations of every network file, oldest first. */
  private snapshot(): EntryTarget[] {
    const today = this.clock.today();
    const all: { target: EntryTarget; received: string; order: number }[] = [];
    let order = 0;
    for (const file of this.store.all) {
      for (const e of file.current().invitations) {
        if (isPending(e, today)) {
          const p = personOf(e);
          all.push({
            target: { file, ref: { name: p.name, profile: p.profile }, name: p.name },
            received: p.received ?? '9999-99-99',
            order: order++,
          });
        }
      }
    }
    all.sort((a, b) => a.received.localeCompare(b.received) || a.order - b.order);
    return all.map(x => x.target);
  }

  private ask(target: EntryTarget, index: number, total: number): Promise<Choice | undefined> {
    const model = target.file.current();
    const entry = findEntry(model, 'invitations', target.ref)!;
    const p = personOf(entry);
    const suggested = suggestFor(rulesOf(model), record(entry));
    const items: ChoiceItem[] = [];
    if (p.message) {
      items.push({
        label: `“${p.message.length > 160 ? p.message.slice(0, 157) + '…' : p.message}”`,
        kind: vscode.QuickPickItemKind.Separator,
      });
    }
    for (const c of CHOICES) {
      const isSuggested = suggested?.suggestion === c.choice;
      items.push({
        choice: c.choice,
        label: c.label,
        description: isSuggested
          ? `suggested by ${suggested!.reason}`
          : c.choice === 'later'
            ? `hide for ${this.config.snoozeDays()} days`
            : c.description,
      });
    }
    return new Promise(resolve => {
      const qp = vscode.window.createQuickPick<ChoiceItem>();
      qp.title = `${index + 1} of ${total} · ${p.name}`;
      qp.placeholder =
        [p.headline ?? p.position, p.company, p.received ? `received ${p.received}` : undefined]
          .filter(Boolean)
          .join(' · ') || 'Decide with the arrow keys and Enter; Escape stops';
      qp.items = items;
      qp.ignoreFocusOut = true;
      qp.matchOnDescription = true;
      const pre = items.find(it => it.choice && it.choice === suggested?.suggestion);
      if (pre) {
        qp.activeItems = [pre];
      }
      let settled = false;
      qp.onDidAccept(() => {
        const picked = qp.selectedItems[0] ?? qp.activeItems[0];
        if (!picked?.choice) {
          return;
        }
        settled = true;
        resolve(picked.choice);
        qp.hide();
      });
      qp.onDidHide(() => {
        if (!settled) {
          resolve(undefined);
        }
        qp.dispose();
      });
      qp.show();
    });
  }
}

const PAST: Record<string, string> = { accept: 'accepted', ignore: 'ignored', notKnown: 'not known', later: 'snoozed' };
