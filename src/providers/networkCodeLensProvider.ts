import * as vscode from 'vscode';
import type { EntryRef } from '../model/people/identity';
import { LENS_WINDOW_MARGIN, lensAnchors } from '../model/network/lensAnchors';
import { ACTIONS } from '../model/actions/actionTable';
import { refOf } from '../model/actions/entryRef';
import { opportunityOf, viaRef } from '../model/opportunities/opportunity';
import { describeOpportunities, opportunitiesVia } from '../model/opportunities/pipeline';
import type { ActionSpec } from '../model/actions/actionSpec';
import type { Entry, NetworkModel } from '../model/network/network';
import { record } from '../model/network/network';
import { isConflicted, scanConflicts } from '../model/merge/conflictMarkers';
import { personOf } from '../model/people/person';
import { rulesOf, suggestFor } from '../model/rules/rules';
import { Disposable } from '../services/disposable';
import type { MentionResolver } from '../services/mentionResolver';
import type { NetworkFile } from '../services/networkFile';
import type { NetworkStore } from '../services/networkStore';

/**
 * A lens is an action of the table, or one of the lenses that only open or tell something: the
 * person's LinkedIn page, the contact an opportunity came through, a person's opportunities.
 */
type LensAction = ActionSpec | 'openOnLinkedIn' | 'openContact' | 'opportunities' | 'mentions';

type LensList = 'invitations' | 'contacts' | 'archive' | 'opportunities';

/** Where the lenses that are not actions sit among an entry's lenses (between the table's lens orders). */
const OTHER_LENSES: Record<LensList, [number, LensAction][]> = {
  invitations: [[5, 'openOnLinkedIn']],
  contacts: [
    [3, 'openOnLinkedIn'],
    [7, 'opportunities'],
    [8, 'mentions'],
  ],
  archive: [],
  opportunities: [[5, 'openContact']],
};

/** Per list, its lenses in order (worked out once: lenses are made for thousands of entries). */
const LENSES_OF: Record<LensList, readonly LensAction[]> = {
  invitations: placedLenses('invitations'),
  contacts: placedLenses('contacts'),
  archive: placedLenses('archive'),
  opportunities: placedLenses('opportunities'),
};

function placedLenses(list: LensList): LensAction[] {
  const placed: [number, LensAction][] = ACTIONS.filter(a => a.lists.includes(list) && a.lens !== undefined).map(a => [
    a.lens!,
    a,
  ]);
  placed.push(...OTHER_LENSES[list]);
  return placed.sort((x, y) => x[0] - y[0]).map(([, a]) => a);
}

/** The lenses of an entry: the table's rows offered for it, and the others that have something to show. */
function lensActions(entry: Entry, model: NetworkModel, mentionCount: (entry: Entry) => number): LensAction[] {
  return LENSES_OF[entry.list as LensList].filter(a => {
    if (a === 'mentions') {
      return mentionCount(entry) > 0;
    }
    if (a === 'opportunities') {
      return model.opportunities.length > 0 && opportunitiesVia(model, entry).length > 0;
    }
    if (a === 'openContact') {
      return !!opportunityOf(entry).via;
    }
    return a === 'openOnLinkedIn' || (a.offeredFor?.(entry, model) ?? true);
  });
}

/** The one lens of a file with merge conflicts: on the first marker, the command that merges the versions by person. */
function conflictLenses(file: NetworkFile, model: NetworkModel): vscode.CodeLens[] {
  const first = scanConflicts(model.text).hunks[0];
  if (!first) {
    return []; // only stray markers: a merge by person cannot tell the versions apart
  }
  return [
    new vscode.CodeLens(new vscode.Range(first.firstLine, 0, first.firstLine, 0), {
      title: vscode.l10n.t('Resolve merge conflict by person'),
      command: 'contractorNetwork.resolveMergeConflict',
      arguments: [file.uri],
      tooltip: vscode.l10n.t('Merge both versions of network.yaml person by person (one undo step)'),
    }),
  ];
}

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

/**
 * Lenses above each entry of network.yaml: ranges first, titles and commands only for the lenses
 * VS Code shows. In a big file (a 30,000-contact network has 150,000 lenses, seconds of work
 * between the extension host and the editor) only the entries in and around the visible lines
 * get lenses, refreshed as the editor scrolls.
 */
export class NetworkCodeLensProvider extends Disposable implements vscode.CodeLensProvider {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(
    private readonly store: NetworkStore,
    private readonly mentions?: MentionResolver,
  ) {
    super();
    this._register(store.onDidChange(() => this.changed.fire()));
    if (mentions) {
      this._register(mentions.onDidChange(() => this.changed.fire()));
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    this._register(
      vscode.window.onDidChangeTextEditorVisibleRanges(e => {
        const file = this.store.fileForUri(e.textEditor.document.uri);
        if (file && this.isBig(file.settled)) {
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

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const file = this.store.fileForUri(document.uri);
    if (!file) {
      return [];
    }
    const model = file.current();
    if (isConflicted(model)) {
      return conflictLenses(file, model);
    }
    const lenses: EntryLens[] = [];
    const window = this.isBig(model) ? this.window(document) : undefined;
    const mentionCount = (entry: Entry): number => this.mentions?.countOf(file, entry) ?? 0;
    for (const { line, entry } of lensAnchors(model, window)) {
      const range = new vscode.Range(line, 0, line, 0);
      for (const a of lensActions(entry, model, mentionCount)) {
        lenses.push(new EntryLens(range, a, file, entry));
      }
    }
    return lenses;
  }

  resolveCodeLens(lens: vscode.CodeLens): vscode.CodeLens {
    if (!(lens instanceof EntryLens)) {
      return lens;
    }
    const ref: EntryRef = { ...refOf(lens.entry), folder: lens.file.folder.uri.fsPath };
    const name = lens.entry.list === 'opportunities' ? ref.opportunity : personOf(lens.entry).name;
    const action = lens.action;
    if (action === 'mentions') {
      const n = this.mentions?.countOf(lens.file, lens.entry) ?? 0;
      lens.command = {
        title: n === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', n),
        command: 'contractorNetwork.showMentions',
        arguments: [ref],
        tooltip: vscode.l10n.t('Where your notes mention {0}', name ?? ''),
      };
      return lens;
    }
    if (action === 'opportunities') {
      const summary = describeOpportunities(opportunitiesVia(lens.file.current(), lens.entry));
      lens.command = {
        title: summary,
        command: '',
        tooltip: vscode.l10n.t('Opportunities that came through {0}', name ?? ''),
      };
      return lens;
    }
    if (action === 'openContact') {
      const via = viaRef(opportunityOf(lens.entry).via);
      lens.command = {
        title: vscode.l10n.t('Open contact'),
        command: 'contractorNetwork.revealPerson',
        arguments: [{ ...via, folder: ref.folder }],
      };
      return lens;
    }
    const short = action === 'openOnLinkedIn' ? vscode.l10n.t('Open on LinkedIn') : vscode.l10n.t(action.titles.short);
    let title = short;
    if (action !== 'openOnLinkedIn' && action.suggestible) {
      const s = suggestFor(rulesOf(lens.file.current()), record(lens.entry));
      if (s?.suggestion === action.kind) {
        title = vscode.l10n.t('{0} (suggested by rule {1})', title, s.rule.index + 1);
      }
    }
    const id = action === 'openOnLinkedIn' ? action : action.kind;
    lens.command = {
      title,
      command: `contractorNetwork.${id}`,
      arguments: [ref],
      tooltip: vscode.l10n.t('{0}: {1}', short, name ?? ''),
    };
    return lens;
  }
}
