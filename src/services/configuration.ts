import * as vscode from 'vscode';

export const CONFIG_SECTION = 'contractorNetwork';

/** The settings of contract §5, read fresh each time (they can change while the extension runs). */
export class Configuration {
  private get config(): vscode.WorkspaceConfiguration {
    return vscode.workspace.getConfiguration(CONFIG_SECTION);
  }

  fileGlob(folder?: vscode.WorkspaceFolder): string {
    const v = vscode.workspace.getConfiguration(CONFIG_SECTION, folder?.uri).get<string>('file', 'network.yaml');
    return typeof v === 'string' && v.trim() ? v.trim() : 'network.yaml';
  }

  postsFolder(folder?: vscode.WorkspaceFolder): string {
    const v = vscode.workspace.getConfiguration(CONFIG_SECTION, folder?.uri).get<string>('postsFolder', 'posts');
    return typeof v === 'string' && v.trim() ? v.trim() : 'posts';
  }

  snoozeDays(): number {
    const v = this.config.get<number>('snoozeDays', 7);
    return typeof v === 'number' && Number.isFinite(v) && v >= 1 ? Math.min(Math.floor(v), 3650) : 7;
  }

  /** How many weeks before `me.availableFrom` the Availability group appears (contract §5). */
  availabilityLeadWeeks(): number {
    return this.wholeNumber('availabilityLeadWeeks', 8, 0, 104);
  }

  /** Months after which a quiet contact is a clean-up candidate (contract §5). */
  cleanupMonths(): number {
    return this.wholeNumber('cleanupMonths', 6, 1, 600);
  }

  private wholeNumber(key: string, fallback: number, min: number, max: number): number {
    const v = this.config.get<number>(key, fallback);
    return typeof v === 'number' && Number.isFinite(v) && v >= min ? Math.min(Math.floor(v), max) : fallback;
  }

  /** A switch that is on unless the user turned it off (`confirmNotKnown`, `linkedinTodos`). */
  isOn(key: 'confirmNotKnown' | 'linkedinTodos'): boolean {
    return this.config.get<boolean>(key, true) !== false;
  }

  /** How the People view groups contacts (beyond the contract): by category (default) or by company. */
  groupPeopleBy(): 'category' | 'company' {
    return this.config.get<string>('groupPeopleBy', 'category') === 'company' ? 'company' : 'category';
  }

  /** Sets groupPeopleBy where it is set now: the workspace's setting if it has one, else the user's. */
  async setGroupPeopleBy(value: 'category' | 'company'): Promise<void> {
    const inspect = this.config.inspect<string>('groupPeopleBy');
    const target =
      inspect?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await this.config.update('groupPeopleBy', value, target);
  }

  unicodeStyling(): boolean {
    return this.config.get<boolean>('unicodeStyling', false) === true;
  }
}
