import * as vscode from 'vscode';
import type { PeopleGroup } from '../model/people/peopleGroups';
import { plainTitle } from '../model/people/plainLabel';
import type { NetworkFile } from '../services/networkFile';
import { categoryIcon } from './icons';

const GROUP_ICONS: Record<string, string> = {
  invitations: 'mail',
  archive: 'archive',
  uncategorized: 'question',
  due: 'bell',
  todo: 'tasklist',
  moved: 'arrow-swap',
  company: 'organization',
  noCompany: 'question',
  availability: 'calendar',
};

/** "Invitations (6)", "Clients (12)", "To do on LinkedIn (3)", "Nordwerk GmbH (3)  client". */
export class GroupNode extends vscode.TreeItem {
  constructor(
    readonly file: NetworkFile,
    readonly group: PeopleGroup,
    id: string,
    count: number,
    expanded: boolean,
  ) {
    super(
      `${plainTitle(group.label)} (${count})`,
      count === 0
        ? vscode.TreeItemCollapsibleState.None
        : expanded
          ? vscode.TreeItemCollapsibleState.Expanded
          : vscode.TreeItemCollapsibleState.Collapsed,
    );
    this.id = id;
    this.description = group.description && plainTitle(group.description);
    this.iconPath = new vscode.ThemeIcon(
      group.kind === 'category' ? categoryIcon(group.category) : (GROUP_ICONS[group.kind] ?? 'folder'),
    );
    this.contextValue = `group.${group.kind}`;
  }
}
