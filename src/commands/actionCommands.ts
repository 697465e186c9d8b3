import * as vscode from 'vscode';
import type { ActionKind, ActionSpec, ActionValue } from '../model/actions/actionSpec';
import { ACTIONS, actionSpec } from '../model/actions/actionTable';
import { planMerge } from '../model/actions/mergeContacts';
import { planAction } from '../model/actions/networkEdits';
import { addDays } from '../model/calendar/dates';
import { INVITATION_MANAGER_URL, linkedInUrl, todoPage } from '../model/linkedin/linkedinUrl';
import { todoOf } from '../model/people/linkedinTodos';
import type { Entry } from '../model/network/network';
import type { EntryRef } from '../model/people/identity';
import { describeParts, personOf } from '../model/people/person';
import { plainLabel, plainParts, plainTitle } from '../model/people/plainLabel';
import type { Clock } from '../services/clock';
import type { Configuration } from '../services/configuration';
import type { EditApplier } from '../services/editApplier';
import type { EntryHandle } from '../services/entryHandle';
import { entryHandleOf } from '../services/entryHandle';
import type { NetworkStore } from '../services/networkStore';
import { UserError } from '../services/userError';
import { ActionInputs, isFields } from './actionInputs';
import type { CommandTable } from './commandTable';
import { isEntryRef, resolveAnyEntry, resolveTargets } from './entryTargets';
import { notify } from '../services/notify';
import { status } from '../services/statusText';

/**
 * The entry commands of contract §3, one per row of the action table, whatever calls them
 * (palette, tree, lens, script); plus openOnLinkedIn, openLinkedInTodo, followUpInThreeDays and
 * mergeContacts. The only place a web page is opened.
 */
export class ActionCommands {
  private readonly inputs: ActionInputs;

  constructor(
    private readonly store: NetworkStore,
    private readonly applier: EditApplier,
    private readonly config: Configuration,
    private readonly clock: Clock,
  ) {
    this.inputs = new ActionInputs(clock);
  }

  table(): CommandTable {
    const table: CommandTable = {
      openOnLinkedIn: a => this.openOnLinkedIn(a),
      openLinkedInTodo: async a => {
        const found = await resolveAnyEntry(this.store, a);
        return found ? this.openTodo(found.entry) : undefined;
      },
      followUpInThreeDays: (a, b) => this.followUpInThreeDays(a, b),
      mergeContacts: (a, b) => this.merge(a, b),
    };
    for (const spec of ACTIONS) {
      table[spec.kind] = (first, second, third) => this.fromCommand(spec, first, second, third);
    }
    return table;
  }

  /** Applies one action to one entry; resolves once the edit is applied, to what it made or its message. */
  async run(kind: ActionKind, target: EntryHandle, value?: ActionValue, date?: string): Promise<string> {
    const ctx = {
      today: this.clock.today(),
      snoozeDays: this.config.snoozeDays(),
      linkedinTodos: this.config.isOn('linkedinTodos'),
    };
    const result = await this.applier.apply(target.file, model =>
      planAction(model, { kind, ref: target.ref, value, date }, ctx),
    );
    status.flash(result.message, 4000, 'check');
    return result.made ?? result.message;
  }

  /**
   * A command of the table: `(entry, value?, date?)` from scripts and lenses, `(item, selection)`
   * from the tree; what is missing is asked for, once for all the selected entries. Resolves to
   * the last result, undefined when cancelled.
   */
  private async fromCommand(
    spec: ActionSpec,
    first: unknown,
    second: unknown,
    third: unknown,
  ): Promise<string | undefined> {
    const offered = spec.pickOffered ? spec.offeredFor : undefined;
    const found = await resolveTargets(this.store, spec.lists, first, second, spec.many, offered);
    const targets = spec.many ? (found ?? []) : (found ?? []).slice(0, 1);
    if (targets.length === 0) {
      return undefined;
    }
    const fromUi = first === undefined || entryHandleOf(first) !== undefined;
    const given = typeof second === 'string' || isFields(second) ? second : undefined;
    const date = typeof third === 'string' ? third : undefined;
    // several selected: asked once, in their name ("Note on 3 people")
    const asked = targets.length > 1 ? { ...targets[0], name: `${targets.length} people` } : targets[0];
    const input = spec.input ? await this.inputs.read(spec.input, asked, given, fromUi) : { value: undefined };
    if (!input) {
      return undefined;
    }
    let last: string | undefined;
    for (const target of targets) {
      if (!(await this.confirm(spec, target))) {
        return last;
      }
      last = await this.run(spec.kind, target, input.value, date ?? input.date);
    }
    return last;
  }

  /** The action's modal question (contract §2: notKnown); true when confirmed or turned off. */
  async confirm(spec: ActionSpec, target: EntryHandle): Promise<boolean> {
    const c = spec.confirm;
    if (!c || !this.config.isOn(c.setting)) {
      return true;
    }
    const choice = await notify.ask(c.question(target.name), vscode.l10n.t(c.detail), vscode.l10n.t(c.button));
    return choice === vscode.l10n.t(c.button);
  }

  /** The same question for a kind, as the triage queue asks it. */
  confirmKind(kind: ActionKind, target: EntryHandle): Promise<boolean> {
    return this.confirm(actionSpec(kind), target);
  }

  /** mergeContacts(ref, otherRef): the second entry is merged into the first (a contact). */
  private async merge(first: unknown, second: unknown): Promise<string | undefined> {
    const survivor = (await resolveTargets(this.store, ['contacts'], first))?.[0];
    if (!survivor) {
      return undefined;
    }
    const otherRef: EntryRef | undefined =
      entryHandleOf(second)?.ref ?? (isEntryRef(second) ? second : await this.pickDuplicate(survivor));
    if (!otherRef) {
      return undefined;
    }
    const result = await this.applier.apply(survivor.file, model =>
      planMerge(model, survivor.ref, otherRef, this.clock.today()),
    );
    status.flash(result.message, 4000, 'check');
    return result.message;
  }

  private async pickDuplicate(survivor: EntryHandle): Promise<EntryRef | undefined> {
    const isSurvivor = (p: { name: string; profile?: string }, index: number): boolean =>
      p.name === survivor.name &&
      p.profile === survivor.ref.profile &&
      (survivor.ref.index === undefined || survivor.ref.index === index);
    const items = survivor.file
      .current()
      .contacts.map((e, index) => ({ index, p: personOf(e) }))
      .filter(x => !isSurvivor(x.p, x.index))
      .map(x => ({
        label: plainLabel(x.p.name),
        description: plainParts(describeParts(x.p)),
        ref: { name: x.p.name, profile: x.p.profile, list: 'contacts' as const, index: x.index },
      }));
    const pick = await vscode.window.showQuickPick(items, {
      title: vscode.l10n.t('Merge into {0}', plainTitle(survivor.name)),
      placeHolder: vscode.l10n.t('Which contact is the same person? It is merged in and taken out of the list.'),
    });
    return pick?.ref;
  }

  /** Opens the entry's LinkedIn profile (or the invitation manager); resolves to the URL opened. */
  private async openOnLinkedIn(first: unknown): Promise<string | undefined> {
    const found = await resolveAnyEntry(this.store, first);
    if (!found) {
      return undefined;
    }
    const p = personOf(found.entry);
    if (p.profile) {
      return this.openPage(p.profile, vscode.l10n.t('the profile of {0}', p.name));
    }
    if (found.entry.list !== 'invitations') {
      throw new UserError(
        vscode.l10n.t(
          '{0} has no LinkedIn profile in network.yaml; add "profile: https://www.linkedin.com/in/…" to the entry.',
          p.name,
        ),
      );
    }
    return this.openPage(INVITATION_MANAGER_URL, vscode.l10n.t('the invitation manager'));
  }

  /**
   * Opens the page a LinkedIn to-do is done on: the invitation manager (accept, ignore,
   * not-known), else the profile (or a people search by name without one); resolves to the URL,
   * or undefined when VS Code did not open it (the user said no to opening the site).
   */
  async openTodo(entry: Entry): Promise<string | undefined> {
    const p = personOf(entry);
    const todo = todoOf(entry);
    if (!todo) {
      throw new UserError(vscode.l10n.t('{0} has nothing to do on LinkedIn.', p.name), 'info');
    }
    return this.openPage(todoPage(todo, p.profile, p.name), vscode.l10n.t('the page to {0} {1}', todo, p.name));
  }

  /**
   * The one place a page is opened: only https://www.linkedin.com/ links get through (contract §3).
   * Resolves to the URL, or undefined when VS Code did not open it.
   */
  private async openPage(raw: string, what: string): Promise<string | undefined> {
    return openLinkedInPage(raw, what);
  }

  /** The Moved group's "Follow up in 3 days": setFollowUp on today + 3, for every selected person. */
  private async followUpInThreeDays(first: unknown, second: unknown): Promise<string | undefined> {
    const targets = (await resolveTargets(this.store, ['contacts'], first, second, true)) ?? [];
    const day = addDays(this.clock.today(), 3);
    let last: string | undefined;
    for (const target of targets) {
      last = await this.run('setFollowUp', target, day);
    }
    return last;
  }
}

/**
 * The one place the extension opens a page outside VS Code: a LinkedIn page the user asked for,
 * checked again here (https://www.linkedin.com only); resolves to the URL opened.
 */
export async function openLinkedInPage(page: string, what = page): Promise<string | undefined> {
  const checked = linkedInUrl(page);
  if ('refused' in checked) {
    throw new UserError(
      vscode.l10n.t(
        'Not opening {0} ({1}): {2}. Only https://www.linkedin.com links are opened.',
        what,
        page,
        checked.refused,
      ),
    );
  }
  const opened = await vscode.env.openExternal(vscode.Uri.parse(checked.url, true));
  return opened ? checked.url : undefined;
}
