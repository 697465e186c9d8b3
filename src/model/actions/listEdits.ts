// Whole-entry edits of the lists: take an entry out (with its attached comments), append one at
// the end of a list (creating the list where the contract's order puts it), move one between lists.

import * as l10n from '@vscode/l10n';
import type { Entry, EntryList, NetworkModel, PersonList, Section } from '../network/network';
import { section, SECTION_ORDER, sourceOf } from '../network/network';
import type { EntryFields } from '../yaml/entryFields';
import { reindent } from '../yaml/entryFields';
import type { TextSource } from '../yaml/pieceText';
import type { TextEdit } from '../yaml/textEdits';
import { normalizeEdits } from '../yaml/textEdits';

export class ListEditError extends Error {}

/** The entry, edited, moves from its list to the end of `target` (created when missing). */
export function moveEntry(model: NetworkModel, entry: Entry, target: PersonList, fields: EntryFields): TextEdit[] {
  const from = section(model, entry.list);
  if (!from || from.valueKind !== 'block-seq' || entry.parsed.indent < 0) {
    throw new ListEditError(
      l10n.t(
        'the {0} list is written in flow style ([...]), which actions do not rewrite; write it as a block list (one "- " per entry)',
        entry.list,
      ),
    );
  }
  const text = sourceOf(model);
  const edits: TextEdit[] = [];
  const moved = leadingComments(text, entry) + fields.result();
  edits.push(...removeFromList(model, from, entry));
  edits.push(...appendToList(model, target, moved, entry.parsed.indent, from.itemIndent));
  return normalizeEdits(edits);
}

/**
 * Several entries of one block list, each edited, move to the end of `target` in the order
 * given, as one set of edits (cleanUp: one undo step however many people).
 */
export function moveEntries(
  model: NetworkModel,
  moves: readonly { readonly entry: Entry; readonly editor: EntryFields }[],
  target: PersonList,
): TextEdit[] {
  if (moves.length === 0) {
    return [];
  }
  const from = section(model, moves[0].entry.list);
  if (!from || from.valueKind !== 'block-seq' || moves.some(m => m.entry.parsed.indent < 0)) {
    throw new ListEditError(
      l10n.t(
        'the {0} list is written in flow style ([...]), which actions do not rewrite; write it as a block list (one "- " per entry)',
        moves[0].entry.list,
      ),
    );
  }
  const eol = model.eol;
  const sep = section(model, target)?.blankSeparated ? eol : '';
  const blocks = moves.map(({ entry, editor }) => {
    const block = leadingComments(sourceOf(model), entry) + editor.result();
    return reindent(block.endsWith('\n') ? block : block + eol, from.itemIndent - entry.parsed.indent);
  });
  return normalizeEdits([
    ...removeEntries(
      model,
      from,
      moves.map(m => m.entry),
    ),
    ...appendToList(model, target, blocks.join(sep), from.itemIndent, from.itemIndent),
  ]);
}

function leadingComments(text: TextSource, entry: Entry): string {
  return text.slice(entry.blockStart, entry.start);
}

/** Deletes an entry (with its attached comments) from a block list; an emptied list becomes `key: []`. */
export function removeFromList(model: NetworkModel, list: Section, entry: Entry): TextEdit[] {
  return removeEntries(model, list, [entry]);
}

/**
 * Deletes entries of one block list, each with the comment lines attached above it; comments
 * that belong to no entry stay. A list left empty becomes `key: []`.
 */
export function removeEntries(model: NetworkModel, list: Section, entries: readonly Entry[]): TextEdit[] {
  if (entries.length === 0) {
    return [];
  }
  if (list.valueKind !== 'block-seq') {
    throw new ListEditError(
      l10n.t('the {0} list is written in flow style ([...]), which actions do not rewrite', list.key),
    );
  }
  const text = sourceOf(model);
  const all = list.entries;
  const removed = new Set(entries.map(e => e.start));
  const edits: TextEdit[] = [];
  for (const entry of entries) {
    const i = all.findIndex(e => e.start === entry.start);
    let start = entry.blockStart;
    let end = entry.end;
    if (list.blankSeparated && all.length > 1) {
      // keep one blank line between the entries that stay: take the blank run before this one,
      // or (first entry) the one after it when the next entry stays
      if (i > 0) {
        start = Math.max(all[i - 1].end, blankLinesBefore(text, start));
      } else if (i + 1 < all.length && !removed.has(all[i + 1].start)) {
        end = Math.min(all[i + 1].blockStart, blankLinesAfter(text, end));
      }
    }
    edits.push({ start, end, text: '' });
  }
  if (removed.size === all.length) {
    edits.push({ start: list.keyEnd + 1, end: list.keyEnd + 1, text: ' []' });
  }
  return edits;
}

/** Start of the run of blank lines ending at `p` (a line start). */
function blankLinesBefore(text: TextSource, p: number): number {
  let s = p;
  for (;;) {
    const prevStart = text.lastIndexOf('\n', s - 2) + 1;
    if (s === 0 || text.slice(prevStart, s).trim() !== '') {
      return s;
    }
    s = prevStart;
  }
}

/** End of the run of blank lines starting at `p` (a line start). */
function blankLinesAfter(text: TextSource, p: number): number {
  let e = p;
  for (;;) {
    if (e >= text.length) {
      return e;
    }
    const nl = text.indexOf('\n', e);
    const next = nl < 0 ? text.length : nl + 1;
    if (text.slice(e, next).trim() !== '') {
      return e;
    }
    e = next;
  }
}

/**
 * Inserts entry blocks (written at column `fromIndent`) at the end of `target`, re-indented to
 * the list's own indent; creates the list when missing or empty (then at `fallbackIndent`).
 */
export function appendToList(
  model: NetworkModel,
  target: EntryList,
  block: string,
  fromIndent: number,
  fallbackIndent: number,
): TextEdit[] {
  const text = sourceOf(model);
  const eol = model.eol;
  const withEol = block.endsWith('\n') ? block : block + eol;
  const list = section(model, target);
  if (list && list.valueKind === 'block-seq' && list.entries.length > 0) {
    const at = endOfLastEntry(text, list);
    const lead = at > 0 && text.charCodeAt(at - 1) !== 10 ? eol : '';
    const sep = list.blankSeparated ? eol : '';
    return [{ start: at, end: at, text: lead + sep + reindent(withEol, list.itemIndent - fromIndent) }];
  }
  const indent = fallbackIndent >= 0 ? fallbackIndent : 2;
  const body = reindent(withEol, indent - fromIndent);
  if (list) {
    if (
      list.valueKind !== 'empty' &&
      list.valueKind !== 'flow-seq' &&
      !(list.valueKind === 'block-seq' && list.entries.length === 0)
    ) {
      throw new ListEditError(
        l10n.t('the {0} list is not written as a plain list, so nothing can be added to it', target),
      );
    }
    // `archive: []` or `archive:` (with perhaps some comment lines under it)
    const edits: TextEdit[] = [];
    if (list.inlineEnd > list.inlineStart) {
      let s = list.inlineStart;
      while (s > list.keyEnd + 1 && text.charCodeAt(s - 1) === 32) {
        s--;
      }
      edits.push({ start: s, end: list.inlineEnd, text: '' });
    }
    const at = list.bodyEnd;
    const lead = at > 0 && text.charCodeAt(at - 1) !== 10 ? eol : '';
    // comment lines under the key are the list's own: a blank line after them keeps the first entry
    // from taking them as its own (they would leave with it)
    const under = text.slice(list.headerEnd, at);
    const keep = under.trim() !== '' && !/\n[ \t]*\r?\n$/.test(lead ? under + '\n' : under) ? eol : '';
    edits.push({ start: at, end: at, text: lead + keep + body });
    return edits;
  }
  // the list is missing: create it after the closest list that comes before it in the usual order
  const order = SECTION_ORDER as readonly string[];
  const before = model.sections.filter(s => order.indexOf(s.key) >= 0 && order.indexOf(s.key) < order.indexOf(target));
  const after = before.length
    ? before.reduce((a, b) => (order.indexOf(a.key) > order.indexOf(b.key) ? a : b))
    : undefined;
  const at = after ? after.bodyEnd : text.length;
  const lead = at > 0 && text.charCodeAt(at - 1) !== 10 ? eol : '';
  const sep = usesBlankLinesBetweenSections(model) ? eol : '';
  return [{ start: at, end: at, text: `${lead}${sep}${target}:${eol}${body}` }];
}

/**
 * Where an entry appended to a block list goes: after the last entry and the comments that are
 * its own (indented under its fields: the scanner gives them to it), before the comment lines at
 * the list's indent that follow it (`  # end of archive`): they close the list and stay last, as
 * one at column 0 does (the scanner leaves it out of the list's body). Blank lines before such a
 * comment stay before it.
 */
function endOfLastEntry(text: TextSource, list: Section): number {
  const last = list.entries[list.entries.length - 1].end;
  for (let p = last; p < list.bodyEnd;) {
    const nl = text.indexOf('\n', p);
    const next = nl < 0 || nl >= list.bodyEnd ? list.bodyEnd : nl + 1;
    const line = text.slice(p, next).trim();
    if (line !== '' && !line.startsWith('#')) {
      return list.bodyEnd; // not only comments after it (no such list parses): its end, as before
    }
    p = next;
  }
  return last;
}

function usesBlankLinesBetweenSections(model: NetworkModel): boolean {
  const text = sourceOf(model);
  return model.sections.slice(1).some(s => s.lineStart >= 2 && endsWithBlankLine(text, s.lineStart));
}

/** Whether the text before `p`, without its \r characters, ends with two line breaks. */
function endsWithBlankLine(text: TextSource, p: number): boolean {
  let i = p - 1;
  for (let breaks = 0; breaks < 2; breaks++) {
    while (i >= 0 && text.charCodeAt(i) === 13) {
      i--;
    }
    if (i < 0 || text.charCodeAt(i) !== 10) {
      return false;
    }
    i--;
  }
  return true;
}
