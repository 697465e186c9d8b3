// The comments of a stretch of YAML, and the comment lines one version has that the other lacks:
// a merge keeps the comments of both sides.

import { Lexer } from 'yaml';

/** A comment as written (`# text`), and the column it starts at when it is alone on its line. */
export interface CommentLine {
  readonly text: string;
  /** The column of the `#` when the comment has its line to itself; undefined after other content. */
  readonly column?: number;
}

/** The yaml lexer's marker of a scalar: the token after it is the scalar's source, never a comment. */
const SCALAR = '\x1f';

/** The comments of a stretch of YAML text, in order (a `#` inside a scalar is not one). */
export function commentsIn(text: string): CommentLine[] {
  if (!text.includes('#')) {
    return [];
  }
  const out: CommentLine[] = [];
  let offset = 0;
  let afterScalarMark = false;
  for (const tok of new Lexer().lex(text)) {
    if (tok === SCALAR) {
      afterScalarMark = true;
      continue;
    }
    if (tok === '\x02' || tok === '\x18') {
      continue; // control tokens: no source text
    }
    if (!afterScalarMark && tok.startsWith('#')) {
      const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
      const before = text.slice(lineStart, offset);
      out.push({ text: tok.trimEnd(), column: before.trim() === '' ? before.length : undefined });
    }
    afterScalarMark = false;
    offset += tok.length;
  }
  return out;
}

/** The comments of `theirs` that `ours` does not have (as many times as they are missing). */
export function missingComments(theirs: readonly CommentLine[], ours: readonly CommentLine[]): CommentLine[] {
  const have = new Map<string, number>();
  for (const c of ours) {
    have.set(c.text, (have.get(c.text) ?? 0) + 1);
  }
  const out: CommentLine[] = [];
  for (const c of theirs) {
    const n = have.get(c.text) ?? 0;
    if (n > 0) {
      have.set(c.text, n - 1);
    } else {
      out.push(c);
    }
  }
  return out;
}

/** Comments as lines of their own, at their column (or `column` when they followed other content). */
export function commentLines(comments: readonly CommentLine[], column: number, eol: string): string {
  return comments.map(c => `${' '.repeat(c.column ?? column)}${c.text}${eol}`).join('');
}
