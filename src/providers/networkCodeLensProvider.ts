import * as vscode from 'vscode';
import type { EntryRef } from '../model/people/identity';
import { lensAnchors } from '../model/network/lensAnchors';
import type { Entry } from '../model/network/network';
import { record } from '../model/network/network';
import { personOf } from '../model/people/person';
import { rulesOf, suggestFor } from '../model/rules/rules';
import { Disposable } from '../services/disposable';
import type { NetworkFile } from '../services/networkFile';
import type { NetworkStore } from '../services/networkStore';

type LensAction =
  | 'accept'
  | 'ignore'
  | 'notKnown'
  | 'later'
  | 'openOnLinkedIn'
  | 'unfollow'
  | 'follow'
  | 'remove'
  | 'restore'
  | 'addNote'
  | 'setFollowUp';

const INVITATION: LensAction[] = ['accept', 'ignore', 'notKnown', 'later', 'openOnLinkedIn'];
const CONTACT: LensAction[] = ['unfollow', 'remove', 'openOnLinkedIn', 'addNote', 'setFollowUp'];
const ARCHIVED: LensAction[] = ['restore'];

const TITLES: Record<LensAction, string> = {
  accept: 'Accept',
  ignore: 'Ignore',
  notKnown: "I don't know them",
  later: 'Later',
  openOnLinkedIn: 'Open on LinkedIn',
  unfollow: 'Unfollow',
  follow: 'Follow',
  remove: 'Remove',
  restore: 'Restore',
  addNote: 'Add note',
  setFollowUp: 'Follow-up',
};

/** A lens whose command is filled in lazily (resolveCodeLens). */
class EntryLens extends vscode.CodeLens {
  constructor(
    range: vscode.Range,
    readonly action: LensAction,
    readonly file: NetworkFile,
    readonly entry: Entry,
  ) {
    super(range);
  }
}

/** Above this many entries, lenses are made only around what the editors show (see below). */
export const LENS_WINDOW_THRESHOLD = 1500;
const LENS_WINDOW_MARGIN = 300;

/**
 * Lenses above each entry of network.yaml: ranges first, titles and commands only for the lenses
 * VS Code shows. In a big file (a 30,000-contact network has 150,000 lenses, seconds of work
 * between the extension host and the editor) only the entries in and around the visible lines
 * get lenses, refreshed as the editor scrolls.
 */
export class NetworkCodeLensProvider extends Disposable implements vscode.CodeLensProvider<EntryLens> {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly store: NetworkStore) {
    super();
    this._register(store.onDidChange(() => this.changed.fire()));
    let timer: ReturnType<typeof setTimeout> | undefined;
    this._register(
      vscode.window.onDidChangeTextEditorVisibleRanges(e => {
        const file = this.store.fileForUri(e.textEditor.document.uri);
        if (file && this.isBig(file.model)) {
          clearTimeout(timer);
          timer = setTimeout(() => this.changed.fire(), 120);
        }
      }),
    );
    this._register({ dispose: () => clearTimeout(timer) });
  }

  private isBig(model: {
    invitations: unknown[] | readonly unknown[];
    contacts: readonly unknown[];
    archive: readonly unknown[];
  }): boolean {
    return model.invitations.length + model.contacts.length + model.archive.length > LENS_WINDOW_THRESHOLD;
  }

  /** The line ranges shown in editors of this document, widened by a margin; undefined: everything. */
  private window(document: vscode.TextDocument): [number, number][] | undefined {
    const ranges = vscode.window.visibleTextEditors.filter(e => e.document === document).flatMap(e => e.visibleRanges);
    if (ranges.length === 0) {
      return [[0, LENS_WINDOW_MARGIN * 2]];
    }
    return ranges.map(r => [r.start.line - LENS_WINDOW_MARGIN, r.end.line + LENS_WINDOW_MARGIN]);
  }

  provideCodeLenses(document: vscode.TextDocument): EntryLens[] {
    const file = this.store.fileForUri(document.uri);
    if (!file) {
      return [];
    }
    const lenses: EntryLens[] = [];
    const model = file.modelOf(document);
    const window = this.isBig(model) ? this.window(document) : undefined;
    for (const { line, entry } of lensAnchors(model)) {
      if (window && !window.some(([a, b]) => line >= a && line <= b)) {
        continue;
      }
      const range = new vscode.Range(line, 0, line, 0);
      let actions = entry.list === 'invitations' ? INVITATION : entry.list === 'contacts' ? CONTACT : ARCHIVED;
      if (entry.list === 'contacts' && !personOf(entry).following) {
        actions = actions.map(a => (a === 'unfollow' ? 'follow' : a));
      }
      for (const a of actions) {
        lenses.push(new EntryLens(range, a, file, entry));
      }
    }
    return lenses;
  }

  resolveCodeLens(lens: EntryLens): EntryLens {
    const p = personOf(lens.entry);
    const ref: EntryRef = { name: p.name, profile: p.profile, folder: lens.file.folder.uri.fsPath };
    let title = TITLES[lens.action];
    if (lens.entry.list === 'invitations' && lens.action !== 'openOnLinkedIn') {
      const s = suggestFor(rulesOf(lens.file.model), record(lens.entry));
      if (s?.suggestion === lens.action) {
        title = `${title} (suggested by rule ${s.rule.index + 1})`;
      }
    }
    lens.command = {
      title,
      command: `contractorNetwork.${lens.action}`,
      arguments: [ref],
      tooltip: `${TITLES[lens.action]}: ${p.name}`,
    };
    return lens;
  }
}
