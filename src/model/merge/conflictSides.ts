// The versions a file with conflict markers stands for: "ours" (the lines before `=======`),
// "theirs" (after it) and, when git wrote the `|||||||` section (diff3), the common ancestor;
// and the way back from an edit of "ours" to an edit of the file with its markers.

import type { TextEdit } from '../yaml/textEdits';
import { applyEdits, normalizeEdits } from '../yaml/textEdits';
import type { ConflictHunk, ConflictScan, Span } from './conflictMarkers';

/** A stretch of a side's text and where it is in the file. */
interface Segment {
  readonly sideStart: number;
  readonly fileStart: number;
  readonly length: number;
  /** Lines between conflict markers (this version's own), not the lines the versions share. */
  readonly inConflict: boolean;
}

/** One version of the file, with the map from its offsets to the file's. */
export class SideText {
  constructor(
    readonly text: string,
    private readonly segments: readonly Segment[],
    private readonly fileLength: number,
    /** Stretches of the file that are in this version's lines but were taken out of its text (repairs). */
    readonly dropped: readonly Span[] = [],
  ) {}

  /** The same version without some stretches of its text (sorted, not overlapping), still mapped to the file. */
  without(spans: readonly Span[]): SideText {
    if (spans.length === 0) {
      return this;
    }
    const segments: Segment[] = [];
    const dropped: Span[] = [...this.dropped];
    let text = '';
    for (const s of this.segments) {
      let from = s.sideStart;
      const end = s.sideStart + s.length;
      for (const cut of spans) {
        if (cut.end <= from || cut.start >= end) {
          continue;
        }
        const a = Math.max(cut.start, from);
        const b = Math.min(cut.end, end);
        segments.push({
          ...s,
          sideStart: text.length,
          fileStart: s.fileStart + (from - s.sideStart),
          length: a - from,
        });
        text += this.text.slice(from, a);
        dropped.push({ start: s.fileStart + (a - s.sideStart), end: s.fileStart + (b - s.sideStart) });
        from = b;
      }
      segments.push({
        ...s,
        sideStart: text.length,
        fileStart: s.fileStart + (from - s.sideStart),
        length: end - from,
      });
      text += this.text.slice(from, end);
    }
    return new SideText(text, segments, this.fileLength, dropped);
  }

  /** Whether an offset of this side is in one of its conflicts' lines (not in what the versions share). */
  inConflict(offset: number): boolean {
    return this.segments.some(s => s.inConflict && offset >= s.sideStart && offset < s.sideStart + s.length);
  }

  /**
   * The file offset of an offset of this side. A place between two stretches (the end of one is
   * the start of the next) is the start of the next one, past the marker lines between them.
   */
  toFile(offset: number): number {
    for (const s of this.segments) {
      if (offset < s.sideStart + s.length) {
        return s.fileStart + Math.max(0, offset - s.sideStart);
      }
    }
    const last = this.segments[this.segments.length - 1];
    return last ? last.fileStart + last.length : this.fileLength;
  }
}

export interface ConflictSides {
  readonly ours: SideText;
  readonly theirs: SideText;
  /** Only when every conflict shows the common ancestor (`|||||||`). */
  readonly base?: SideText;
  readonly oursLabel: string;
  readonly theirsLabel: string;
}

/** Rebuilds the versions from a file and its (complete) conflicts. */
export function conflictSides(file: string, scan: ConflictScan): ConflictSides {
  const hunks = scan.hunks;
  const side = (pick: (h: ConflictHunk) => Span): SideText => {
    const segments: Segment[] = [];
    let text = '';
    let pos = 0;
    const add = (start: number, end: number, inConflict: boolean): void => {
      segments.push({ sideStart: text.length, fileStart: start, length: end - start, inConflict });
      text += file.slice(start, end);
    };
    for (const h of hunks) {
      add(pos, h.start, false);
      const span = pick(h);
      add(span.start, span.end, true);
      pos = h.end;
    }
    add(pos, file.length, false);
    return new SideText(text, segments, file.length);
  };
  const withBase = hunks.length > 0 && hunks.every(h => h.base);
  return {
    ours: side(h => h.ours),
    theirs: side(h => h.theirs),
    base: withBase ? side(h => h.base!) : undefined,
    oursLabel: hunks[0]?.oursLabel ?? 'ours',
    theirsLabel: hunks[0]?.theirsLabel ?? 'theirs',
  };
}

/**
 * Edits of the file (with its markers) that give the same text as `oursEdits` applied to "ours":
 * the marker lines and the other versions' lines are deleted, and each edit of "ours" lands at
 * its place in the file. Kept minimal, so the one undo step shows what changed.
 */
export function editsOfFile(
  file: string,
  scan: ConflictScan,
  ours: SideText,
  oursEdits: readonly TextEdit[],
): TextEdit[] {
  const merged = applyEdits(ours.text, oursEdits);
  const cleanup: TextEdit[] = scan.hunks.flatMap(h => [
    { start: h.start, end: h.ours.start, text: '' },
    { start: h.ours.end, end: h.end, text: '' },
  ]);
  cleanup.push(...ours.dropped.map(d => ({ ...d, text: '' })));
  const mapped = oursEdits.map(e => ({ start: ours.toFile(e.start), end: ours.toFile(e.end), text: e.text }));
  const kept = cleanup.filter(c => !mapped.some(m => m.start <= c.start && c.end <= m.end && m.start < m.end));
  try {
    const edits = normalizeEdits([...kept, ...mapped]);
    if (applyEdits(file, edits) === merged) {
      return edits;
    }
  } catch {
    // overlapping edits: fall through to the one edit that always works
  }
  return [oneEdit(file, merged)];
}

/** The single edit from `from` to `to`: what lies between their common start and common end. */
export function oneEdit(from: string, to: string): TextEdit {
  let a = 0;
  const max = Math.min(from.length, to.length);
  while (a < max && from.charCodeAt(a) === to.charCodeAt(a)) {
    a++;
  }
  let b = 0;
  while (b < max - a && from.charCodeAt(from.length - 1 - b) === to.charCodeAt(to.length - 1 - b)) {
    b++;
  }
  return { start: a, end: from.length - b, text: to.slice(a, to.length - b) };
}
