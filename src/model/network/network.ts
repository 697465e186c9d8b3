// The parsed network: sections and entries with their positions in the text, plus typed views
// of the entries that the tree, lenses, hovers and actions read.

import type { TextSource } from '../yaml/pieceText';
import type { YNode } from '../yaml/syntax';

export const PERSON_LISTS = ['invitations', 'contacts', 'archive'] as const;
export type PersonList = (typeof PERSON_LISTS)[number];
export const ENTRY_LISTS = ['invitations', 'contacts', 'archive', 'rules', 'blueprints', 'opportunities'] as const;
export type EntryList = (typeof ENTRY_LISTS)[number];
/** The order of the top-level keys in the contract's example: where a missing list is created. */
export const SECTION_ORDER = [
  'version',
  'me',
  'invitations',
  'contacts',
  'archive',
  'rules',
  'cadence',
  'blueprints',
  'opportunities',
] as const;

export const CATEGORIES = ['client', 'prospect', 'recruiter', 'agency', 'partner', 'peer', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];
export const CHANNELS = ['post', 'article', 'whitepaper', 'forum', 'podcast', 'blog', 'webinar'] as const;
export type Channel = (typeof CHANNELS)[number];
export const OUTCOMES = ['ignored', 'not-known', 'removed'] as const;
export type Outcome = (typeof OUTCOMES)[number];
/** What `todoOnLinkedIn` may say: decided here, still to do on linkedin.com (contract §1, version 1). */
export const LINKEDIN_TODOS = ['accept', 'ignore', 'not-known', 'remove', 'unfollow', 'follow'] as const;
export type LinkedInTodo = (typeof LINKEDIN_TODOS)[number];

/** A dated note on a person or an opportunity. */
export interface Note {
  readonly date?: string;
  readonly text: string;
}

/** A typed, read-only view of a person entry (invitation, contact or archive entry): see people/person. */
export interface Person {
  readonly name: string;
  readonly profile?: string;
  readonly headline?: string;
  readonly company?: string;
  readonly position?: string;
  readonly category?: string;
  readonly tags: readonly string[];
  /** Absent = true (contract): false only when the file says `following: false`. */
  readonly following: boolean;
  readonly received?: string;
  readonly snoozed?: string;
  readonly message?: string;
  readonly connected?: string;
  readonly lastContact?: string;
  readonly followUp?: string;
  readonly notes: readonly Note[];
  readonly outcome?: string;
  readonly decided?: string;
  readonly reason?: string;
  readonly email?: string;
  /** Decided here, still to do on linkedin.com (contract §1, version 1). */
  readonly todoOnLinkedIn?: string;
  /** The day an import saw a new company or position; cleared when acknowledged. */
  readonly moved?: string;
  /** The company and position before the last job change the import saw (beyond the contract). */
  readonly previousCompany?: string;
  readonly previousPosition?: string;
  readonly identity?: string;
}

export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A problem at a range of the text (absolute offsets unless said otherwise). */
export interface Problem {
  readonly code: string;
  readonly message: string;
  /**
   * What is wrong without the message's lead ("YAML syntax: …"), for a sentence that says it in
   * its own words (a refusal); absent when the message says it alone.
   */
  readonly reason?: string;
  readonly start: number;
  readonly end: number;
  readonly severity: Severity;
  /** A replacement the quick fix offers, when the fix is obvious. */
  readonly fix?: { readonly title: string; readonly text: string };
  /** For duplicate people: the entry the problem is about and the one it duplicates. */
  readonly related?: { readonly start: number; readonly end: number; readonly message: string };
}

/** One list entry as parsed, with offsets relative to its own text: reusable wherever it moves. */
export interface ParsedEntry {
  /** The entry's text, from the start of its `-` line to the end of its last line. */
  readonly text: string;
  /** Column of the `-` (block lists); -1 for an item of a flow list. */
  readonly indent: number;
  /** The item's value node, offsets relative to `text`. */
  readonly node: YNode;
  /** The item's value as plain data. */
  readonly value: unknown;
  /** YAML errors inside the entry, offsets relative to `text`. */
  readonly errors: readonly Problem[];
  /** What is worked out from this entry alone, kept with it: a parsed entry never changes. */
  readonly memo: EntryMemo;
}

/** Per-entry results, filled in on first use (a field, not a WeakMap: read 30,000 times a keystroke). */
export interface EntryMemo {
  person: Person | undefined;
  /** The identity key; null when the entry has none. */
  identity: string | null | undefined;
  /** The identity as a small number (-1: none), valid in `identityGeneration` of the numbering. */
  identityNumber: number;
  identityGeneration: number;
  problems: { readonly list: EntryList; readonly problems: readonly Problem[] } | undefined;
  /** When the contact is next due, for the cadence of its category it was worked out with. */
  due: DueBasis | undefined;
}

export interface DueBasis {
  readonly cadenceDays: number | undefined;
  /** The due day's number (written out only when asked); NaN when nothing makes the contact due. */
  readonly dueDay: number;
  /** `dueDay` when it is a day of the calendar's `YYYY-MM-DD` (not past 9999-12-31), else NaN. */
  readonly day: number;
  readonly reason: 'followUp' | 'cadence';
}

/** A memo with nothing worked out yet (every field present: one object shape for all entries). */
export function emptyMemo(): EntryMemo {
  return {
    person: undefined,
    identity: undefined,
    identityNumber: -1,
    identityGeneration: -1,
    problems: undefined,
    due: undefined,
  };
}

export interface Entry {
  readonly list: EntryList;
  readonly index: number;
  /** Absolute offset of `parsed.text` in the file. */
  readonly start: number;
  /** Absolute start of the entry including the comment lines attached above it. */
  readonly blockStart: number;
  /** Absolute end (after the last line). */
  readonly end: number;
  readonly parsed: ParsedEntry;
}

export type SectionValueKind = 'block-seq' | 'flow-seq' | 'empty' | 'block-map' | 'inline' | 'other';

export interface Section {
  readonly key: string;
  /** Start of the key's line. */
  readonly lineStart: number;
  readonly keyEnd: number;
  /** After the key line. */
  readonly headerEnd: number;
  /** Inline value range on the key line (`[]`, `1`, ...); start === end when none. */
  readonly inlineStart: number;
  readonly inlineEnd: number;
  readonly valueKind: SectionValueKind;
  /** After the last line that belongs to the section's value (content or indented comment). */
  readonly bodyEnd: number;
  /** Where the next section (its comments included) begins, or the end of the text. */
  readonly end: number;
  /** Column of the list's `-` for block lists. */
  readonly itemIndent: number;
  /** Entries are separated by blank lines. */
  readonly blankSeparated: boolean;
  readonly entries: readonly Entry[];
  /** The value of a section that is not an entry list. */
  readonly value: unknown;
}

export interface NetworkModel {
  /** The text as one string (made on the first read when the model was parsed from a PieceText). */
  readonly text: string;
  /** What the model was parsed from, when not `text` itself: the incremental path reads this (sourceOf). */
  readonly source?: TextSource;
  readonly eol: '\n' | '\r\n';
  /** YAML syntax errors; when non-empty the file is broken and no action may write to it. */
  readonly syntaxErrors: readonly Problem[];
  readonly sections: readonly Section[];
  readonly invitations: readonly Entry[];
  readonly contacts: readonly Entry[];
  readonly archive: readonly Entry[];
  readonly rules: readonly Entry[];
  readonly blueprints: readonly Entry[];
  readonly opportunities: readonly Entry[];
  /** Whether the fast path segmented the file (false: it fell back to a full parse). */
  readonly fast: boolean;
}

/** One empty list per entry list, for a parse to fill. */
export function emptyEntryLists(): Record<EntryList, Entry[]> {
  return { invitations: [], contacts: [], archive: [], rules: [], blueprints: [], opportunities: [] };
}

/**
 * The model of a text that does not read (a YAML error, conflict markers): its problems and
 * nothing else, no sections and no entries, so that every view shows them and every action refuses.
 */
export function unreadableModel(text: string, eol: '\n' | '\r\n', syntaxErrors: readonly Problem[]): NetworkModel {
  return { text, eol, syntaxErrors, sections: [], ...emptyEntryLists(), fast: false };
}

/** The text the model was parsed from, read without making it one string. */
export function sourceOf(model: NetworkModel): TextSource {
  return model.source ?? model.text;
}

export function section(model: NetworkModel, key: string): Section | undefined {
  return model.sections.find(s => s.key === key);
}

export function sectionValue(model: NetworkModel, key: string): unknown {
  return section(model, key)?.value;
}

export function entriesOf(model: NetworkModel, list: EntryList): readonly Entry[] {
  return model[list];
}

/** The entry's value when it is a mapping, else an empty record. */
export function record(entry: Entry | ParsedEntry): Record<string, unknown> {
  const v = 'parsed' in entry ? entry.parsed.value : entry.value;
  return isRecord(v) ? v : EMPTY;
}

const EMPTY: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A scalar field as text (numbers and booleans written as YAML would show them). */
export function text(v: unknown): string | undefined {
  if (typeof v === 'string') {
    return v;
  }
  if (typeof v === 'number' || typeof v === 'boolean') {
    return String(v);
  }
  return undefined;
}

export function textList(v: unknown): string[] {
  if (Array.isArray(v)) {
    return v.map(text).filter((s): s is string => s !== undefined && s !== '');
  }
  const s = text(v);
  return s ? [s] : [];
}
