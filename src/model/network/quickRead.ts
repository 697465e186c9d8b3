// Before the parse: the people of a network text as the line scan cuts them, each entry with only
// the fields that decide the People view's groups, read from its own lines. At 30,000 contacts
// this takes a small part of the parse, so the view's first level (its groups and their counts)
// shows while the entries are still being parsed. It reads only what it can read exactly as the
// parse will: anything else (a field written over several lines, a key it cannot read, a settings
// section the fast parser declines) and it gives up, and the view waits for the parse.

import { inlineData } from '../yaml/fastInlineValue';
import { parseMapFast } from '../yaml/fastEntryParser';
import { DECLINE } from '../yaml/fastSubset';
import { nodeValue } from '../yaml/nodeValue';
import type { RawSection } from './layout';
import { scanLayout, Unusual } from './lineScan';
import type { Entry, NetworkModel, PersonList, Section } from './network';
import { emptyEntryLists, emptyMemo, PERSON_LISTS } from './network';

/** What decides a person's group (and the pending badge): every other field waits for the parse. */
export const GROUP_FIELDS: ReadonlySet<string> = new Set([
  'category',
  'company',
  'todoOnLinkedIn',
  'moved',
  'lastContact',
  'followUp',
  'connected',
  'availabilityTold',
  'snoozed',
]);

/** The settings sections the groups read (the cadence, `me.availableFrom`). */
const VALUE_SECTIONS = new Set(['me', 'cadence']);

/** Thrown inside the quick read when only the parse can say. */
class GiveUp {}
const GIVE_UP = new GiveUp();

/**
 * A model of `text` for the People view's first level only: its person entries carry just
 * GROUP_FIELDS, its other lists are empty, and of the other sections only `me` and `cadence` have
 * a value. Undefined when the quick read cannot be sure of it (the parse then decides).
 */
export function quickPeopleModel(text: string): NetworkModel | undefined {
  try {
    const layout = scanLayout(text);
    const lists = emptyEntryLists();
    const sections: Section[] = [];
    for (const raw of layout.sections) {
      if (raw.items && (PERSON_LISTS as readonly string[]).includes(raw.key)) {
        lists[raw.key as PersonList] = raw.items.map((it, i) =>
          quickEntry(text, raw.key as PersonList, i, raw.lineStart + it.relStart, raw.lineStart + it.relEnd, raw),
        );
      } else if (VALUE_SECTIONS.has(raw.key)) {
        sections.push(valueSection(text, raw));
      }
    }
    return {
      text,
      eol: /\r\n/.test(text.substring(0, text.indexOf('\n') + 1)) ? '\r\n' : '\n',
      syntaxErrors: [],
      sections,
      ...lists,
      fast: true,
    };
  } catch (e) {
    if (e instanceof Unusual || e === GIVE_UP) {
      return undefined;
    }
    throw e;
  }
}

/** A section's value as the parse's fast path reads it; a section it declines, the parse decides. */
function valueSection(text: string, raw: RawSection): Section {
  const map = parseMapFast(text.substring(raw.lineStart, raw.end));
  if (!map || map.pairs.length !== 1 || map.pairs[0].key !== raw.key) {
    throw GIVE_UP;
  }
  const value = nodeValue(map.pairs[0].value);
  return { ...raw, entries: [], value };
}

function quickEntry(text: string, list: PersonList, index: number, start: number, end: number, raw: RawSection): Entry {
  const value = readGroupFields(text, start, end, raw.itemIndent);
  const parsed = { text: '', indent: raw.itemIndent, node: NO_NODE, value, errors: [], memo: emptyMemo() };
  return { list, index, start, blockStart: start, end, parsed };
}

const NO_NODE = { kind: 'scalar', start: 0, end: 0, value: null, style: 'plain' } as const;

/** The group fields by their first letter, to pass over other keys without reading them. */
const FIELDS_BY_LETTER = new Map<number, string[]>();
for (const f of GROUP_FIELDS) {
  FIELDS_BY_LETTER.set(f.charCodeAt(0), [...(FIELDS_BY_LETTER.get(f.charCodeAt(0)) ?? []), f]);
}

/** What may start a plain key: a letter, a digit, `_`, or a character outside ASCII. */
function startsPlainKey(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c > 127;
}

/**
 * The group fields of the entry whose `-` is at column `dash` of the line at `start`: a mapping
 * written in block style (`- name: …` and its keys below, one per line) or in flow style on one
 * line (`- {name: …}`). The lines deeper than the keys (nested values) and comments are passed
 * over; so is a `- ` line at the keys' column (an item of the key above it, in a well-formed file).
 */
function readGroupFields(text: string, start: number, end: number, dash: number): Record<string, unknown> {
  let p = start + dash + 1;
  while (p < end && text.charCodeAt(p) === 32) {
    p++;
  }
  const firstEnd = lineEnd(text, start, end);
  if (p === start + dash + 1 || p >= firstEnd) {
    throw GIVE_UP; // `-` alone or `-x`: the value is on later lines, or not an entry
  }
  if (text.charCodeAt(p) === 123 /* { */) {
    const value = readInline(text, p, firstEnd);
    if (nextContentLine(text, nextLine(text, firstEnd, end), end) >= 0) {
      throw GIVE_UP;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw GIVE_UP;
    }
    return value as Record<string, unknown>;
  }
  const keyCol = p - start;
  const out: Record<string, unknown> = {};
  let at = start;
  let i = p;
  for (;;) {
    // one search for the line's end: its content ends at `le`, the next line starts at `next`
    let nl = text.indexOf('\n', i);
    if (nl < 0 || nl >= end) {
      nl = end;
    }
    const next = nl < end ? nl + 1 : end;
    const le = nl > at && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const c = i < le ? text.charCodeAt(i) : 35;
    const col = i - at;
    if (c !== 35 /* # or blank */ && col <= keyCol) {
      if (col < keyCol) {
        throw GIVE_UP;
      }
      if (!startsPlainKey(c)) {
        if (!isDash(text, i, le)) {
          throw GIVE_UP; // a quoted, complex or tagged key: only the parse reads those
        }
      } else {
        const fields = FIELDS_BY_LETTER.get(c);
        if (fields) {
          readField(text, i, le, end, keyCol, fields, out);
        }
      }
    }
    if (next >= end) {
      return out;
    }
    at = next;
    i = at;
    while (i < end && text.charCodeAt(i) === 32) {
      i++;
    }
  }
}

/** The key line at `i` when its key is one of `fields` (a group field): its value into `out`. */
function readField(
  text: string,
  i: number,
  le: number,
  end: number,
  keyCol: number,
  fields: readonly string[],
  out: Record<string, unknown>,
): void {
  for (const key of fields) {
    if (text.charCodeAt(i + 1) !== key.charCodeAt(1) || !text.startsWith(key, i)) {
      continue;
    }
    let colon = i + key.length;
    while (colon < le && (text.charCodeAt(colon) === 32 || text.charCodeAt(colon) === 9)) {
      colon++; // `key :` is the key too
    }
    if (text.charCodeAt(colon) === 58 && text.charCodeAt(colon + 1) === 9) {
      throw GIVE_UP; // `key:<tab>`: the parse decides what the tab does
    }
    if (text.charCodeAt(colon) !== 58 || (colon + 1 < le && text.charCodeAt(colon + 1) !== 32)) {
      continue; // a longer key (`categoryNote:`), or not a key
    }
    if (text.substring(i + key.length, colon).includes('\t')) {
      throw GIVE_UP; // a tab before the colon
    }
    if (key in out) {
      throw GIVE_UP; // a duplicate key: the parse reports it
    }
    let v = colon + 1;
    while (v < le && text.charCodeAt(v) === 32) {
      v++;
    }
    if (v >= le || text.charCodeAt(v) === 35) {
      throw GIVE_UP; // a group field whose value is below its key (or null): the parse decides
    }
    out[key] = readInline(text, v, le);
    // a deeper line after it would continue the value (a plain scalar over several lines)
    const after = nextContentLine(text, nextLine(text, le, end), end);
    if (after >= 0 && indentAt(text, after) > keyCol) {
      throw GIVE_UP;
    }
    return;
  }
}

/** A value written on one line, read as the fast parser reads it. */
function readInline(text: string, p: number, lineEnd: number): unknown {
  try {
    return inlineData(text, p, lineEnd);
  } catch (e) {
    if (e === DECLINE) {
      throw GIVE_UP;
    }
    throw e;
  }
}

/** The end of the line at `from` (before its `\r\n` or `\n`), at most `limit`. */
function lineEnd(text: string, from: number, limit: number): number {
  let nl = text.indexOf('\n', from);
  if (nl < 0 || nl >= limit) {
    nl = limit;
  }
  return nl > from && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
}

/** The start of the line after the one that ends at `le`. */
function nextLine(text: string, le: number, limit: number): number {
  const nl = text.indexOf('\n', le);
  return nl < 0 || nl >= limit ? limit : nl + 1;
}

/** The start of the first line from `from` (before `end`) with content other than a comment; -1 if none. */
function nextContentLine(text: string, from: number, end: number): number {
  let at = from;
  while (at < end) {
    const le = lineEnd(text, at, end);
    const i = at + indentAt(text, at);
    if (i < le && text.charCodeAt(i) !== 35) {
      return at;
    }
    at = nextLine(text, le, end);
  }
  return -1;
}

function indentAt(text: string, lineStart: number): number {
  let i = lineStart;
  while (text.charCodeAt(i) === 32) {
    i++;
  }
  return i - lineStart;
}

function isDash(text: string, i: number, lineEnd: number): boolean {
  return text.charCodeAt(i) === 45 && (i + 1 === lineEnd || text.charCodeAt(i + 1) === 32);
}
