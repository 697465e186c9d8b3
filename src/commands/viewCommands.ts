import * as vscode from 'vscode';
import { parsePeopleFilter } from '../model/people/peopleFilter';
import { plainMessage } from '../model/people/plainLabel';
import type { Configuration } from '../services/configuration';
import type { PeopleView } from '../views/peopleView';
import type { CommandTable } from './commandTable';

/** Filtering the people view, and grouping its contacts by category or by company. */
export function viewCommands(people: PeopleView, config: Configuration): CommandTable {
  return {
    async filterPeople(arg?: unknown): Promise<string | undefined> {
      const value =
        typeof arg === 'string'
          ? arg
          : await vscode.window.showInputBox({
              title: vscode.l10n.t('Filter people'),
              prompt: vscode.l10n.t(
                'Words match names, headlines, companies, tags and notes; or tag:kafka, category:client, company:acme, is:unfollowed, is:due, is:todo, is:moved, connected:<2025-06-01, lastContact:none, lastContact:<2026-01-01, notes:none (all must match)',
              ),
              value: people.provider.filter?.text ?? '',
              validateInput: v => {
                const problems = parsePeopleFilter(v)?.problems ?? [];
                return problems.length
                  ? {
                      message: vscode.l10n.t('Not understood: {0}', plainMessage(problems.join('; '))),
                      severity: vscode.InputBoxValidationSeverity.Warning,
                    }
                  : undefined;
              },
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
    /** The title bar's toggle (setting `contractorNetwork.groupPeopleBy`); resolves once the view follows. */
    groupPeopleByCompany: () => config.setGroupPeopleBy('company'),
    groupPeopleByCategory: () => config.setGroupPeopleBy('category'),
  };
}
