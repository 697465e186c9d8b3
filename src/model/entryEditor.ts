// Edits inside one entry, computed from the entry's own text and syntax tree: set, remove and
// append fields while keeping the entry's style (block or flow), quoting, comments and key order.

import type { ParsedEntry } from './network';
import { findPair } from './syntax';
import type { YMap, YPair, YSeq } from './syntax';
import type { TextEdit } from './textEdits';
import { applyEdits } from './textEdits';
import { formatFlowString, formatString } from './scalar';

export class EntryEditError extends Error {}

/** Collects edits to one entry (offsets relative to the entry's text). */
export class EntryEditor {
  private readonly edits: TextEdit[] = [];
  /** Pairs appended by this editor, in order (they go after the entry's last pair). */
  private readonly appended: string[] = [];
  private readonly appendedFlow: string[] = [];

  constructor(private readonly parsed: ParsedEntry, private readonly eol: string) {
    if (parsed.node.kind !== 'map') {
      throw new EntryEditError('this entry is not a mapping of fields (it should start with `- name: ...`)');
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
    if (pair) {
      this.replaceValue(pair, valueText);
    } else {
      this.appendPair(key, valueText);
    }
    return this;
  }

  remove(key: string): this {
    const map = this.map;
    const i = map.pairs.findIndex(p => p.key === key);
    if (i < 0) {
      return this;
    }
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

  /** Appends an item to a list field (`tags`), creating it as a flow list `[item]` when missing. */
  appendScalar(key: string, itemText: string): this {
    const pair = findPair(this.map, key);
    if (!pair || (pair.value.kind === 'scalar' && pair.value.start === pair.value.end)) {
      return this.set(key, `[${itemText}]`);
    }
    if (pair.value.kind !== 'seq') {
      throw new EntryEditError(`"${key}" is not a list here, so nothing can be added to it`);
    }
    this.appendToSeq(pair.value, itemText, `${itemText}`);
    return this;
  }

  /**
   * Appends a mapping item (`notes`): block style where the entry is block style, flow style in
   * flow entries or flow lists. `fields` are [key, formatted value] pairs.
   */
  appendMap(key: string, fields: readonly [string, string][]): this {
    const flowItem = `{${fields.map(([k, v]) => `${k}: ${v}`).join(', ')}}`;
    const pair = findPair(this.map, key);
    const isEmpty = !pair || (pair.value.kind === 'scalar' && pair.value.start === pair.value.end)
      || (pair.value.kind === 'seq' && pair.value.flow && pair.value.items.length === 0);
    if (this.map.flow) {
      if (!pair || isEmpty) {
        return this.set(key, `[${flowItem}]`);
      }
      if (pair.value.kind !== 'seq') {
        throw new EntryEditError(`"${key}" is not a list here, so nothing can be added to it`);
      }
      this.appendToSeq(pair.value, flowItem, flowItem);
      return this;
    }
    if (isEmpty) {
      // `key:` / `key: []` / missing: write a block list under the key
      const col = this.keyColumn;
      const block = this.blockItem(col + 2, fields);
      if (pair) {
        const lineEndNoEol = this.lineContentEnd(pair.keyEnd);
        const comment = this.commentOnLine(pair.value.end, lineEndNoEol);
        this.edits.push({ start: pair.keyEnd + 1, end: lineEndNoEol, text: comment ? ` ${comment}` : '' });
        this.edits.push({ start: this.afterLine(pair.keyEnd), end: this.afterLine(pair.keyEnd), text: this.withLeadingEol(this.afterLine(pair.keyEnd), block) });
      } else {
        this.appended.push(`${' '.repeat(col)}${key}:${this.eol}${block}`);
        this.appendedFlow.push(`${key}: [${flowItem}]`);
      }
      return this;
    }
    if (pair!.value.kind !== 'seq') {
      throw new EntryEditError(`"${key}" is not a list here, so nothing can be added to it`);
    }
    const seq = pair!.value;
    if (seq.flow) {
      this.appendToSeq(seq, flowItem, flowItem);
      return this;
    }
    const last = seq.items[seq.items.length - 1];
    const dashCol = last.dash - (this.text.lastIndexOf('\n', last.dash - 1) + 1);
    const at = last.lineEnd;
    this.edits.push({ start: at, end: at, text: this.withLeadingEol(at, this.blockItem(dashCol, fields)) });
    return this;
  }

  /** The entry's text after the edits. */
  result(): string {
    return applyEdits(this.text, this.allEdits());
  }

  /** The edits, relative to the entry's text. */
  allEdits(): TextEdit[] {
    const edits = [...this.edits];
    if (this.appended.length) {
      const map = this.map;
      if (map.flow) {
        const inner = this.appendedFlow.join(', ');
        if (map.pairs.length === 0) {
          edits.push({ start: map.start + 1, end: map.end - 1, text: inner });
        } else {
          const last = map.pairs[map.pairs.length - 1];
          edits.push({ start: last.value.end, end: last.value.end, text: `, ${inner}` });
        }
      } else {
        const last = map.pairs[map.pairs.length - 1];
        const at = last.lineEnd;
        edits.push({ start: at, end: at, text: this.withLeadingEol(at, this.appended.join('')) });
      }
    }
    return edits;
  }

  private replaceValue(pair: YPair, valueText: string): void {
    const v = pair.value;
    if (v.kind === 'scalar' || v.flow) {
      if (v.start === v.end) {
        this.edits.push({ start: v.start, end: v.end, text: ` ${valueText}` });
      } else {
        this.edits.push({ start: v.start, end: v.end, text: valueText });
      }
      return;
    }
    // a block collection becomes a scalar: the pair is rewritten on one line
    if (this.map.flow) {
      this.edits.push({ start: v.start, end: v.end, text: valueText });
      return;
    }
    const isFirst = this.map.pairs[0] === pair;
    const start = isFirst ? pair.keyStart : pair.lineStart;
    const prefix = isFirst ? '' : ' '.repeat(this.keyColumn);
    this.edits.push({ start, end: pair.lineEnd, text: `${prefix}${pair.key}: ${valueText}${this.eol}` });
  }

  private appendPair(key: string, valueText: string): void {
    this.appended.push(`${' '.repeat(this.keyColumn)}${key}: ${valueText}${this.eol}`);
    this.appendedFlow.push(`${key}: ${valueText}`);
  }

  private appendToSeq(seq: YSeq, flowText: string, blockText: string): void {
    if (seq.flow) {
      if (seq.items.length === 0) {
        this.edits.push({ start: seq.start + 1, end: seq.end - 1, text: flowText });
      } else {
        const last = seq.items[seq.items.length - 1];
        this.edits.push({ start: last.node.end, end: last.node.end, text: `, ${flowText}` });
      }
      return;
    }
    const last = seq.items[seq.items.length - 1];
    const dashCol = last.dash - (this.text.lastIndexOf('\n', last.dash - 1) + 1);
    const at = last.lineEnd;
    this.edits.push({ start: at, end: at, text: this.withLeadingEol(at, `${' '.repeat(dashCol)}- ${blockText}${this.eol}`) });
  }

  private blockItem(dashCol: number, fields: readonly [string, string][]): string {
    return fields.map(([k, v], i) => `${' '.repeat(i === 0 ? dashCol : dashCol + 2)}${i === 0 ? '- ' : ''}${k}: ${v}${this.eol}`).join('');
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

/** Every line of `text` shifted right (delta > 0) or left (delta < 0); blank lines stay as they are. */
export function reindent(text: string, delta: number): string {
  if (delta === 0) {
    return text;
  }
  return text.split('\n').map(line => {
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
  }).join('\n');
}
