// Edits inside one entry, computed from the entry's own text and syntax tree: set, remove and
// append fields while keeping the entry's style (block or flow), quoting, comments and key order.

import * as l10n from '@vscode/l10n';
import type { ParsedEntry } from '../network/network';
import { findPair } from './syntax';
import type { YMap, YPair, YSeq } from './syntax';
import type { TextEdit } from './textEdits';
import { applyEdits } from './textEdits';
import { formatFlowString, formatString } from './scalar';

export class EntryEditError extends Error {}

/** Collects edits to one entry (offsets relative to the entry's text). */
export class EntryFields {
  private readonly edits: TextEdit[] = [];
  /** Pairs appended here (key -> value text), in order: they go after the entry's last pair. */
  private readonly appended = new Map<string, string>();
  /** Lists to create or fill (missing or empty now): key -> the items to write. */
  private readonly pending = new Map<
    string,
    { kind: 'scalar'; items: string[] } | { kind: 'map'; items: [string, string][][] }
  >();
  private readonly removed = new Set<string>();
  /** Existing keys whose value was changed here: removing one of them too would make edits overlap. */
  private readonly changed = new Set<string>();
  /** Keys new to the entry, in the order they were first added. */
  private readonly order: string[] = [];

  constructor(
    private readonly parsed: ParsedEntry,
    private readonly eol: string,
  ) {
    if (parsed.node.kind !== 'map') {
      throw new EntryEditError(l10n.t('this entry is not a mapping of fields (it should start with `- name: ...`)'));
    }
  }

  private get map(): YMap {
    return this.parsed.node as YMap;
  }

  private get text(): string {
    return this.parsed.text;
  }

  /** Column of the entry's keys (block style). */
  private get keyColumn(): number {
    return this.map.start - (this.text.lastIndexOf('\n', this.map.start - 1) + 1);
  }

  has(key: string): boolean {
    return !!findPair(this.map, key);
  }

  /** Sets `key` to a string, quoted as the entry's style needs (flow entries need more quoting). */
  setString(key: string, value: string): this {
    return this.set(key, this.map.flow ? formatFlowString(value) : formatString(value));
  }

  /** Sets `key` to a scalar or flow value written as `valueText` (already formatted YAML). */
  set(key: string, valueText: string): this {
    const pair = findPair(this.map, key);
    if (pair && !this.removed.has(key)) {
      this.replaceValue(pair, valueText);
    } else if (!pair) {
      this.noteOrder(key);
      this.appended.set(key, valueText);
    } else {
      throw new EntryEditError(l10n.t('"{0}" cannot be removed and set in one action', key));
    }
    return this;
  }

  remove(key: string): this {
    const map = this.map;
    const i = map.pairs.findIndex(p => p.key === key);
    if (i < 0) {
      this.appended.delete(key);
      return this;
    }
    if (this.removed.has(key)) {
      return this;
    }
    if (this.changed.has(key)) {
      throw new EntryEditError(l10n.t('"{0}" cannot be set and removed in one action', key));
    }
    this.removed.add(key);
    const pair = map.pairs[i];
    if (map.flow) {
      if (map.pairs.length === 1) {
        this.edits.push({ start: map.start, end: map.end, text: '{}' });
      } else if (i === 0) {
        this.edits.push({ start: pair.keyStart, end: map.pairs[1].keyStart, text: '' });
      } else {
        this.edits.push({ start: map.pairs[i - 1].value.end, end: pair.value.end, text: '' });
      }
      return this;
    }
    // a comment on the removed field's line is kept, on a line of its own
    const from = pair.value.kind === 'scalar' || pair.value.flow ? pair.value.end : pair.keyEnd + 1;
    const comment = this.commentOnLine(from, this.lineContentEnd(from));
    const kept = comment ? `${' '.repeat(this.keyColumn)}${comment}${this.eol}` : '';
    if (i > 0) {
      this.edits.push({ start: pair.lineStart, end: pair.lineEnd, text: kept });
      return this;
    }
    // the first pair shares the `- ` line: the next pair moves up to take its place
    const next = map.pairs[1];
    if (!next) {
      this.edits.push({ start: pair.keyStart, end: Math.max(pair.value.end, pair.keyEnd + 1), text: '{}' });
      return this;
    }
    const between = this.text.slice(pair.lineEnd, next.lineStart); // comment lines between the two stay
    const moved = this.text.slice(next.keyStart, next.lineEnd);
    this.edits.push({ start: pair.keyStart, end: next.lineEnd, text: moved + kept + between });
    return this;
  }

  /** The list value of `key` when it has items; undefined when it is missing or empty. */
  private filledSeq(key: string): YSeq | undefined {
    const pair = findPair(this.map, key);
    if (!pair) {
      return undefined;
    }
    const v = pair.value;
    if (v.kind === 'scalar' && v.start === v.end) {
      return undefined;
    }
    if (v.kind !== 'seq') {
      throw new EntryEditError(l10n.t('"{0}" is not a list here, so nothing can be added to it', key));
    }
    return v.items.length ? v : undefined;
  }

  /** Appends an item to a list field (`tags`); a missing or empty list becomes a flow list `[item]`. */
  appendScalar(key: string, itemText: string): this {
    const seq = this.filledSeq(key);
    if (seq) {
      this.changed.add(key);
      this.appendToSeq(seq, itemText, itemText);
      return this;
    }
    const p = this.pending.get(key) ?? { kind: 'scalar' as const, items: [] };
    if (p.kind !== 'scalar') {
      throw new EntryEditError(l10n.t('"{0}" gets two kinds of items', key));
    }
    p.items.push(itemText);
    this.pending.set(key, p);
    this.noteOrder(key);
    return this;
  }

  /**
   * Appends a mapping item (`notes`): block style where the entry is block style, flow style in
   * flow entries or flow lists. `fields` are [key, formatted value] pairs.
   */
  appendMap(key: string, fields: readonly [string, string][]): this {
    const seq = this.filledSeq(key);
    if (seq) {
      this.changed.add(key);
      if (seq.flow) {
        this.appendToSeq(seq, flowMap(fields), flowMap(fields));
      } else {
        const last = seq.items[seq.items.length - 1];
        const dashCol = last.dash - (this.text.lastIndexOf('\n', last.dash - 1) + 1);
        const at = last.lineEnd;
        this.edits.push({ start: at, end: at, text: this.withLeadingEol(at, this.blockItem(dashCol, fields)) });
      }
      return this;
    }
    const p = this.pending.get(key) ?? { kind: 'map' as const, items: [] };
    if (p.kind !== 'map') {
      throw new EntryEditError(l10n.t('"{0}" gets two kinds of items', key));
    }
    p.items.push([...fields]);
    this.pending.set(key, p);
    this.noteOrder(key);
    return this;
  }

  /**
   * Inserts a mapping item into the list `key` before item `before` (e.g. to keep notes in date
   * order); at the end when `before` is past the last item.
   */
  insertMap(key: string, before: number, fields: readonly [string, string][]): this {
    const seq = this.filledSeq(key);
    if (!seq || before >= seq.items.length) {
      return this.appendMap(key, fields);
    }
    const item = seq.items[before];
    if (seq.flow) {
      this.edits.push({ start: item.node.start, end: item.node.start, text: `${flowMap(fields)}, ` });
    } else {
      const dashCol = item.dash - (this.text.lastIndexOf('\n', item.dash - 1) + 1);
      this.edits.push({ start: item.lineStart, end: item.lineStart, text: this.blockItem(dashCol, fields) });
    }
    return this;
  }

  private noteOrder(key: string): void {
    if (!findPair(this.map, key) && !this.order.includes(key)) {
      this.order.push(key);
    }
  }

  /** The entry's text after the edits. */
  result(): string {
    return applyEdits(this.text, this.allEdits());
  }

  /** The edits, relative to the entry's text. */
  allEdits(): TextEdit[] {
    const edits = [...this.edits];
    const col = this.keyColumn;
    // new keys, in the order they were added: [key, text for flow entries, lines for block entries]
    const added: [string, string, string][] = [];
    for (const key of this.order) {
      const value = this.appended.get(key);
      if (value !== undefined) {
        added.push([key, `${key}: ${value}`, `${' '.repeat(col)}${key}: ${value}${this.eol}`]);
      }
      const p = this.pending.get(key);
      if (p) {
        const flowText = p.kind === 'scalar' ? `[${p.items.join(', ')}]` : `[${p.items.map(flowMap).join(', ')}]`;
        const lines =
          p.kind === 'scalar'
            ? `${' '.repeat(col)}${key}: ${flowText}${this.eol}`
            : `${' '.repeat(col)}${key}:${this.eol}${p.items.map(fields => this.blockItem(col + 2, fields)).join('')}`;
        added.push([key, `${key}: ${flowText}`, lines]);
      }
    }
    // lists that exist but are empty (`key:` or `key: []`) are filled where they are
    for (const [key, p] of this.pending) {
      const pair = findPair(this.map, key);
      if (!pair) {
        continue;
      }
      const flowText = p.kind === 'scalar' ? `[${p.items.join(', ')}]` : `[${p.items.map(flowMap).join(', ')}]`;
      if (p.kind === 'scalar' || this.map.flow) {
        this.replaceValueInto(edits, pair, flowText);
        continue;
      }
      const lineEndNoEol = this.lineContentEnd(pair.keyEnd);
      const comment = this.commentOnLine(pair.value.end, lineEndNoEol);
      edits.push({ start: pair.keyEnd + 1, end: lineEndNoEol, text: comment ? ` ${comment}` : '' });
      const after = this.afterLine(pair.keyEnd);
      edits.push({
        start: after,
        end: after,
        text: this.withLeadingEol(after, p.items.map(fields => this.blockItem(col + 2, fields)).join('')),
      });
    }
    if (added.length) {
      const map = this.map;
      if (map.flow) {
        const inner = added.map(a => a[1]).join(', ');
        if (map.pairs.length === 0) {
          edits.push({ start: map.start + 1, end: map.end - 1, text: inner });
        } else {
          const last = map.pairs[map.pairs.length - 1];
          edits.push({ start: last.value.end, end: last.value.end, text: `, ${inner}` });
        }
      } else {
        const last = map.pairs[map.pairs.length - 1];
        const at = last.lineEnd;
        edits.push({ start: at, end: at, text: this.withLeadingEol(at, added.map(a => a[2]).join('')) });
      }
    }
    return edits;
  }

  private replaceValue(pair: YPair, valueText: string): void {
    this.changed.add(pair.key);
    this.replaceValueInto(this.edits, pair, valueText);
  }

  private replaceValueInto(edits: TextEdit[], pair: YPair, valueText: string): void {
    const v = pair.value;
    if (v.kind === 'scalar' || v.flow) {
      edits.push({ start: v.start, end: v.end, text: v.start === v.end ? ` ${valueText}` : valueText });
      return;
    }
    // a block collection becomes a scalar: the pair is rewritten on one line
    if (this.map.flow) {
      edits.push({ start: v.start, end: v.end, text: valueText });
      return;
    }
    const isFirst = this.map.pairs[0] === pair;
    const start = isFirst ? pair.keyStart : pair.lineStart;
    const prefix = isFirst ? '' : ' '.repeat(this.keyColumn);
    edits.push({ start, end: pair.lineEnd, text: `${prefix}${pair.key}: ${valueText}${this.eol}` });
  }

  private appendToSeq(seq: YSeq, flowText: string, blockText: string): void {
    if (seq.flow) {
      const last = seq.items[seq.items.length - 1];
      this.edits.push({ start: last.node.end, end: last.node.end, text: `, ${flowText}` });
      return;
    }
    const last = seq.items[seq.items.length - 1];
    const dashCol = last.dash - (this.text.lastIndexOf('\n', last.dash - 1) + 1);
    const at = last.lineEnd;
    this.edits.push({
      start: at,
      end: at,
      text: this.withLeadingEol(at, `${' '.repeat(dashCol)}- ${blockText}${this.eol}`),
    });
  }

  private blockItem(dashCol: number, fields: readonly [string, string][]): string {
    return fields
      .map(([k, v], i) => `${' '.repeat(i === 0 ? dashCol : dashCol + 2)}${i === 0 ? '- ' : ''}${k}: ${v}${this.eol}`)
      .join('');
  }

  /** When inserting at the very end of a text without a final newline, start a new line first. */
  private withLeadingEol(at: number, s: string): string {
    return at > 0 && at === this.text.length && !this.text.endsWith('\n') ? this.eol + s : s;
  }

  private lineContentEnd(p: number): number {
    const nl = this.text.indexOf('\n', p);
    const end = nl < 0 ? this.text.length : nl;
    return end > p && this.text[end - 1] === '\r' ? end - 1 : end;
  }

  private afterLine(p: number): number {
    const nl = this.text.indexOf('\n', p);
    return nl < 0 ? this.text.length : nl + 1;
  }

  /** A `# comment` between `from` and `to` on one line, if any. */
  private commentOnLine(from: number, to: number): string | undefined {
    const rest = this.text.slice(from, to);
    const m = /(?:^|\s)(#.*)$/.exec(rest);
    return m ? m[1] : undefined;
  }
}

function flowMap(fields: readonly [string, string][]): string {
  return `{${fields.map(([k, v]) => `${k}: ${v}`).join(', ')}}`;
}

/** Every line of `text` shifted right (delta > 0) or left (delta < 0); blank lines stay as they are. */
export function reindent(text: string, delta: number): string {
  if (delta === 0) {
    return text;
  }
  return text
    .split('\n')
    .map(line => {
      if (line.trim() === '') {
        return line;
      }
      if (delta > 0) {
        return ' '.repeat(delta) + line;
      }
      let n = 0;
      while (n < -delta && line.charCodeAt(n) === 32) {
        n++;
      }
      return line.slice(n);
    })
    .join('\n');
}
