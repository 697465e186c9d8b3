// Git's conflict markers in network.yaml (`<<<<<<<`, `|||||||`, `=======`, `>>>>>>>` at the
// start of a line): where each conflict is, one problem per conflict instead of a cascade of
// YAML errors, and the model of a file that has them (nothing may be written to it).

import * as l10n from '@vscode/l10n';
import type { NetworkModel, Problem } from '../network/network';
import type { EditPlan } from '../yaml/textEdits';
import { lineColumn } from '../yaml/lineIndex';

/** The stable code of a conflict's problem (quick fixes, the tree and the users' own tooling key on it). */
export const MERGE_CONFLICT_CODE = 'merge-conflict';
export const RESOLVE_COMMAND_TITLE = 'Contractor Network: Resolve Merge Conflict by Person';

/** A range of the file's text, [start, end). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One conflict: the text between its marker lines; `start`..`end` covers its lines, markers included. */
export interface ConflictHunk extends Span {
  /** The lines between `<<<<<<<` and `|||||||` (or `=======`). */
  readonly ours: Span;
  /** The common ancestor's lines (diff3 style: between `|||||||` and `=======`), when shown. */
  readonly base?: Span;
  readonly theirs: Span;
  /** The labels git writes after the markers (`HEAD`, the branch merged). */
  readonly oursLabel: string;
  readonly theirsLabel: string;
  /** 0-based lines of the `<<<<<<<` and `>>>>>>>` markers. */
  readonly firstLine: number;
  readonly lastLine: number;
  /** The end of the `>>>>>>>` line's content (before its end of line). */
  readonly lastLineEnd: number;
}

/** A marker line that belongs to no complete conflict (a half-done resolution). */
export interface StrayMarker extends Span {
  readonly line: number;
  readonly marker: string;
}

export interface ConflictScan {
  readonly hunks: readonly ConflictHunk[];
  readonly stray: readonly StrayMarker[];
}

type MarkerKind = '<' | '|' | '=' | '>';

interface MarkerLine {
  readonly kind: MarkerKind;
  readonly start: number;
  /** After the line's end of line. */
  readonly next: number;
  readonly contentEnd: number;
  readonly line: number;
  readonly label: string;
}

/** The kind of marker a line is, if it is one: seven of the character, then a space or the end of the line. */
function markerAt(text: string, start: number, contentEnd: number): MarkerKind | undefined {
  const c = text[start];
  if (c !== '<' && c !== '|' && c !== '=' && c !== '>') {
    return undefined;
  }
  if (contentEnd - start < 7) {
    return undefined;
  }
  for (let i = 1; i < 7; i++) {
    if (text[start + i] !== c) {
      return undefined;
    }
  }
  const after = start + 7 === contentEnd ? '' : text[start + 7];
  if (c === '=') {
    return after === '' ? c : undefined;
  }
  return after === '' || after === ' ' ? c : undefined;
}

/** Every marker line of the text, in order (a line-by-line pass; no regular expression over the whole text). */
function markerLines(text: string): MarkerLine[] {
  const out: MarkerLine[] = [];
  const n = text.length;
  let line = 0;
  for (let pos = 0; pos < n; line++) {
    const nl = text.indexOf('\n', pos);
    const next = nl < 0 ? n : nl + 1;
    const end = nl < 0 ? n : nl > pos && text[nl - 1] === '\r' ? nl - 1 : nl;
    const kind = markerAt(text, pos, end);
    if (kind) {
      out.push({ kind, start: pos, next, contentEnd: end, line, label: text.slice(pos + 7, end).trim() });
    }
    pos = next;
  }
  return out;
}

/** The conflicts of a text and the marker lines that belong to none. */
export function scanConflicts(text: string): ConflictScan {
  const hunks: ConflictHunk[] = [];
  const stray: StrayMarker[] = [];
  let open: MarkerLine[] = [];
  const strayAll = (lines: readonly MarkerLine[]): void => {
    for (const m of lines) {
      stray.push({ start: m.start, end: m.contentEnd, line: m.line, marker: m.kind.repeat(7) });
    }
  };
  for (const m of markerLines(text)) {
    const kinds = open.map(o => o.kind).join('');
    if (m.kind === '<') {
      strayAll(open);
      open = [m];
    } else if (
      (m.kind === '|' && kinds === '<') ||
      (m.kind === '=' && (kinds === '<' || kinds === '<|')) ||
      (m.kind === '>' && (kinds === '<=' || kinds === '<|='))
    ) {
      open.push(m);
      if (m.kind === '>') {
        hunks.push(hunkOf(open));
        open = [];
      }
    } else {
      strayAll([...open, m]);
      open = [];
    }
  }
  strayAll(open);
  stray.sort((a, b) => a.start - b.start);
  return { hunks, stray };
}

function hunkOf(lines: readonly MarkerLine[]): ConflictHunk {
  const [head, ...rest] = lines;
  const baseMark = rest.find(l => l.kind === '|');
  const mid = rest.find(l => l.kind === '=')!;
  const tail = rest.find(l => l.kind === '>')!;
  const oursEnd = (baseMark ?? mid).start;
  return {
    start: head.start,
    end: tail.next,
    ours: { start: head.next, end: oursEnd },
    base: baseMark ? { start: baseMark.next, end: mid.start } : undefined,
    theirs: { start: mid.next, end: tail.start },
    oursLabel: head.label || 'ours',
    theirsLabel: tail.label || 'theirs',
    firstLine: head.line,
    lastLine: tail.line,
    lastLineEnd: tail.contentEnd,
  };
}

/** The problems of a scan: one per conflict, at its lines, and one per stray marker. */
export function conflictProblems(scan: ConflictScan): Problem[] {
  const problems: Problem[] = scan.hunks.map(h => {
    return {
      code: MERGE_CONFLICT_CODE,
      severity: 'error' as const,
      start: h.start,
      end: h.lastLineEnd,
      message: l10n.t(
        'Merge conflict on lines {0}–{1}: {2} and {3} both changed this part of the file. Run "{4}" (the lens above the first conflict) to merge the two versions person by person; nothing else writes to the file until then.',
        h.firstLine + 1,
        h.lastLine + 1,
        h.oursLabel,
        h.theirsLabel,
        RESOLVE_COMMAND_TITLE,
      ),
    };
  });
  for (const s of scan.stray) {
    problems.push({
      code: MERGE_CONFLICT_CODE,
      severity: 'error',
      start: s.start,
      end: s.end,
      message: l10n.t(
        'A leftover merge conflict marker ({0}) on line {1}, without the rest of its conflict: finish resolving it by hand (delete the marker lines and keep the lines you want).',
        s.marker,
        s.line + 1,
      ),
    });
  }
  return problems.sort((a, b) => a.start - b.start);
}

/**
 * The model of a text with conflict markers: its problems and nothing else (no sections, no
 * entries), so that every view shows the conflict and every action refuses. Undefined without markers.
 */
export function conflictedModel(text: string, eol: '\n' | '\r\n'): NetworkModel | undefined {
  if (!mayHaveMarkers(text)) {
    return undefined;
  }
  const scan = scanConflicts(text);
  if (scan.hunks.length === 0 && scan.stray.length === 0) {
    return undefined;
  }
  return {
    text,
    eol,
    syntaxErrors: conflictProblems(scan),
    sections: [],
    invitations: [],
    contacts: [],
    archive: [],
    rules: [],
    blueprints: [],
    opportunities: [],
    fast: false,
  };
}

/** A quick look before the line-by-line pass: a marker needs seven of one of its characters in a row. */
function mayHaveMarkers(text: string): boolean {
  return ['<<<<<<<', '=======', '>>>>>>>', '|||||||'].some(m => text.includes(m));
}

/** Whether the model is of a file with conflict markers. */
export function isConflicted(model: NetworkModel): boolean {
  return model.syntaxErrors.some(p => p.code === MERGE_CONFLICT_CODE);
}

/** The refusal of every action on a file with conflict markers: what is wrong and what to do. */
export function conflictRefusal(model: NetworkModel): EditPlan | undefined {
  const first = model.syntaxErrors.find(p => p.code === MERGE_CONFLICT_CODE);
  if (!first) {
    return undefined;
  }
  const count = model.syntaxErrors.filter(p => p.code === MERGE_CONFLICT_CODE).length;
  const line = lineColumn(model.text, first.start).line + 1;
  if (scanConflicts(model.text).hunks.length === 0) {
    return {
      ok: false,
      offset: first.start,
      message: l10n.t(
        'network.yaml has a leftover merge conflict marker on line {0}: finish resolving it by hand (delete the marker lines), then try again; nothing was written.',
        line,
      ),
    };
  }
  return {
    ok: false,
    offset: first.start,
    message:
      count > 1
        ? l10n.t(
            'network.yaml has {0} merge conflicts (the first on line {1}). Run "{2}" (the lens on line {1}, or the item in the People view) first, then try again; nothing was written.',
            count,
            line,
            RESOLVE_COMMAND_TITLE,
          )
        : l10n.t(
            'network.yaml has a merge conflict on line {0}. Run "{1}" (the lens on line {0}, or the item in the People view) first, then try again; nothing was written.',
            line,
            RESOLVE_COMMAND_TITLE,
          ),
  };
}
