// Checks shared by the property tests: comments kept, people conserved, edits confined.
import * as assert from 'assert';
import { Lexer } from 'yaml';
import type { NetworkModel } from '../../src/model/network/network';
import type { TextEdit } from '../../src/model/yaml/textEdits';

/** Every comment in the text, as a multiset (comment text -> count). */
export function comments(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const tok of new Lexer().lex(text)) {
    if (tok.startsWith('#')) {
      out.set(tok.trimEnd(), (out.get(tok.trimEnd()) ?? 0) + 1);
    }
  }
  return out;
}

export function assertCommentsKept(before: string, after: string): void {
  const a = comments(after);
  for (const [c, n] of comments(before)) {
    assert.ok((a.get(c) ?? 0) >= n, `comment lost: ${c}`);
  }
}

export function peopleCount(m: NetworkModel): number {
  return m.invitations.length + m.contacts.length + m.archive.length;
}

/**
 * Edits may touch only: the acted-on entry's lines (with the blank lines around them), the key
 * lines of the lists, and the end of a list (where a new list goes) or of its last entry (where a
 * moved or added entry goes, above the comments that close the list).
 */
export function assertConfined(model: NetworkModel, entryStart: number, edits: readonly TextEdit[]): void {
  const text = model.text;
  const entry = [...model.invitations, ...model.contacts, ...model.archive, ...model.opportunities].find(
    e => e.start === entryStart,
  );
  assert.ok(entry, 'the entry acted on');
  const ranges: [number, number][] = [];
  let s = entry.blockStart;
  while (s > 0 && text.slice(text.lastIndexOf('\n', s - 2) + 1, s).trim() === '') {
    s = text.lastIndexOf('\n', s - 2) + 1;
  }
  let e = entry.end;
  while (e < text.length) {
    const nl = text.indexOf('\n', e);
    const next = nl < 0 ? text.length : nl + 1;
    if (text.slice(e, next).trim() !== '') {
      break;
    }
    e = next;
  }
  ranges.push([s, e]);
  const points = new Set<number>([text.length]);
  for (const sec of model.sections) {
    ranges.push([sec.lineStart, sec.headerEnd]);
    points.add(sec.bodyEnd);
    if (sec.entries.length) {
      points.add(sec.entries[sec.entries.length - 1].end);
    }
  }
  for (const ed of edits) {
    const inside =
      ranges.some(([a, b]) => ed.start >= a && ed.end <= b) ||
      (ed.start === ed.end && points.has(ed.start)) ||
      // a deletion of the entry merged with an insertion right after it
      ranges.some(([a, b]) => ed.start >= a && ed.end <= b + 0 && points.has(ed.end));
    assert.ok(inside, `edit outside the touched entry and list ends: ${JSON.stringify(ed)} in\n${text}`);
  }
}
