// One entry that both sides of a merge have (a person, an opportunity, a blueprint), its versions
// merged into ours' entry with the edit engine (comments, quoting and style of ours are kept): the
// fields as fieldMerge decides, notes and tags united, the values that lost in a dated note, and
// the comments only the other versions had.

import type { Entry, EntryList, NetworkModel, Note, PersonList } from '../network/network';
import { isRecord, record, text, textList } from '../network/network';
import { notesOf } from '../opportunities/opportunity';
import { EntryFields, reindent } from '../yaml/entryFields';
import { formatFlowString, formatString } from '../yaml/scalar';
import type { TextEdit } from '../yaml/textEdits';
import type { FieldPlan, Version } from './fieldMerge';
import { applyPlan, mergeFields, opportunityStamp, personOutcome, sameValue, versionOf } from './fieldMerge';
import type { CommentLine } from './mergeComments';
import { commentLines, commentsIn, missingComments } from './mergeComments';

export type MergedKind = 'person' | 'opportunity' | 'blueprint';

/** An entry of ours (the survivor) and the other versions of it, from theirs or duplicated in ours. */
export interface EntryGroup {
  readonly survivor: Entry;
  readonly others: readonly Entry[];
  /** The entry in the common ancestor, when git showed it. */
  readonly base?: Entry;
}

export interface PairContext {
  readonly ours: NetworkModel;
  readonly theirs: NetworkModel;
  readonly today: string;
  readonly oursLabel: string;
  readonly theirsLabel: string;
  /** The list an entry counts as being in (where its fields say, for one git's merge misplaced). */
  readonly listOf: (entry: Entry) => EntryList;
}

export interface EntryMerge {
  /** Edits of ours' text when the entry stays in its list. */
  readonly edits: readonly TextEdit[];
  /** When it moves to another list: that list, and the entry's new text at column 0 (with its comments). */
  readonly move?: { readonly target: PersonList; readonly block: string };
  /** Whether the versions were in different lists (a decision against another). */
  readonly decided: boolean;
  readonly notes: number;
  readonly tags: number;
  /** Values that lost, kept in the note (or, for blueprints, in a comment). */
  readonly lost: number;
  readonly comments: number;
}

const SKIPPED: Record<MergedKind, ReadonlySet<string>> = {
  person: new Set(['notes', 'tags']),
  opportunity: new Set(['notes']),
  blueprint: new Set(),
};
const LATEST = new Set(['lastContact']);

/** The merged fields, list, notes and tags of a group, from its versions (data only). */
interface MergedData {
  readonly target: EntryList;
  readonly plan: FieldPlan;
  readonly lost: readonly string[];
  readonly notes: readonly Note[];
  readonly tags: readonly string[];
}

/** Folds the other versions into the survivor's, one after the other. */
function mergeData(group: EntryGroup, kind: MergedKind, listOf: (e: Entry) => EntryList): MergedData {
  const first = versionOf(group.survivor, listOf(group.survivor));
  let state: Version = first;
  const lost: string[] = [];
  const base = group.base && versionOf(group.base);
  for (const other of group.others.map(o => versionOf(o, listOf(o)))) {
    let target = state.list;
    let theirsWins = false;
    if (kind === 'person') {
      ({ target, theirsWins } = personOutcome(state, other, base?.list));
    } else if (kind === 'opportunity') {
      theirsWins = opportunityStamp(other.record) > opportunityStamp(state.record);
    }
    const plan = mergeFields(state.record, other.record, base?.record, theirsWins, {
      skip: SKIPPED[kind],
      target: kind === 'person' ? (target as PersonList) : undefined,
      latest: LATEST,
    });
    const loserList = theirsWins ? state.list : other.list;
    if (state.list !== other.list && loserList !== base?.list) {
      lost.push(`it in ${loserList}`); // a decision the other version made, not the list it started in
    }
    lost.push(...plan.lost);
    state = { list: target, record: applyPlan(state.record, plan) };
  }
  const versions = [group.survivor, ...group.others];
  return {
    target: state.list,
    plan: diffPlan(first.record, state.record, SKIPPED[kind]),
    lost,
    notes: missingNotes(versions.map(e => record(e).notes)),
    tags: kind === 'person' ? missingTags(versions.map(e => record(e).tags)) : [],
  };
}

/** The plan that turns `from` into `to` (the skipped keys aside). */
function diffPlan(from: Record<string, unknown>, to: Record<string, unknown>, skip: ReadonlySet<string>): FieldPlan {
  const set = new Map<string, unknown>();
  const remove: string[] = [];
  for (const key of Object.keys(to)) {
    if (!skip.has(key) && !sameValue(from[key], to[key])) {
      set.set(key, to[key]);
    }
  }
  for (const key of Object.keys(from)) {
    if (!skip.has(key) && !Object.prototype.hasOwnProperty.call(to, key)) {
      remove.push(key);
    }
  }
  return { set, remove, lost: [] };
}

/** Merges a group into its survivor; throws EntryEditError or ListEditError when the edit engine cannot. */
export function mergeEntry(group: EntryGroup, kind: MergedKind, ctx: PairContext): EntryMerge {
  const ours = group.survivor;
  const data = mergeData(group, kind, ctx.listOf);
  const eol = ctx.ours.eol;
  const editor = new EntryFields(ours.parsed, eol);
  for (const [key, value] of data.plan.set) {
    writeValue(editor, key, value);
  }
  for (const key of data.plan.remove) {
    editor.remove(key);
  }
  for (const tag of data.tags) {
    editor.appendScalar('tags', formatFlowString(tag));
  }
  insertNotes(editor, record(ours).notes, data.notes);
  const lost = [...data.lost];
  const comments = carriedComments(group, ctx);
  const flowItem = ours.parsed.indent < 0;
  if (flowItem) {
    // an item of a `[...]` list has no line of its own to keep comment lines on: they go to the note
    lost.push(...[...comments.lead, ...comments.inner].map(c => `the comment ${c.text}`));
  }
  const noteText = `Merge of ${ctx.oursLabel} and ${ctx.theirsLabel}: the other version had ${lost.join('; ')}`;
  const extraComments: CommentLine[] = [];
  if (lost.length && kind === 'blueprint') {
    extraComments.push({ text: `# ${noteText.replace(/\s+/g, ' ')}` });
  } else if (lost.length) {
    editor.appendMap('notes', [
      ['date', ctx.today],
      ['text', formatFlowString(noteText)],
    ]);
  }
  const lead = flowItem ? [] : comments.lead;
  const inner = flowItem ? extraComments : [...comments.inner, ...extraComments];
  const counts = {
    decided: group.others.some(o => ctx.listOf(o) !== ctx.listOf(ours)),
    notes: data.notes.length,
    tags: data.tags.length,
    lost: lost.length,
    comments: flowItem ? 0 : lead.length + comments.inner.length,
  };
  const indent = Math.max(0, ours.parsed.indent);
  const leadText = commentLines(lead, indent, eol);
  const innerText = commentLines(
    inner.map(c => ({ text: c.text })),
    indent + 2,
    eol,
  );
  const oursLead = ctx.ours.text.slice(ours.blockStart, ours.start);
  if (data.target !== ours.list) {
    const body = withEol(editor.result(), eol);
    const block = reindent(oursLead + leadText + body + innerText, -indent);
    return { edits: [], move: { target: data.target as PersonList, block }, ...counts };
  }
  const edits: TextEdit[] = [];
  if (leadText) {
    edits.push({ start: ours.blockStart, end: ours.blockStart, text: leadText });
  }
  if (innerText) {
    // the whole entry rewritten: comment lines go after whatever the editor appends at its end
    let replacement = withEol(editor.result(), eol) + innerText;
    if (ours.end >= ctx.ours.text.length && !ctx.ours.text.endsWith('\n')) {
      replacement = replacement.slice(0, -eol.length); // the file ends without a newline: so it stays
    }
    edits.push({ start: ours.start, end: ours.end, text: replacement });
  } else {
    edits.push(...editor.allEdits().map(e => ({ start: e.start + ours.start, end: e.end + ours.start, text: e.text })));
  }
  return { edits, ...counts };
}

function withEol(s: string, eol: string): string {
  return s.endsWith('\n') ? s : s + eol;
}

/** The comments of the other versions that the survivor lacks: those above them, and those inside. */
function carriedComments(group: EntryGroup, ctx: PairContext): { lead: CommentLine[]; inner: CommentLine[] } {
  const textOf = (e: Entry): string => (ctx.ours[e.list].includes(e) ? ctx.ours.text : ctx.theirs.text);
  const leadOf = (e: Entry): CommentLine[] => commentsIn(textOf(e).slice(e.blockStart, e.start));
  const s = group.survivor;
  const pool = [...leadOf(s), ...commentsIn(s.parsed.text)];
  const lead: CommentLine[] = [];
  const inner: CommentLine[] = [];
  for (const other of group.others) {
    const otherLead = leadOf(other);
    const missing = missingComments([...otherLead, ...commentsIn(other.parsed.text)], pool);
    const leadSet = new Set(otherLead);
    lead.push(...missing.filter(c => leadSet.has(c)));
    inner.push(...missing.filter(c => !leadSet.has(c)));
    pool.push(...missing);
  }
  return { lead, inner };
}

/** A value from the other side, written as YAML in ours' entry (its style: block or flow). */
function writeValue(editor: EntryFields, key: string, value: unknown): void {
  if (typeof value === 'string') {
    editor.setString(key, value);
  } else {
    editor.set(key, flowYaml(value));
  }
}

/** A value as a one-line flow YAML text. */
export function flowYaml(v: unknown): string {
  if (typeof v === 'string') {
    return formatFlowString(v);
  }
  if (typeof v === 'number') {
    return Number.isNaN(v) ? '.nan' : v === Infinity ? '.inf' : v === -Infinity ? '-.inf' : String(v);
  }
  if (typeof v === 'boolean') {
    return String(v);
  }
  if (Array.isArray(v)) {
    return `[${v.map(flowYaml).join(', ')}]`;
  }
  if (isRecord(v)) {
    return `{${Object.entries(v)
      .map(([k, x]) => `${formatFlowString(k)}: ${flowYaml(x)}`)
      .join(', ')}}`;
  }
  return 'null';
}

/** The tags of the other versions that the first lacks (compared without case), in order. */
function missingTags(tagLists: readonly unknown[]): string[] {
  const have = new Set(textList(tagLists[0]).map(t => t.toLowerCase()));
  const out: string[] = [];
  for (const list of tagLists.slice(1)) {
    for (const tag of textList(list)) {
      if (!have.has(tag.toLowerCase())) {
        have.add(tag.toLowerCase());
        out.push(tag);
      }
    }
  }
  return out;
}

/** The notes of the other versions that the first lacks (a note is its date and text). */
function missingNotes(noteLists: readonly unknown[]): Note[] {
  const key = (n: Note): string => `${n.date ?? ''}\u0000${n.text}`;
  const have = new Map<string, number>();
  for (const n of notesOf(noteLists[0])) {
    have.set(key(n), (have.get(key(n)) ?? 0) + 1);
  }
  const out: Note[] = [];
  for (const list of noteLists.slice(1)) {
    const seen = new Map<string, number>();
    for (const n of notesOf(list)) {
      // as many copies of a note as the version with most of them has
      const k = key(n);
      const s = (seen.get(k) ?? 0) + 1;
      seen.set(k, s);
      if (s > (have.get(k) ?? 0)) {
        have.set(k, s);
        out.push(n);
      }
    }
  }
  return out;
}

/** Inserts notes into the survivor's list, each before the first of its notes dated later. */
function insertNotes(editor: EntryFields, ours: unknown, notes: readonly Note[]): void {
  // the index is the list's own (items as written), not only the readable notes
  const dates = Array.isArray(ours) ? ours.map(n => (isRecord(n) ? (text(n.date) ?? '') : '')) : [];
  const sorted = [...notes].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  for (const n of sorted) {
    const fields: [string, string][] = n.date
      ? [
          ['date', formatString(n.date)],
          ['text', formatFlowString(n.text)],
        ]
      : [['text', formatFlowString(n.text)]];
    const before = dates.findIndex(d => d > (n.date ?? ''));
    editor.insertMap('notes', before < 0 ? Number.MAX_SAFE_INTEGER : before, fields);
  }
}
