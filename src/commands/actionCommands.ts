import * as vscode from 'vscode';
import { CATEGORIES } from '../model/network/network';
import type { ActionKind } from '../model/actions/networkEdits';
import { ACTION_LIST, findEntry, planAction } from '../model/actions/networkEdits';
import { parseDatePhrase, weekday } from '../model/calendar/dates';
import { INVITATION_MANAGER_URL, linkedInUrl } from '../model/linkedin/linkedinUrl';
import type { PersonList } from '../model/network/network';
import { describe, personOf } from '../model/people/person';
import { planMerge } from '../model/actions/mergeContacts';
import type { EntryRef } from '../model/people/identity';
import type { Clock } from '../services/clock';
import type { Configuration } from '../services/configuration';
import type { NetworkEditor } from '../services/networkEditor';
import type { NetworkStore } from '../services/networkStore';
import type { CommandTable } from './commandTable';
import type { EntryTarget } from './entryTargets';
import { isEntryRef, resolveAnyEntry, resolveTargets } from './entryTargets';
import { PersonNodeBase } from '../views/personNodeBase';
import { UserError } from './userError';

const NOT_KNOWN_DETAIL =
  "LinkedIn may restrict the sender's account when many people say they don't know them. " +
  'Use it for spam and strangers; for agencies and noise, Ignore is enough (nobody is told).';

/** The entry commands of contract §3: one handler each, whatever calls them (palette, tree, lens, script). */
export class ActionCommands {
  constructor(
    private readonly store: NetworkStore,
    private readonly editor: NetworkEditor,
    private readonly config: Configuration,
    private readonly clock: Clock,
  ) {}

  table(): CommandTable {
    return {
      accept: (a, b) => this.decide('accept', a, b),
      ignore: (a, b) => this.decide('ignore', a, b),
      later: (a, b) => this.decide('later', a, b),
      notKnown: (a, b) => this.notKnown(a, b),
      remove: (a, b) => this.remove(a, b),
      restore: (a, b) => this.decide('restore', a, b),
      unfollow: (a, b) => this.decide('unfollow', a, b),
      follow: (a, b) => this.decide('follow', a, b),
      addNote: (a, b) => this.addNote(a, b),
      setCategory: (a, b) => this.setCategory(a, b),
      addTag: (a, b) => this.addTag(a, b),
      setFollowUp: (a, b) => this.setFollowUp(a, b),
      openOnLinkedIn: a => this.openOnLinkedIn(a),
      mergeContacts: (a, b) => this.merge(a, b),
    };
  }

  /** Applies one action to one entry; resolves once the edit is applied. */
  async run(kind: ActionKind, target: EntryTarget, value?: string): Promise<string> {
    const result = await this.editor.apply(target.file, model =>
      planAction(
        model,
        { kind, ref: target.ref, value },
        { today: this.clock.today(), snoozeDays: this.config.snoozeDays() },
      ),
    );
    vscode.window.setStatusBarMessage(`$(check) ${result.message}`, 4000);
    return result.message;
  }

  private async decide(kind: ActionKind, first: unknown, second: unknown): Promise<string | undefined> {
    const many = kind === 'accept' || kind === 'ignore' || kind === 'later';
    const targets = await resolveTargets(this.store, ACTION_LIST[kind], first, second, many);
    let last: string | undefined;
    for (const t of targets ?? []) {
      last = await this.run(kind, t);
    }
    return last;
  }

  private async notKnown(first: unknown, second: unknown): Promise<string | undefined> {
    const targets = await resolveTargets(this.store, 'invitations', first, second);
    const target = targets?.[0];
    if (!target) {
      return undefined;
    }
    if (!(await this.confirmNotKnown(target.name))) {
      return undefined;
    }
    return this.run('notKnown', target);
  }

  /** The modal of contract §2; true when confirmed or when the setting turns it off. */
  async confirmNotKnown(name: string): Promise<boolean> {
    if (!this.config.confirmNotKnown()) {
      return true;
    }
    const choice = await vscode.window.showWarningMessage(
      `Tell LinkedIn you don't know ${name}?`,
      { modal: true, detail: NOT_KNOWN_DETAIL },
      "I don't know them",
    );
    return choice === "I don't know them";
  }

  private async remove(first: unknown, reasonArg: unknown): Promise<string | undefined> {
    const targets = await resolveTargets(this.store, 'contacts', first);
    const target = targets?.[0];
    if (!target) {
      return undefined;
    }
    let reason = typeof reasonArg === 'string' ? reasonArg : undefined;
    // from the palette or the tree, ask for the optional reason; scripts pass it (or not)
    if (reason === undefined && (first === undefined || first instanceof PersonNodeBase)) {
      reason = await vscode.window.showInputBox({
        title: `Remove ${target.name}`,
        prompt: 'LinkedIn tells no one, and neither do we; the entry is kept in the archive. Why? (optional)',
        placeHolder: 'e.g. went quiet, only sends job spam',
      });
      if (reason === undefined) {
        return undefined; // Escape: nothing removed
      }
    }
    return this.run('remove', target, reason);
  }

  private async addNote(first: unknown, textArg: unknown): Promise<string | undefined> {
    const target = (await resolveTargets(this.store, 'contacts', first))?.[0];
    if (!target) {
      return undefined;
    }
    const text =
      typeof textArg === 'string'
        ? textArg
        : await vscode.window.showInputBox({
            title: `Note on ${target.name}`,
            prompt: `Dated today (${this.clock.today()}); it also sets the last contact.`,
            validateInput: v => (v.trim() ? undefined : 'Write something to remember.'),
          });
    if (text === undefined) {
      return undefined;
    }
    return this.run('addNote', target, text);
  }

  private async setCategory(first: unknown, categoryArg: unknown): Promise<string | undefined> {
    const target = (await resolveTargets(this.store, 'contacts', first))?.[0];
    if (!target) {
      return undefined;
    }
    let category = typeof categoryArg === 'string' ? categoryArg : undefined;
    if (category === undefined) {
      const current = this.current(target, 'contacts')?.category;
      const pick = await vscode.window.showQuickPick(
        CATEGORIES.map(c => ({ label: c, description: c === current ? 'current' : undefined })),
        { title: `Category of ${target.name}` },
      );
      category = pick?.label;
    }
    if (category === undefined) {
      return undefined;
    }
    if (!(CATEGORIES as readonly string[]).includes(category)) {
      throw new UserError(`"${category}" is not a category. Use one of: ${CATEGORIES.join(', ')}.`);
    }
    return this.run('setCategory', target, category);
  }

  private async addTag(first: unknown, tagArg: unknown): Promise<string | undefined> {
    const target = (await resolveTargets(this.store, 'contacts', first))?.[0];
    if (!target) {
      return undefined;
    }
    const tag = typeof tagArg === 'string' ? tagArg : await this.pickTag(target);
    if (tag === undefined || !tag.trim()) {
      return undefined;
    }
    return this.run('addTag', target, tag.trim());
  }

  /** A pick of the tags already used in the file; typing a new one offers it too. */
  private pickTag(target: EntryTarget): Promise<string | undefined> {
    const counts = new Map<string, number>();
    for (const e of target.file.current().contacts) {
      for (const t of personOf(e).tags) {
        counts.set(t, (counts.get(t) ?? 0) + 1);
      }
    }
    const has = new Set(this.current(target, 'contacts')?.tags.map(t => t.toLowerCase()) ?? []);
    const existing = [...counts]
      .filter(([t]) => !has.has(t.toLowerCase()))
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    return new Promise(resolve => {
      const qp = vscode.window.createQuickPick();
      qp.title = `Tag ${target.name}`;
      qp.placeholder = 'Pick a tag used in this file, or type a new one';
      const base = existing.map(([t, n]) => ({ label: t, description: `${n} contact${n === 1 ? '' : 's'}` }));
      qp.items = base;
      qp.onDidChangeValue(v => {
        const typed = v.trim();
        qp.items =
          typed && !base.some(i => i.label.toLowerCase() === typed.toLowerCase())
            ? [{ label: typed, description: 'new tag' }, ...base]
            : base;
      });
      let done = false;
      qp.onDidAccept(() => {
        done = true;
        resolve(qp.selectedItems[0]?.label ?? (qp.value.trim() || undefined));
        qp.hide();
      });
      qp.onDidHide(() => {
        if (!done) {
          resolve(undefined);
        }
        qp.dispose();
      });
      qp.show();
    });
  }

  private async setFollowUp(first: unknown, dateArg: unknown): Promise<string | undefined> {
    const target = (await resolveTargets(this.store, 'contacts', first))?.[0];
    if (!target) {
      return undefined;
    }
    const today = this.clock.today();
    let day: string | undefined;
    if (typeof dateArg === 'string') {
      day = parseDatePhrase(dateArg, today);
      if (!day) {
        throw new UserError(
          `"${dateArg}" is not a date. Use YYYY-MM-DD, or a phrase like +2w, next monday, in 3 days.`,
        );
      }
    } else {
      const input = await vscode.window.showInputBox({
        title: `Follow up with ${target.name}`,
        prompt: 'YYYY-MM-DD, or +3d, +2w, +1m, tomorrow, next monday, in 2 weeks',
        value: this.current(target, 'contacts')?.followUp ?? '+2w',
        validateInput: v => {
          const d = parseDatePhrase(v, today);
          return d
            ? { message: `→ ${WEEKDAY_NAMES[weekday(d)]} ${d}`, severity: vscode.InputBoxValidationSeverity.Info }
            : 'Not a date I can read: try 2026-12-01, +2w or next monday.';
        },
      });
      if (input === undefined) {
        return undefined;
      }
      day = parseDatePhrase(input, today);
    }
    if (!day) {
      return undefined;
    }
    return this.run('setFollowUp', target, day);
  }

  /** mergeContacts(ref, otherRef): the second entry is merged into the first (a contact). */
  private async merge(first: unknown, second: unknown): Promise<string | undefined> {
    const survivor = (await resolveTargets(this.store, 'contacts', first))?.[0];
    if (!survivor) {
      return undefined;
    }
    let otherRef: EntryRef | undefined = isEntryRef(second) ? second : undefined;
    if (second instanceof PersonNodeBase) {
      otherRef = second.ref;
    }
    if (!otherRef) {
      const items = survivor.file
        .current()
        .contacts.map((e, index) => ({ e, index, p: personOf(e) }))
        .filter(
          x =>
            !(
              x.p.name === survivor.name &&
              x.p.profile === survivor.ref.profile &&
              (survivor.ref.index === undefined || survivor.ref.index === x.index)
            ),
        )
        .map(x => ({
          label: x.p.name,
          description: describe(x.p),
          ref: { name: x.p.name, profile: x.p.profile, list: 'contacts' as const, index: x.index },
        }));
      const pick = await vscode.window.showQuickPick(items, {
        title: `Merge into ${survivor.name}`,
        placeHolder: 'Which contact is the same person? It is merged in and taken out of the list.',
      });
      otherRef = pick?.ref;
    }
    if (!otherRef) {
      return undefined;
    }
    const other = otherRef;
    const result = await this.editor.apply(survivor.file, model =>
      planMerge(model, survivor.ref, other, this.clock.today()),
    );
    vscode.window.setStatusBarMessage(`$(check) ${result.message}`, 4000);
    return result.message;
  }

  /** Opens the entry's LinkedIn profile (or the invitation manager); resolves to the URL opened. */
  private async openOnLinkedIn(first: unknown): Promise<string | undefined> {
    const found = await resolveAnyEntry(this.store, first);
    if (!found) {
      return undefined;
    }
    const p = personOf(found.entry);
    let url = INVITATION_MANAGER_URL;
    if (p.profile) {
      const checked = linkedInUrl(p.profile);
      if ('refused' in checked) {
        throw new UserError(
          `Not opening the profile of ${p.name} (${p.profile}): ${checked.refused}. Only https://www.linkedin.com links are opened.`,
        );
      }
      url = checked.url;
    } else if (found.entry.list !== 'invitations') {
      throw new UserError(
        `${p.name} has no LinkedIn profile in network.yaml; add "profile: https://www.linkedin.com/in/…" to the entry.`,
      );
    }
    await vscode.env.openExternal(vscode.Uri.parse(url, true));
    return url;
  }

  private current(target: EntryTarget, list: PersonList): ReturnType<typeof personOf> | undefined {
    const e = findEntry(target.file.current(), list, target.ref);
    return e ? personOf(e) : undefined;
  }
}

const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
