/** A failure the user can act on: its message is shown as it is, without a stack or prefix. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly severity: 'error' | 'warning' | 'info' = 'error',
    /** Buttons on the message: what the user can do about it. */
    readonly actions: readonly { readonly title: string; readonly run: () => unknown }[] = [],
  ) {
    super(message);
    this.name = 'UserError';
  }
}
