import * as vscode from 'vscode';

/** Command ids (without the `contractorNetwork.` prefix) mapped to their handlers. */
export type CommandTable = Record<string, (...args: unknown[]) => unknown>;

export const COMMAND_PREFIX = 'contractorNetwork.';

/**
 * Registers a table of commands. A handler's failure is shown as a message rather than thrown
 * into the user's face, and still rejects for callers (scripts, tests) that await the command.
 */
export function registerCommands(
  table: CommandTable,
  report: (id: string, error: unknown) => void,
): vscode.Disposable[] {
  return Object.entries(table).map(([id, handler]) =>
    vscode.commands.registerCommand(COMMAND_PREFIX + id, async (...args: unknown[]) => {
      try {
        return await handler(...args);
      } catch (e) {
        report(id, e);
        throw e;
      }
    }),
  );
}

/**
 * A table of `ids` whose handlers come from `build`, called on the first command: the commands
 * are registered at activation without loading their code (in the Node build, a lazy bundle).
 */
export function deferredTable(ids: readonly string[], build: () => CommandTable): CommandTable {
  return Object.fromEntries(
    ids.map(id => [
      id,
      (...args: unknown[]) => {
        const handler = build()[id];
        if (!handler) {
          throw new Error(`${COMMAND_PREFIX}${id} is declared but has no handler`);
        }
        return handler(...args);
      },
    ]),
  );
}
