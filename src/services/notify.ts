import * as vscode from 'vscode';
import { plainNotice } from '../model/people/plainLabel';

// Every notification the extension shows goes through here (test/unit/notifications.test.ts fails
// on a direct window.show…Message elsewhere): VS Code turns `[label](command:…)` in a message into
// a link that runs the command, and a right-to-left override in a name would reorder what follows,
// so the message, a modal's detail and every button title are made plain (plainNotice). The
// button chosen is returned as it was given, so callers compare it with their own title.

export type NoticeSeverity = 'info' | 'warning' | 'error';

function show<T extends string>(
  severity: NoticeSeverity,
  message: string,
  options: vscode.MessageOptions | undefined,
  buttons: readonly T[],
): Thenable<T | undefined> {
  // looked up on each call, not kept: the in-host tests watch window's own functions
  const w = vscode.window;
  const kind =
    severity === 'warning' ? w.showWarningMessage : severity === 'info' ? w.showInformationMessage : w.showErrorMessage;
  const titles = buttons.map(b => plainNotice(b));
  const shown = options ? kind(plainNotice(message), options, ...titles) : kind(plainNotice(message), ...titles);
  return shown.then(choice => (choice === undefined ? undefined : buttons[titles.indexOf(choice)]));
}

/** Notifications with user text in them, shown as typed: no command link, bidi isolated. */
export const notify = {
  info: <T extends string>(message: string, ...buttons: T[]): Thenable<T | undefined> =>
    show('info', message, undefined, buttons),
  warn: <T extends string>(message: string, ...buttons: T[]): Thenable<T | undefined> =>
    show('warning', message, undefined, buttons),
  error: <T extends string>(message: string, ...buttons: T[]): Thenable<T | undefined> =>
    show('error', message, undefined, buttons),
  /** A notification of the given severity (a UserError's). */
  as: <T extends string>(severity: NoticeSeverity, message: string, ...buttons: T[]): Thenable<T | undefined> =>
    show(severity, message, undefined, buttons),
  /** A modal warning that asks before acting; its detail is plain too. */
  ask: <T extends string>(message: string, detail: string, ...buttons: T[]): Thenable<T | undefined> =>
    show('warning', message, { modal: true, detail: plainNotice(detail) }, buttons),
};
