// One entry's text -> its parse, offsets relative to that text: the fast subset parser first,
// the `yaml` package when it declines; the same for a section that is not an entry list.

import { isMap, isSeq, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { parseMapFast, parseSequenceFast } from '../yaml/fastEntryParser';
import { nodeValue } from '../yaml/nodeValue';
import type { YNode } from '../yaml/syntax';
import { fromYamlNode } from '../yaml/yamlAdapter';
import type { ParsedEntry, Problem } from './network';
import { emptyMemo } from './network';
import { safeToJS, YAML_OPTIONS, yamlProblem } from './yamlPackage';

export interface ParsedSectionValue {
  readonly value: unknown;
  readonly errors: readonly Problem[];
}

/** Returned when only a parse of the whole file can read an entry (compared by identity). */
export const NEEDS_FULL_PARSE: ParsedEntry = Object.freeze({
  text: '',
  indent: -1,
  node: { kind: 'scalar', start: 0, end: 0, value: null, style: 'plain' },
  value: null,
  errors: [],
  memo: emptyMemo(),
}) as ParsedEntry;
/** Returned when only a parse of the whole file can read a section's value (compared by identity). */
export const NEEDS_FULL_PARSE_SECTION: ParsedSectionValue = Object.freeze({ value: null, errors: [] });

/** The number of spaces that `text` starts with. */
export function indentOf(text: string): number {
  let i = 0;
  while (text.charCodeAt(i) === 32) {
    i++;
  }
  return i;
}

/** Parses one entry's text (a one-item block sequence). */
export function parseEntryText(slice: string): ParsedEntry {
  const fast = parseSequenceFast(slice);
  if (fast && fast.items.length === 1) {
    const node = fast.items[0].node;
    return { text: slice, indent: indentOf(slice), node, value: nodeValue(node), errors: [], memo: emptyMemo() };
  }
  return parseEntryWithYaml(slice);
}

/** The slow path of parseEntryText: the `yaml` package, for what the fast parser declines. */
export function parseEntryWithYaml(slice: string): ParsedEntry {
  const doc = parseDocument(slice, YAML_OPTIONS);
  const errors = doc.errors.map(e => yamlProblem(e, slice));
  const contents = doc.contents as YamlNode | null;
  if (errors.length === 0 && (!isSeq(contents) || contents.items.length !== 1)) {
    // the scan and the parser disagree about where this entry ends: let the full parse decide
    return NEEDS_FULL_PARSE;
  }
  let node: YNode = { kind: 'scalar', start: 0, end: 0, value: null, style: 'plain' };
  let value: unknown = null;
  if (isSeq(contents) && contents.items.length >= 1) {
    const item = contents.items[0] as YamlNode | null;
    node = fromYamlNode(slice, item, indentOf(slice) + 1);
    if (errors.length === 0) {
      const converted = safeToJS(doc, item);
      if (converted.aliasMissing) {
        return NEEDS_FULL_PARSE; // an alias of an anchor defined elsewhere in the file
      }
      if (converted.error) {
        errors.push(converted.error);
      }
      value = converted.value;
    }
  }
  return { text: slice, indent: indentOf(slice), node, value, errors, memo: emptyMemo() };
}

/**
 * The value of the section `key` whose text (key line and body) is `slice`: the fast subset parser
 * first, the `yaml` package when it declines.
 */
export function parseSectionText(slice: string, key: string): ParsedSectionValue {
  const fast = parseMapFast(slice);
  if (fast && fast.pairs.length === 1 && fast.pairs[0].key === key) {
    return { value: nodeValue(fast.pairs[0].value), errors: [] };
  }
  return parseSectionWithYaml(slice, key);
}

/** The slow path of parseSectionText (also what the tests compare the fast path with). */
export function parseSectionWithYaml(slice: string, key: string): ParsedSectionValue {
  const doc = parseDocument(slice, YAML_OPTIONS);
  const errors = doc.errors.map(e => yamlProblem(e, slice));
  if (errors.length > 0) {
    return { value: undefined, errors };
  }
  const contents = doc.contents as YamlNode | null;
  if (!isMap(contents) || contents.items.length !== 1) {
    return NEEDS_FULL_PARSE_SECTION;
  }
  const converted = safeToJS(doc, contents);
  if (converted.aliasMissing) {
    return NEEDS_FULL_PARSE_SECTION;
  }
  if (converted.error) {
    return { value: undefined, errors: [converted.error] };
  }
  const obj = converted.value as Record<string, unknown>;
  return { value: obj?.[key], errors: [] };
}
