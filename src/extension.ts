import * as vscode from 'vscode';
import { registerCommands } from './commands/commandTable';
import { fileCommands } from './commands/fileCommands';
import { UserError } from './commands/userError';
import { Configuration } from './services/configuration';
import { NetworkStore } from './services/networkStore';
import { PeopleView } from './views/peopleView';

/** What activate() returns: handles for the in-host tests (users never need it). */
export interface ContractorNetworkApi {
  readonly store: NetworkStore;
  readonly people: PeopleView;
}

export function activate(context: vscode.ExtensionContext): ContractorNetworkApi {
  const config = new Configuration();
  const store = new NetworkStore(config);
  const people = new PeopleView(store);
  context.subscriptions.push(store, people);

  context.subscriptions.push(...registerCommands({
    ...fileCommands(store, config, people),
  }, reportFailure));

  void store.locate();
  return { store, people };
}

/** Shows a command's failure: a UserError as it is, anything else as a short apology with the reason. */
function reportFailure(id: string, error: unknown): void {
  if (error instanceof UserError) {
    const show = error.severity === 'warning' ? vscode.window.showWarningMessage
      : error.severity === 'info' ? vscode.window.showInformationMessage : vscode.window.showErrorMessage;
    void show(error.message);
    return;
  }
  const reason = error instanceof Error ? error.message : String(error);
  void vscode.window.showErrorMessage(`Contractor Network could not finish "${id}": ${reason}`);
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}
