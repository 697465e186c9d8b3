// Merging two entries for the same person into the first (a contact): nothing of the second is
// lost. Tags are united, notes merged in date order, the earliest `connected` kept; the first's
// fields win, fields only the second has are carried over, and the second's differing values go
// into a dated note. The second entry is then taken out of its list.

import * as l10n from '@vscode/l10n';
import { EntryEditError, EntryFields } from '../yaml/entryFields';
import type { EntryRef } from '../people/identity';
import type { Entry, NetworkModel } from '../network/network';
import { isRecord, record, section } from '../network/network';
import { findEntry, refuseIfBroken } from './networkEdits';
import { ListEditError, removeFromList } from './listEdits';
import { personOf } from '../people/person';
import { formatFlowString, formatString } from '../yaml/scalar';
import type { EditPlan, TextEdit } from '../yaml/textEdits';
import { normalizeEdits } from '../yaml/textEdits';
import { Lexer } from 'yaml';

/** Fields that say where an entry is in its life, not who the person is: not carried over. */
const LIST_STATE = new Set(['received', 'snoozed', 'outcome', 'decided', 'reason', 'message']);
const HANDLED = new Set(['name', 'profile', 'tags', 'notes', 'connected', 'lastContact']);

export function planMerge(model: NetworkModel, survivorRef: EntryRef, otherRef: EntryRef, today: string): EditPlan {
  const broken = refuseIfBroken(model);
  if (broken) {
    return broken;
  }
  const survivor = findEntry(model, 'contacts', survivorRef);
  if (!survivor) {
    return {
      ok: false,
      message: l10n.t(
        'There is no contact {0} to merge into; nothing was changed.',
        survivorRef.name ?? survivorRef.profile ?? '',
      ),
    };
  }
  const other =
    findEntry(model, 'contacts', otherRef, survivor) ??
    findEntry(model, 'invitations', otherRef) ??
    findEntry(model, 'archive', otherRef);
  if (!other) {
    return {
      ok: false,
      message: l10n.t(
        'There is no other entry {0} to merge; nothing was changed.',
        otherRef.name ?? otherRef.profile ?? '',
      ),
    };
  }
  try {
    return {
      ok: true,
      edits: mergeEdits(model, survivor, other, today),
      message: l10n.t('Merged {0} into {1}.', personOf(other).name, personOf(survivor).name),
    };
  } catch (e) {
    if (e instanceof EntryEditError || e instanceof ListEditError) {
      return { ok: false, message: l10n.t('Could not merge: {0}; nothing was changed.', e.message) };
    }
    throw e;
  }
}

function mergeEdits(model: NetworkModel, survivor: Entry, other: Entry, today: string): TextEdit[] {
  const a = record(survivor);
  const b = record(other);
  const pa = personOf(survivor);
  const pb = personOf(other);
  const fields = new EntryFields(survivor.parsed, model.eol);
  const kept: string[] = [];
  const show = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));

  if (pb.name !== pa.name) {
    kept.push(`name was ${pb.name}`);
  }
  if (pb.profile && pb.profile !== pa.profile) {
    if (pa.profile) {
      kept.push(`profile was ${pb.profile}`);
    } else {
      fields.setString('profile', pb.profile);
    }
  }
  for (const tag of pb.tags) {
    if (!pa.tags.some(t => t.toLowerCase() === tag.toLowerCase())) {
      fields.appendScalar('tags', formatFlowString(tag));
    }
  }
  if (pb.connected && (!pa.connected || pb.connected < pa.connected)) {
    fields.set('connected', formatString(pb.connected));
  }
  if (pb.lastContact && (!pa.lastContact || pb.lastContact > pa.lastContact)) {
    fields.set('lastContact', formatString(pb.lastContact));
  }
  for (const [key, value] of Object.entries(b)) {
    if (HANDLED.has(key) || LIST_STATE.has(key) || value === null || value === undefined) {
      continue;
    }
    if (!(key in a)) {
      fields.set(key, typeof value === 'string' ? formatFlowString(value) : flowValue(value));
    } else if (show(a[key]) !== show(value)) {
      kept.push(`${key} was ${show(value)}`);
    }
  }
  // notes in date order: each of the second's notes goes before the first later note
  const dates = pa.notes.map(n => n.date ?? '');
  let inserted = 0;
  const sorted = [...pb.notes].sort((x, y) => (x.date ?? '').localeCompare(y.date ?? ''));
  for (const n of sorted) {
    const noteFields: [string, string][] = n.date
      ? [
          ['date', formatString(n.date)],
          ['text', formatFlowString(n.text)],
        ]
      : [['text', formatFlowString(n.text)]];
    const before = dates.findIndex(d => d > (n.date ?? ''));
    fields.insertMap('notes', before < 0 ? Number.MAX_SAFE_INTEGER : before, noteFields);
    inserted++;
  }
  const comments = commentsOf(other.parsed.text, model.text.slice(other.blockStart, other.start));
  if (comments.length) {
    kept.push(`its comments: ${comments.join(' ')}`);
  }
  const listNote = other.list !== 'contacts' ? ` (from ${other.list})` : '';
  const summary = kept.length ? `: ${kept.join('; ')}` : '';
  fields.appendMap('notes', [
    ['date', today],
    ['text', formatFlowString(`Merged ${pb.name}${listNote}${summary}`)],
  ]);
  void inserted;

  const edits: TextEdit[] = fields
    .allEdits()
    .map(e => ({ start: e.start + survivor.start, end: e.end + survivor.start, text: e.text }));
  const list = section(model, other.list);
  if (!list || list.valueKind !== 'block-seq' || other.parsed.indent < 0) {
    throw new ListEditError(
      l10n.t('the {0} list is written in flow style ([...]), which actions do not rewrite', other.list),
    );
  }
  edits.push(...removeFromList(model, list, other));
  return normalizeEdits(edits);
}

function flowValue(v: unknown): string {
  if (typeof v === 'number' || typeof v === 'boolean') {
    return String(v);
  }
  if (typeof v === 'string') {
    return formatFlowString(v);
  }
  if (Array.isArray(v)) {
    return `[${v.map(flowValue).join(', ')}]`;
  }
  if (isRecord(v)) {
    return `{${Object.entries(v)
      .map(([k, x]) => `${formatFlowString(k)}: ${flowValue(x)}`)
      .join(', ')}}`;
  }
  return 'null';
}

function commentsOf(...texts: string[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    for (const tok of new Lexer().lex(t)) {
      if (tok.startsWith('#')) {
        out.push(tok.trim());
      }
    }
  }
  return out;
}
