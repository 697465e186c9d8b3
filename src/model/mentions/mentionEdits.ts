// What renaming a person does to the notes that mention them by name: every `@[Old Name]`
// (however it is capitalised or spaced inside the brackets) becomes `@[New Name]`.

import * as l10n from '@vscode/l10n';
import type { Entry, NetworkModel } from '../network/network';
import { viaRef } from '../opportunities/opportunity';
import { normaliseName } from '../people/identity';
import { personOf } from '../people/person';
import { formatFlowString, formatString } from '../yaml/scalar';
import { findPair } from '../yaml/syntax';
import type { TextEdit } from '../yaml/textEdits';
import { closingBracket, mentionKey, parseMentions } from './mentionParse';

/** Why `name` cannot be written inside `@[…]`, or undefined when it can. */
export function mentionNameProblem(name: string): string | undefined {
  const t = name.trim();
  if (!t) {
    return l10n.t('A name cannot be empty.');
  }
  if (/[\r\n]/.test(t)) {
    return l10n.t('A name is one line.');
  }
  const text = `@[${t}]`;
  if (closingBracket(text, 1) !== text.length - 1) {
    return l10n.t('"{0}" has brackets that do not pair up, so @[{0}] would not read back as a mention.', t);
  }
  if (mentionKey(t)?.startsWith('profile:')) {
    return l10n.t('"{0}" reads as a profile (in/…), not as a name.', t);
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

/**
 * The edits to network.yaml that rename a person: the entry's `name`, and the `via` of every
 * opportunity that names them by name (a `via` with a profile URL still finds them).
 */
export function renamePersonEdits(model: NetworkModel, entry: Entry, newName: string): TextEdit[] {
  const node = entry.parsed.node;
  const pair = node.kind === 'map' ? findPair(node, 'name') : undefined;
  if (node.kind !== 'map' || !pair || pair.value.kind !== 'scalar') {
    return [];
  }
  const name = newName.trim();
  const format = (flow: boolean): string => (flow ? formatFlowString(name) : formatString(name));
  const edits: TextEdit[] = [valueEdit(entry.start, pair.value.start, pair.value.end, format(node.flow))];
  const oldName = normaliseName(personOf(entry).name);
  for (const o of model.opportunities) {
    const on = o.parsed.node;
    const via = on.kind === 'map' ? findPair(on, 'via') : undefined;
    const value = via?.value;
    if (on.kind === 'map' && value?.kind === 'scalar' && typeof value.value === 'string') {
      const ref = viaRef(value.value.trim());
      if (ref?.name && normaliseName(ref.name) === oldName) {
        edits.push(valueEdit(o.start, value.start, value.end, format(on.flow)));
      }
    }
  }
  return edits;
}

function valueEdit(entryStart: number, start: number, end: number, text: string): TextEdit {
  return start === end
    ? { start: entryStart + start, end: entryStart + end, text: ` ${text}` }
    : { start: entryStart + start, end: entryStart + end, text };
}
