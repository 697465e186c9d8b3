import * as vscode from 'vscode';
import { personOf } from '../model/people/person';
import type { MentionResolver } from '../services/mentionResolver';
import { entryRanges } from '../services/mentionResolver';
import type { MentionStore } from '../services/mentionStore';
import type { NetworkStore } from '../services/networkStore';
import { showMentionsInReferencesView } from '../views/mentionsReferences';
import type { CommandTable } from './commandTable';
import { resolveAnyEntry } from './entryTargets';
import { notify } from '../services/notify';

/** showMentions(ref): where the notes mention a person, in the References view; resolves to the locations. */
export function mentionCommands(store: NetworkStore, mentions: MentionStore, resolver: MentionResolver): CommandTable {
  return {
    async showMentions(ref?: unknown): Promise<vscode.Location[]> {
      const found = await resolveAnyEntry(store, ref);
      if (!found) {
        return [];
      }
      await mentions.ready();
      const name = personOf(found.entry).name;
      const locations = resolver.locationsOf(found.file, found.entry);
      if (locations.length === 0) {
        void notify.info(vscode.l10n.t('No note mentions {0} yet. Write @[{0}] in any markdown file.', name));
        return [];
      }
      const anchor = new vscode.Location(found.file.uri, entryRanges(found.file, found.entry).name);
      await showMentionsInReferencesView(`Mentions of ${name}`, anchor, locations);
      return locations;
    },
  };
}
