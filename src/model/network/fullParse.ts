// The slow paths: the whole file through the `yaml` package, for layouts the line scan does not
// handle and for aliases across entries. Always right, only slower.

import * as l10n from '@vscode/l10n';
import { isMap, parseDocument } from 'yaml';
import type { Document, Node as YamlNode, Pair } from 'yaml';
import type { YItem, YNode, YPair } from '../yaml/syntax';
import { fromYamlNode } from '../yaml/yamlAdapter';
import { indentOf } from './entryParse';
import { ENTRY_LIST_SET } from './layout';
import { ListEntry, SectionAnchor } from './listEntry';
import type { Unusual } from './lineScan';
import { TOP_KEY_RE } from './lineScan';
import type { Entry, EntryList, NetworkModel, ParsedEntry, Section, SectionValueKind } from './network';
import { emptyEntryLists, emptyMemo, unreadableModel } from './network';
import { safeToJS, YAML_OPTIONS, yamlProblem } from './yamlPackage';

/**
 * The line scan stopped at `u.at`. Parse a small window around it first: if that already shows a
 * syntax error there is no need to parse the whole (possibly huge) file to report it.
 */
export function parseUnusual(text: string, eol: '\n' | '\r\n', u: Unusual): NetworkModel {
  // the window: from the item (or section) the scan was in to the next item of that list or the
  // next top-level key; an item is read under its section's key line so that it reads as an item
  const inItem = u.itemStart >= 0;
  const wStart = inItem ? u.itemStart : Math.max(0, u.sectionStart);
  const head = inItem ? text.substring(u.sectionStart, u.headerEnd) : '';
  const wEnd = unusualWindowEnd(text, u);
  if (wStart > 0 || wEnd < text.length) {
    const slice = head + text.substring(wStart, wEnd);
    const doc = parseDocument(slice, YAML_OPTIONS);
    const syntax = doc.errors.filter(e => e.code !== 'BAD_ALIAS');
    if (syntax.length > 0) {
      const map = (o: number): number => (o < head.length ? u.sectionStart + o : o - head.length + wStart);
      return unreadableModel(
        text,
        eol,
        syntax.map(e => {
          const p = yamlProblem(e, slice);
          return { ...p, start: map(p.start), end: Math.max(map(p.start), map(p.end)) };
        }),
      );
    }
  }
  return parseFull(text, eol);
}

/** The start of the first line after `u.at` that is a top-level key or the next item of the list. */
function unusualWindowEnd(text: string, u: Unusual): number {
  const inItem = u.itemStart >= 0;
  for (let nl = text.indexOf('\n', u.at); nl >= 0 && nl + 1 < text.length; nl = text.indexOf('\n', nl + 1)) {
    const ls = nl + 1;
    const ind = indentOf(text.substring(ls, Math.min(ls + 256, text.length)));
    const ch = text.charCodeAt(ls + ind);
    const dash = ch === 45 && [32, 10, 13].includes(text.charCodeAt(ls + ind + 1));
    TOP_KEY_RE.lastIndex = ls;
    const key =
      ind === 0 && TOP_KEY_RE.test(text) && [32, 10, 13].includes(text.charCodeAt(TOP_KEY_RE.lastIndex) || 10);
    if (key || (inItem && dash && ind === u.itemIndent)) {
      return ls;
    }
  }
  return text.length;
}

/** The whole file through `yaml`: for layouts the scan does not handle and for cross-entry aliases. */
export function parseFull(text: string, eol: '\n' | '\r\n'): NetworkModel {
  const doc = parseDocument(text, YAML_OPTIONS);
  if (doc.errors.length > 0) {
    return unreadableModel(
      text,
      eol,
      doc.errors.map(e => yamlProblem(e, text)),
    );
  }
  const contents = doc.contents as YamlNode | null;
  const whole = safeToJS(doc, contents);
  if (whole.error || whole.aliasMissing) {
    return unreadableModel(text, eol, [
      whole.error ?? {
        code: 'yaml-syntax',
        severity: 'error',
        start: 0,
        end: 0,
        message: l10n.t('YAML syntax: an alias refers to an anchor that is not defined.'),
        reason: l10n.t('an alias refers to an anchor that is not defined.'),
      },
    ]);
  }
  const lists = emptyEntryLists();
  const sections: Section[] = [];
  if (isMap(contents)) {
    const root = fromYamlNode(text, contents, 0);
    if (root.kind === 'map') {
      root.pairs.forEach((pair, pi) => {
        sections.push(fullSection(text, doc, pair, contents.items[pi], root.pairs[pi + 1], lists));
      });
    }
  }
  return { text, eol, syntaxErrors: [], sections, ...lists, fast: false };
}

/** The section of top-level `pair` (`yamlPair` in `doc`); an entry list's entries go to `lists` too. */
function fullSection(
  text: string,
  doc: Document,
  pair: YPair,
  yamlPair: Pair,
  next: YPair | undefined,
  lists: Record<EntryList, Entry[]>,
): Section {
  const headerEnd = lineEndOf(text, pair.keyEnd);
  const v = pair.value;
  const entries: Entry[] = [];
  if (v.kind === 'seq' && ENTRY_LIST_SET.has(pair.key)) {
    const yamlItems = (yamlPair.value as { items: YamlNode[] }).items;
    v.items.forEach((it, idx) => {
      entries.push(fullEntry(text, doc, pair.key as EntryList, idx, it, yamlItems[idx], v.flow));
    });
    lists[pair.key as EntryList] = entries;
  }
  const blockSeq = v.kind === 'seq' && !v.flow && v.items.length > 0;
  return {
    key: pair.key,
    lineStart: pair.lineStart,
    keyEnd: pair.keyEnd,
    headerEnd,
    inlineStart: v.start < headerEnd ? v.start : pair.keyEnd + 1,
    inlineEnd: v.start < headerEnd ? Math.min(v.end, headerEnd) : pair.keyEnd + 1,
    valueKind: valueKindOf(v),
    bodyEnd: Math.max(headerEnd, pair.lineEnd),
    end: next ? next.lineStart : text.length,
    itemIndent: blockSeq ? v.items[0].dash - lineStartOfOffset(text, v.items[0].dash) : -1,
    blankSeparated: false,
    entries,
    value: safeToJS(doc, yamlPair.value).value,
  };
}

function valueKindOf(v: YNode): SectionValueKind {
  if (v.kind === 'seq') {
    return v.flow ? 'flow-seq' : 'block-seq';
  }
  if (v.kind === 'scalar' && v.start === v.end) {
    return 'empty';
  }
  if (v.kind === 'map' && !v.flow) {
    return 'block-map';
  }
  return 'inline';
}

function lineEndOf(text: string, p: number): number {
  const nl = text.indexOf('\n', p);
  return nl < 0 ? text.length : nl + 1;
}

function lineStartOfOffset(text: string, p: number): number {
  return text.lastIndexOf('\n', p - 1) + 1;
}

function fullEntry(
  text: string,
  doc: Document,
  list: EntryList,
  index: number,
  item: YItem,
  yamlNode: YamlNode,
  flow: boolean,
): Entry {
  const start = item.lineStart;
  const end = item.lineEnd;
  const slice = text.substring(start, end);
  const converted = safeToJS(doc, yamlNode);
  const parsed: ParsedEntry = {
    text: slice,
    indent: flow ? -1 : item.dash - start,
    node: shiftNode(item.node, -start),
    value: converted.value ?? null,
    errors: [],
    memo: emptyMemo(),
  };
  return new ListEntry(list, index, new SectionAnchor(0), start, start, end, parsed);
}

/** The node with every offset moved by `d`. */
function shiftNode(node: YNode, d: number): YNode {
  const span = { start: node.start + d, end: node.end + d };
  const lines = <T extends { lineStart: number; lineEnd: number }>(x: T): T => ({
    ...x,
    lineStart: x.lineStart + d,
    lineEnd: x.lineEnd + d,
  });
  switch (node.kind) {
    case 'scalar':
      return { ...node, ...span };
    case 'map':
      return {
        ...node,
        ...span,
        pairs: node.pairs.map(p => ({
          ...lines(p),
          keyStart: p.keyStart + d,
          keyEnd: p.keyEnd + d,
          value: shiftNode(p.value, d),
        })),
      };
    case 'seq':
      return {
        ...node,
        ...span,
        items: node.items.map(i => ({ ...lines(i), dash: i.dash + d, node: shiftNode(i.node, d) })),
      };
  }
}
