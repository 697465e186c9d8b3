import * as vscode from 'vscode';
import type { ActionKind } from '../model/actions/actionSpec';
import { ACTIONS, actionSpec } from '../model/actions/actionTable';
import { findEntry } from '../model/actions/networkEdits';
import { isPending } from '../model/people/peopleGroups';
import { personOf } from '../model/people/person';
import { plainLabel, plainParts, plainTitle } from '../model/people/plainLabel';
import { record } from '../model/network/network';
import { rulesOf, suggestFor } from '../model/rules/rules';
import type { Clock } from '../services/clock';
import type { Configuration } from '../services/configuration';
import type { NetworkStore } from '../services/networkStore';
import type { ActionCommands } from './actionCommands';
import type { EntryHandle } from '../services/entryHandle';
import type { QueueItem } from './queuePick';
import { pickFromQueue, queueTitle } from './queuePick';
import { UserError } from '../services/userError';
import { notify } from '../services/notify';
import { status } from '../services/statusText';

type Choice = ActionKind | 'open' | 'skip' | 'stop';

/** The queue's own choices, after the table's triage picks. */
function controls(): { choice: Choice; label: string; description: string }[] {
  return [
    {
      choice: 'open',
      label: vscode.l10n.t('$(link-external) Open on LinkedIn'),
      description: vscode.l10n.t('see their profile, then decide'),
    },
    { choice: 'skip', label: vscode.l10n.t('$(arrow-right) Skip'), description: vscode.l10n.t('decide another time') },
    {
      choice: 'stop',
      label: vscode.l10n.t('$(debug-stop) Stop'),
      description: vscode.l10n.t('what was decided stays decided'),
    },
  ];
}

const TRIAGE_ACTIONS = ACTIONS.filter(a => a.triage);

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
        vscode.l10n.t(
          'There is no network.yaml in this workspace yet. Use "Create network.yaml" in the Contractor Network view.',
        ),
      );
    }
    const broken = this.store.all.filter(f => f.current().syntaxErrors.length > 0);
    if (broken.length > 0 && broken.length < this.store.all.length) {
      // in a multi-root workspace, one folder's broken file does not hold up the others' invitations
      void notify.warn(
        vscode.l10n.t(
          '{0} has a YAML error, so its invitations are left out of this triage (see the Problems panel).',
          broken.map(f => vscode.workspace.asRelativePath(f.uri)).join(', '),
        ),
      );
    } else if (broken.length > 0) {
      throw new UserError(
        vscode.l10n.t(
          '{0} has a YAML error; fix it first (see the Problems panel). Nothing was changed.',
          vscode.workspace.asRelativePath(broken[0].uri),
        ),
      );
    }
    const queue = this.snapshot();
    const decided: Record<string, number> = {};
    if (queue.length === 0) {
      void notify.info(vscode.l10n.t('No invitations are waiting: the queue is empty.'));
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
      if (!(await this.actions.confirmKind(choice, target))) {
        continue;
      }
      await this.actions.run(choice, target);
      decided[choice] = (decided[choice] ?? 0) + 1;
      i++;
    }
    const remaining = this.snapshot().length;
    const parts = Object.entries(decided).map(([k, n]) =>
      vscode.l10n.t({
        message: '{0} {1}',
        args: [n, vscode.l10n.t(actionSpec(k as ActionKind).titles.past)],
        comment: ['a count and what was done to them: "3 accepted"'],
      }),
    );
    status.flash(
      vscode.l10n.t(
        'Triage: {0}; {1} waiting.',
        parts.length ? parts.join(', ') : vscode.l10n.t('nothing decided'),
        remaining,
      ),
      6000,
    );
    return { decided, remaining };
  }

  /** The pending invitations of every network file, oldest first. */
  private snapshot(): EntryHandle[] {
    const today = this.clock.today();
    const all: { target: EntryHandle; received: string; order: number }[] = [];
    let order = 0;
    for (const file of this.store.all) {
      if (file.current().syntaxErrors.length > 0) {
        continue;
      }
      for (const e of file.current().invitations) {
        if (isPending(e, today)) {
          const p = personOf(e);
          all.push({
            target: { file, list: 'invitations', ref: { name: p.name, profile: p.profile }, name: p.name },
            received: p.received ?? '9999-99-99',
            order: order++,
          });
        }
      }
    }
    all.sort((a, b) => a.received.localeCompare(b.received) || a.order - b.order);
    return all.map(x => x.target);
  }

  private ask(target: EntryHandle, index: number, total: number): Promise<Choice | undefined> {
    const model = target.file.current();
    const entry = findEntry(model, 'invitations', target.ref)!;
    const p = personOf(entry);
    const suggested = suggestFor(rulesOf(model), record(entry));
    const items: QueueItem<Choice>[] = [];
    if (p.message) {
      items.push({
        label: `“${plainLabel(p.message.length > 160 ? p.message.slice(0, 157) + '…' : p.message)}”`,
        kind: vscode.QuickPickItemKind.Separator,
      });
    }
    const snoozeDays = this.config.snoozeDays();
    for (const a of TRIAGE_ACTIONS) {
      const hint =
        a.kind === suggested?.suggestion
          ? vscode.l10n.t('suggested by {0}', suggested.reason)
          : a.triage?.hint({ snoozeDays });
      items.push({ choice: a.kind, label: `$(${a.icon}) ${vscode.l10n.t(a.titles.short)}`, description: hint });
    }
    items.push(...controls());
    const placeholder =
      plainParts(
        [p.headline ?? p.position, p.company, p.received ? vscode.l10n.t('received {0}', p.received) : undefined],
        plainTitle,
      ) || vscode.l10n.t('Decide with the arrow keys and Enter; Escape stops');
    return pickFromQueue(queueTitle(this.store, target, index, total), placeholder, items, suggested?.suggestion);
  }
}
