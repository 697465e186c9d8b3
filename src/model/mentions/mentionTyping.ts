// What completion needs to know while a mention is being typed: where it starts and what has
// been typed of the name so far (`@Pri` or `@[Priya An`), and what after the cursor belongs to it.

export interface MentionInProgress {
  /** The column of the `@`. */
  readonly start: number;
  /** Typed with the bracket (`@[`), or as `@name`. */
  readonly bracket: boolean;
  /** What is typed of the name. */
  readonly query: string;
}

/** Not after a letter, digit or the other characters of an e-mail address (nor an escaping backslash). */
const NOT_ADDRESS = String.raw`(?:^|[^\p{L}\p{N}._%+\-\\])`;
const WITH_BRACKET = new RegExp(`${NOT_ADDRESS}@\\[([^\\[\\]\\r\\n]*)$`, 'u');
const WITHOUT_BRACKET = new RegExp(`${NOT_ADDRESS}@([\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*)?$`, 'u');

/** The mention being typed at the end of `before` (the line up to the cursor), if any. */
export function mentionInProgress(before: string): MentionInProgress | undefined {
  const bracket = WITH_BRACKET.exec(before);
  if (bracket) {
    return { start: before.length - bracket[1].length - 2, bracket: true, query: bracket[1] };
  }
  const plain = WITHOUT_BRACKET.exec(before);
  if (plain) {
    const query = plain[1] ?? '';
    return { start: before.length - query.length - 1, bracket: false, query };
  }
  return undefined;
}

/**
 * How much of `after` (the line after the cursor) the completion replaces too: the rest of the
 * name and the `]` of a mention typed with the bracket (often closed by the editor already).
 */
export function mentionRestLength(after: string, bracket: boolean): number {
  const m = bracket ? /^[^[\]@\r\n]*\]/.exec(after) : /^[\p{L}\p{N}'’-]*/u.exec(after);
  return m ? m[0].length : 0;
}
