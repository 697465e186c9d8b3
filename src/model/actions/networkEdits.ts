// What each action of contract §2 does to the file, as minimal text edits: only the touched
// entries' lines change, plus the end of the target list; everything else stays byte for byte.

import { addDays, isRealDay } from '../calendar/dates';
import { EntryEditError, EntryEditor, reindent } from '../yaml/entryEditor';
import type { EntryRef } from '../people/identity';
import { refMatches } from '../people/identity';
import { lineColumn } from '../yaml/lineIndex';
import type { Entry, NetworkModel, PersonList, Section } from '../network/network';
import { record, section, SECTION_ORDER } from '../network/network';
import { personOf } from '../people/person';
import { firstMatchingRule, rulesOf } from '../rules/rules';
import { formatFlowString } from '../yaml/scalar';
import type { TextEdit } from '../yaml/textEdits';
import { normalizeEdits } from '../yaml/textEdits';

export type ActionKind =
  | 'accept'
  | 'ignore'
  | 'notKnown'
  | 'later'
  | 'remove'
  | 'restore'
  | 'unfollow'
  | 'follow'
  | 'addNote'
  | 'setCategory'
  | 'addTag'
  | 'setFollowUp';

export interface ActionRequest {
  readonly kind: ActionKind;
  readonly ref: EntryRef;
  /** The note text, category, tag, follow-up date or removal reason. */
  readonly value?: string;
}

export interface ActionContext {
  /** The user's local day, YYYY-MM-DD. */
  readonly today: string;
  readonly snoozeDays: number;
}

export type ActionResult =
  | { readonly ok: true; readonly edits: TextEdit[]; readonly message: string; readonly name: string }
  | { readonly ok: false; readonly message: string; readonly offset?: number };

/** The list an action works on. */
export const ACTION_LIST: Record<ActionKind, PersonList> = {
  accept: 'invitations',
  ignore: 'invitations',
  notKnown: 'invitations',
  later: 'invitations',
  remove: 'contacts',
  unfollow: 'contacts',
  follow: 'contacts',
  addNote: 'contacts',
  setCategory: 'contacts',
  addTag: 'contacts',
  setFollowUp: 'contacts',
  restore: 'archive',
};

const LIST_NOUN: Record<PersonList, string> = {
  invitations: 'pending invitation',
  contacts: 'contact',
  archive: 'archived entry',
};

/** Refuses to touch a file with YAML errors, pointing at the first one. */
export function refuseIfBroken(model: NetworkModel): ActionResult | undefined {
  const err = model.syntaxErrors[0];
  if (!err) {
    return undefined;
  }
  const { line, column } = lineColumn(model.text, err.start);
  return {
    ok: false,
    offset: err.start,
    message: `network.yaml has a YAML error on line ${line + 1}, column ${column + 1}: ${err.message.replace(/^YAML syntax: /, '')} Fix it first; nothing was written.`,
  };
}

/** The entry a reference points at in `list` (its index, when given and still right, tells duplicates apart). */
export function findEntry(model: NetworkModel, list: PersonList, ref: EntryRef, exclude?: Entry): Entry | undefined {
  const matches = (e: Entry): boolean => {
    const r = record(e);
    return e !== exclude && refMatches(ref, r.profile, r.name);
  };
  if (typeof ref.index === 'number' && (!ref.list || ref.list === list)) {
    const at = model[list][ref.index];
    if (at && matches(at)) {
      return at;
    }
  }
  return model[list].find(matches);
}

function describeRef(ref: EntryRef): string {
  return ref.name ?? ref.profile ?? 'that person';
}

export function planAction(model: NetworkModel, req: ActionRequest, ctx: ActionContext): ActionResult {
  const broken = refuseIfBroken(model);
  if (broken) {
    return broken;
  }
  const list = ACTION_LIST[req.kind];
  const entry = findEntry(model, list, req.ref);
  if (!entry) {
    const elsewhere = (['invitations', 'contacts', 'archive'] as const).find(
      l => l !== list && findEntry(model, l, req.ref),
    );
    return {
      ok: false,
      message: elsewhere
        ? `${describeRef(req.ref)} is not a ${LIST_NOUN[list]} but a ${LIST_NOUN[elsewhere]}; nothing was changed.`
        : `There is no ${LIST_NOUN[list]} ${describeRef(req.ref)} in network.yaml; nothing was changed.`,
    };
  }
  try {
    const planned = planFor(model, entry, req, ctx);
    // an edit that writes what is already there is no edit (it would only dirty the document)
    const edits = planned.edits.filter(e => model.text.slice(e.start, e.end) !== e.text);
    return { ok: true, edits, message: planned.message, name: personOf(entry).name };
  } catch (e) {
    if (e instanceof EntryEditError || e instanceof ListEditError) {
      return { ok: false, offset: entry.start, message: `${personOf(entry).name}: ${e.message}; nothing was changed.` };
    }
    throw e;
  }
}

function planFor(
  model: NetworkModel,
  entry: Entry,
  req: ActionRequest,
  ctx: ActionContext,
): { edits: TextEdit[]; message: string } {
  const editor = new EntryEditor(entry.parsed, model.eol);
  const name = personOf(entry).name;
  const today = ctx.today;
  switch (req.kind) {
    case 'accept': {
      editor.remove('snoozed').set('connected', today);
      const rule = firstMatchingRule(rulesOf(model), record(entry));
      if (rule?.category) {
        editor.setString('category', rule.category);
      }
      if (rule?.following === false) {
        editor.set('following', 'false');
      } else if (rule?.following === true) {
        editor.remove('following');
      }
      return { edits: moveEntry(model, entry, 'contacts', editor), message: `Accepted ${name}.` };
    }
    case 'ignore':
    case 'notKnown': {
      editor
        .remove('snoozed')
        .set('outcome', req.kind === 'ignore' ? 'ignored' : 'not-known')
        .set('decided', today);
      return {
        edits: moveEntry(model, entry, 'archive', editor),
        message: req.kind === 'ignore' ? `Ignored ${name}.` : `Archived ${name} as not known.`,
      };
    }
    case 'later': {
      const until = addDays(today, ctx.snoozeDays);
      editor.set('snoozed', until);
      return { edits: inPlace(entry, editor), message: `${name} is snoozed until ${until}.` };
    }
    case 'remove': {
      editor.set('outcome', 'removed').set('decided', today);
      if (req.value && req.value.trim()) {
        editor.setString('reason', req.value.trim());
      }
      return { edits: moveEntry(model, entry, 'archive', editor), message: `Removed ${name} (kept in the archive).` };
    }
    case 'restore': {
      const outcome = personOf(entry).outcome;
      editor.remove('outcome').remove('decided').remove('reason');
      const target: PersonList = outcome === 'removed' ? 'contacts' : 'invitations';
      return { edits: moveEntry(model, entry, target, editor), message: `Restored ${name} to ${target}.` };
    }
    case 'unfollow':
      editor.set('following', 'false');
      return { edits: inPlace(entry, editor), message: `Unfollowed ${name}: still connected, no feed noise.` };
    case 'follow':
      editor.remove('following');
      return { edits: inPlace(entry, editor), message: `Following ${name} again.` };
    case 'addNote': {
      const note = (req.value ?? '').trim();
      if (!note) {
        throw new EntryEditError('a note needs some text');
      }
      editor
        .appendMap('notes', [
          ['date', today],
          ['text', formatFlowString(note)],
        ])
        .set('lastContact', today);
      return { edits: inPlace(entry, editor), message: `Added a note to ${name}.` };
    }
    case 'setCategory': {
      const category = (req.value ?? '').trim();
      if (!category) {
        throw new EntryEditError('a category is needed');
      }
      editor.setString('category', category);
      return { edits: inPlace(entry, editor), message: `${name} is now in ${category}.` };
    }
    case 'addTag': {
      const tag = (req.value ?? '').trim();
      if (!tag) {
        throw new EntryEditError('a tag is needed');
      }
      if (personOf(entry).tags.some(t => t.toLowerCase() === tag.toLowerCase())) {
        return { edits: [], message: `${name} already has the tag ${tag}.` };
      }
      editor.appendScalar('tags', formatFlowString(tag));
      return { edits: inPlace(entry, editor), message: `Tagged ${name} with ${tag}.` };
    }
    case 'setFollowUp': {
      const day = (req.value ?? '').trim();
      if (!isRealDay(day)) {
        throw new EntryEditError(`"${day}" is not a date written YYYY-MM-DD`);
      }
      editor.set('followUp', day);
      return { edits: inPlace(entry, editor), message: `Follow up with ${name} on ${day}.` };
    }
  }
}

function inPlace(entry: Entry, editor: EntryEditor): TextEdit[] {
  return editor.allEdits().map(e => ({ start: e.start + entry.start, end: e.end + entry.start, text: e.text }));
}

export class ListEditError extends Error {}

/** The entry, edited, moves from its list to the end of `target` (created when missing). */
export function moveEntry(model: NetworkModel, entry: Entry, target: PersonList, editor: EntryEditor): TextEdit[] {
  const from = section(model, entry.list);
  if (!from || from.valueKind !== 'block-seq' || entry.parsed.indent < 0) {
    throw new ListEditError(
      `the ${entry.list} list is written in flow style ([...]), which actions do not rewrite; write it as a block list (one "- " per entry)`,
    );
  }
  const text = model.text;
  const edits: TextEdit[] = [];
  const moved = leadingComments(text, entry) + editor.result();
  edits.push(...removeFromList(model, from, entry));
  edits.push(...appendToList(model, target, moved, entry.parsed.indent, from.itemIndent));
  return normalizeEdits(edits);
}

function leadingComments(text: string, entry: Entry): string {
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
    throw new ListEditError(`the ${list.key} list is written in flow style ([...]), which actions do not rewrite`);
  }
  const text = model.text;
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
function blankLinesBefore(text: string, p: number): number {
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
function blankLinesAfter(text: string, p: number): number {
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
  target: PersonList,
  block: string,
  fromIndent: number,
  fallbackIndent: number,
): TextEdit[] {
  const text = model.text;
  const eol = model.eol;
  const withEol = block.endsWith('\n') ? block : block + eol;
  const list = section(model, target);
  if (list && list.valueKind === 'block-seq' && list.entries.length > 0) {
    const at = list.bodyEnd;
    const lead = at > 0 && text[at - 1] !== '\n' ? eol : '';
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
      throw new ListEditError(`the ${target} list is not written as a plain list, so nothing can be added to it`);
    }
    // `archive: []` or `archive:` (with perhaps some comment lines under it)
    const edits: TextEdit[] = [];
    if (list.inlineEnd > list.inlineStart) {
      let s = list.inlineStart;
      while (s > list.keyEnd + 1 && text[s - 1] === ' ') {
        s--;
      }
      edits.push({ start: s, end: list.inlineEnd, text: '' });
    }
    const at = list.bodyEnd;
    const lead = at > 0 && text[at - 1] !== '\n' ? eol : '';
    edits.push({ start: at, end: at, text: lead + body });
    return edits;
  }
  // the list is missing: create it after the closest list that comes before it in the usual order
  const order = SECTION_ORDER as readonly string[];
  const before = model.sections.filter(s => order.indexOf(s.key) >= 0 && order.indexOf(s.key) < order.indexOf(target));
  const after = before.length
    ? before.reduce((a, b) => (order.indexOf(a.key) > order.indexOf(b.key) ? a : b))
    : undefined;
  const at = after ? after.bodyEnd : text.length;
  const lead = at > 0 && text[at - 1] !== '\n' ? eol : '';
  const sep = usesBlankLinesBetweenSections(model) ? eol : '';
  return [{ start: at, end: at, text: `${lead}${sep}${target}:${eol}${body}` }];
}

function usesBlankLinesBetweenSections(model: NetworkModel): boolean {
  const text = model.text;
  return model.sections
    .slice(1)
    .some(s => s.lineStart >= 2 && text.slice(0, s.lineStart).replace(/\r/g, '').endsWith('\n\n'));
}
