import * as vscode from 'vscode';
import type { EntryRef } from '../model/identity';
import { lensAnchors } from '../model/lensAnchors';
import type { Entry } from '../model/network';
import { record } from '../model/network';
import { personOf } from '../model/person';
import { rulesOf, suggestFor } from '../model/rules';
import { Disposable } from '../services/disposable';
import type { NetworkFile } from '../services/networkFile';
import type { NetworkStore } from '../services/networkStore';

type LensAction = 'accept' | 'ignore' | 'notKnown' | 'later' | 'openOnLinkedIn' | 'unfollow' | 'follow' | 'remove' | 'restore' | 'addNote' | 'setFollowUp';

const INVITATION: LensAction[] = ['accept', 'ignore', 'notKnown', 'later', 'openOnLinkedIn'];
const CONTACT: LensAction[] = ['unfollow', 'remove', 'openOnLinkedIn', 'addNote', 'setFollowUp'];
const ARCHIVED: LensAction[] = ['restore'];

const TITLES: Record<LensAction, string> = {
  accept: 'Accept', ignore: 'Ignore', notKnown: "I don't know them", later: 'Later', openOnLinkedIn: 'Open on LinkedIn',
  unfollow: 'Unfollow', follow: 'Follow', remove: 'Remove', restore: 'Restore', addNote: 'Add note', setFollowUp: 'Follow-up',
};

/** A lens whose command is filled in lazily (resolveCodeLens). */
class EntryLens extends vscode.CodeLens {
  constructor(range: vscode.Range, readonly action: LensAction, readonly file: NetworkFile, readonly entry: Entry) {
    super(range);
  }
}

/**
 * Lenses above each entry of network.yaml: ranges first (cheap, for the whole file), titles and
 * commands only for the lenses VS Code shows.
 */
export class NetworkCodeLensProvider extends Disposable implements vscode.CodeLensProvider<EntryLens> {
  private readonly changed = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly store: NetworkStore) {
    super();
    this._register(store.onDidChange(() => this.changed.fire()));
  }

  provideCodeLenses(document: vscode.TextDocument): EntryLens[] {
    const file = this.store.fileForUri(document.uri);
    if (!file) {
      return [];
    }
    const lenses: EntryLens[] = [];
    for (const { line, entry } of lensAnchors(file.modelOf(document))) {
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
    lens.command = { title, command: `contractorNetwork.${lens.action}`, arguments: [ref], tooltip: `${TITLES[lens.action]}: ${p.name}` };
    return lens;
  }
}
