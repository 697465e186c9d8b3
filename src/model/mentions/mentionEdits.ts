// What renaming a person does to the notes that mention them by name: every `@[Old Name]`
// (however it is capitalised or spaced inside the brackets) becomes `@[New Name]`.

import type { TextEdit } from '../yaml/textEdits';
import { closingBracket, mentionKey, parseMentions } from './mentionParse';

/** Why `name` cannot be written inside `@[…]`, or undefined when it can. */
export function mentionNameProblem(name: string): string | undefined {
  const t = name.trim();
  if (!t) {
    return 'A name cannot be empty.';
  }
  if (/[\r\n]/.test(t)) {
    return 'A name is one line.';
  }
  const text = `@[${t}]`;
  if (closingBracket(text, 1) !== text.length - 1) {
    return `"${t}" has brackets that do not pair up, so @[${t}] would not read back as a mention.`;
  }
  if (mentionKey(t)?.startsWith('profile:')) {
    return `"${t}" reads as a profile (in/…), not as a name.`;
  }
  return undefined;
}

/** The edits that rewrite the mentions of `text` naming `oldName` as mentions of `newName`. */
export function renameMentionEdits(text: string, oldName: string, newName: string): TextEdit[] {
  const oldKey = mentionKey(oldName);
  if (!oldKey || oldKey.startsWith('profile:')) {
    return [];
  }
  const written = `@[${newName.trim()}]`;
  return parseMentions(text)
    .filter(m => m.key === oldKey && text.slice(m.start, m.end) !== written)
    .map(m => ({ start: m.start, end: m.end, text: written }));
}
