/** A failure the user can act on: its message is shown as it is, without a stack or prefix. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly severity: 'error' | 'warning' | 'info' = 'error',
  ) {
    super(message);
    this.name = 'UserError';
  }
}
