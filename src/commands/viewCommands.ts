import * as vscode from 'vscode';
import { parsePeopleFilter } from '../model/people/peopleFilter';
import type { PeopleView } from '../views/peopleView';
import type { CommandTable } from './commandTable';

/** Filtering the people view (text, `tag:`, `category:`, `is:unfollowed`). */
export function viewCommands(people: PeopleView): CommandTable {
  return {
    async filterPeople(arg?: unknown): Promise<string | undefined> {
      const value =
        typeof arg === 'string'
          ? arg
          : await vscode.window.showInputBox({
              title: vscode.l10n.t('Filter people'),
              prompt: vscode.l10n.t(
                'Words match names, headlines, companies, tags and notes; or tag:kafka, category:client, company:acme, is:unfollowed',
              ),
              value: people.provider.filter?.text ?? '',
            });
      if (value === undefined) {
        return undefined;
      }
      people.setFilter(parsePeopleFilter(value));
      return people.provider.filter?.text;
    },
    clearPeopleFilter(): void {
      people.setFilter(undefined);
    },
  };
}
