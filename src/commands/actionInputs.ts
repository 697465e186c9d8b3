import * as vscode from 'vscode';
import type { ActionInput, ActionValue } from '../model/actions/actionSpec';
import { parseDatePhrase, weekday } from '../model/calendar/dates';
import { CATEGORIES } from '../model/network/network';
import { opportunityOf, STAGES, stageOf } from '../model/opportunities/opportunity';
import { splitDatedNote } from '../model/people/datedNote';
import { personOf } from '../model/people/person';
import { plainLabel, plainTitle } from '../model/people/plainLabel';
import type { Clock } from '../services/clock';
import type { EntryHandle } from '../services/entryHandle';
import { UserError } from '../services/userError';
import { entryOf } from './entryTargets';

/** The value an action was given or the user chose (and a note's day); undefined when they cancelled. */
export type InputResult = { readonly value: ActionValue | undefined; readonly date?: string } | undefined;

/**
 * Reads the value an action takes (table column `input`): checks one passed by a script, or asks
 * for it in the palette's own controls. `fromUi`: called from the palette, a tree item or a lens.
 */
export class ActionInputs {
  constructor(private readonly clock: Clock) {}

  async read(input: ActionInput, target: EntryHandle, given: unknown, fromUi: boolean): Promise<InputResult> {
    const text = typeof given === 'string' ? given : undefined;
    switch (input) {
      case 'note':
        return text !== undefined ? { value: text } : this.askNote(target);
      case 'stage':
        return this.stage(target, text);
      case 'opportunity':
        return isFields(given) ? { value: given } : this.askOpportunity(target);
      case 'category':
        return this.category(target, text);
      case 'tag':
        return this.tag(target, text);
      case 'followUpDate':
        return this.followUpDate(target, text);
      case 'removalReason':
        // scripts pass the reason or not; from the palette or the tree it is asked for (optional)
        return text !== undefined || !fromUi ? { value: text } : this.askReason(target);
    }
  }

  /** A note, dated today unless it starts with a day: "yesterday: called about the role". */
  private async askNote(target: EntryHandle): Promise<InputResult> {
    const today = this.clock.today();
    const value = await vscode.window.showInputBox({
      title: vscode.l10n.t('Note on {0}', plainTitle(target.name)),
      prompt: vscode.l10n.t(
        'Dated today ({0}); start with a day to date it otherwise: "yesterday: called about the role".',
        today,
      ),
      validateInput: v => {
        if (!v.trim()) {
          return vscode.l10n.t('Write something to remember.');
        }
        const note = splitDatedNote(v, today);
        return note.date && note.date !== today
          ? {
              message: vscode.l10n.t('→ dated {0} {1}', weekdayName(note.date), note.date),
              severity: vscode.InputBoxValidationSeverity.Info,
            }
          : undefined;
      },
    });
    if (value === undefined) {
      return undefined;
    }
    const note = splitDatedNote(value, today);
    return { value: note.text, date: note.date };
  }

  private async stage(target: EntryHandle, given: string | undefined): Promise<InputResult> {
    if (given !== undefined) {
      return { value: given };
    }
    const entry = entryOf(target);
    const current = entry ? stageOf(opportunityOf(entry)) : undefined;
    const pick = await vscode.window.showQuickPick(
      STAGES.map(s => ({
        label: s,
        description: s === current ? vscode.l10n.t('current') : undefined,
        picked: s === current,
      })),
      {
        title: vscode.l10n.t('Stage of {0}', plainTitle(target.name)),
        placeHolder: vscode.l10n.t('lead → applied → submitted → interview → offer → won, lost or withdrawn'),
      },
    );
    return pick ? { value: pick.label } : undefined;
  }

  /** Asks the role and the client; via and agency come from the person (contract §2). */
  private async askOpportunity(target: EntryHandle): Promise<InputResult> {
    const role = await vscode.window.showInputBox({
      title: vscode.l10n.t('Opportunity via {0} (1/2)', plainTitle(target.name)),
      prompt: vscode.l10n.t('The role'),
      placeHolder: vscode.l10n.t('e.g. Senior Kafka Engineer'),
      validateInput: v => (v.trim() ? undefined : vscode.l10n.t('What is the role?')),
    });
    if (role === undefined) {
      return undefined;
    }
    const client = await vscode.window.showInputBox({
      title: vscode.l10n.t('Opportunity via {0} (2/2)', plainTitle(target.name)),
      prompt: vscode.l10n.t('The end client (not the agency)'),
      placeHolder: vscode.l10n.t('e.g. Vantage Bank'),
      validateInput: v => (v.trim() ? undefined : vscode.l10n.t('Which client is it for?')),
    });
    return client === undefined ? undefined : { value: { role: role.trim(), client: client.trim() } };
  }

  private async askReason(target: EntryHandle): Promise<InputResult> {
    const value = await vscode.window.showInputBox({
      title: vscode.l10n.t('Remove {0}', plainTitle(target.name)),
      prompt: vscode.l10n.t(
        'LinkedIn tells no one, and neither do we; the entry is kept in the archive. Why? (optional)',
      ),
      placeHolder: vscode.l10n.t('e.g. went quiet, only sends job spam'),
    });
    return value === undefined ? undefined : { value }; // Escape: nothing removed
  }

  private async category(target: EntryHandle, given: string | undefined): Promise<InputResult> {
    let category = given;
    if (category === undefined) {
      const current = this.person(target)?.category;
      const pick = await vscode.window.showQuickPick(
        CATEGORIES.map(c => ({ label: c, description: c === current ? vscode.l10n.t('current') : undefined })),
        { title: vscode.l10n.t('Category of {0}', plainTitle(target.name)) },
      );
      category = pick?.label;
    }
    if (category === undefined) {
      return undefined;
    }
    if (!(CATEGORIES as readonly string[]).includes(category)) {
      throw new UserError(vscode.l10n.t('"{0}" is not a category. Use one of: {1}.', category, CATEGORIES.join(', ')));
    }
    return { value: category };
  }

  private async tag(target: EntryHandle, given: string | undefined): Promise<InputResult> {
    const tag = given ?? (await this.pickTag(target));
    return tag === undefined || !tag.trim() ? undefined : { value: tag.trim() };
  }

  /** A pick of the tags already used in the file; typing a new one offers it too. */
  private pickTag(target: EntryHandle): Promise<string | undefined> {
    const counts = new Map<string, number>();
    for (const e of target.file.current().contacts) {
      for (const t of personOf(e).tags) {
        counts.set(t, (counts.get(t) ?? 0) + 1);
      }
    }
    const has = new Set(this.person(target)?.tags.map(t => t.toLowerCase()) ?? []);
    const existing = [...counts]
      .filter(([t]) => !has.has(t.toLowerCase()))
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const base = existing.map(([t, n]) => ({
      label: plainLabel(t),
      tag: t,
      description: n === 1 ? vscode.l10n.t('1 contact') : vscode.l10n.t('{0} contacts', n),
    }));
    return new Promise(resolve => {
      const qp = vscode.window.createQuickPick<vscode.QuickPickItem & { tag: string }>();
      qp.title = vscode.l10n.t('Tag {0}', plainTitle(target.name));
      qp.placeholder = vscode.l10n.t('Pick a tag used in this file, or type a new one');
      qp.items = base;
      qp.onDidChangeValue(v => {
        const typed = v.trim();
        const isNew = typed && !base.some(i => i.tag.toLowerCase() === typed.toLowerCase());
        qp.items = isNew
          ? [{ label: plainLabel(typed), tag: typed, description: vscode.l10n.t('new tag') }, ...base]
          : base;
      });
      let done = false;
      qp.onDidAccept(() => {
        done = true;
        resolve(qp.selectedItems[0]?.tag ?? (qp.value.trim() || undefined));
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

  private async followUpDate(target: EntryHandle, given: string | undefined): Promise<InputResult> {
    const today = this.clock.today();
    if (given !== undefined) {
      const day = parseDatePhrase(given, today);
      if (!day) {
        throw new UserError(
          vscode.l10n.t('"{0}" is not a date. Use YYYY-MM-DD, or a phrase like +2w, next monday, in 3 days.', given),
        );
      }
      return { value: day };
    }
    const input = await vscode.window.showInputBox({
      title: vscode.l10n.t('Follow up with {0}', plainTitle(target.name)),
      prompt: vscode.l10n.t('YYYY-MM-DD, or +3d, +2w, +1m, tomorrow, next monday, in 2 weeks'),
      value: this.person(target)?.followUp ?? '+2w',
      validateInput: v => {
        const d = parseDatePhrase(v, today);
        return d
          ? { message: vscode.l10n.t('→ {0} {1}', weekdayName(d), d), severity: vscode.InputBoxValidationSeverity.Info }
          : vscode.l10n.t('Not a date I can read: try 2026-12-01, +2w or next monday.');
      },
    });
    const day = input === undefined ? undefined : parseDatePhrase(input, today);
    return day ? { value: day } : undefined;
  }

  private person(target: EntryHandle): ReturnType<typeof personOf> | undefined {
    const e = entryOf(target);
    return e ? personOf(e) : undefined;
  }
}

/** The short name of a day's weekday ("Mon"), in the display language. */
function weekdayName(day: string): string {
  const names = [
    vscode.l10n.t('Sun'),
    vscode.l10n.t('Mon'),
    vscode.l10n.t('Tue'),
    vscode.l10n.t('Wed'),
    vscode.l10n.t('Thu'),
    vscode.l10n.t('Fri'),
    vscode.l10n.t('Sat'),
  ];
  return names[weekday(day)];
}

/** Named fields as scripts pass them (`{ role, client }`), not a tree item or a selection. */
export function isFields(v: unknown): v is Readonly<Record<string, string>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !('entryHandle' in v);
}
