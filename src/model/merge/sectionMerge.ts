// The parts of network.yaml that are not list entries, merged: sections like `me` and `cadence`
// as a whole (the side that changed one wins; changed on both, ours stays and theirs is kept as
// comment lines below it), sections only theirs has, and the comments outside entries.

import type { EntryList, NetworkModel, Section } from '../network/network';
import { ENTRY_LISTS, section } from '../network/network';
import type { TextEdit } from '../yaml/textEdits';
import { sameValue } from './fieldMerge';
import type { CommentLine } from './mergeComments';
import { commentLines, commentsIn, missingComments } from './mergeComments';
import type { MergeSummary } from './mergeSummary';

const LISTS = new Set<string>(ENTRY_LISTS);

/** The comments of a section outside its entries: its key line, between entries, after them. */
export function looseComments(model: NetworkModel, sec: Section, from = sec.lineStart): CommentLine[] {
  const text = model.text;
  const out: CommentLine[] = [];
  let pos = from;
  for (const e of sec.entries) {
    if (e.blockStart >= pos) {
      out.push(...commentsIn(text.slice(pos, e.blockStart)));
      pos = e.end;
    }
  }
  out.push(...commentsIn(text.slice(pos, sec.end)));
  return out;
}

/** The edits for everything but the entries; `appendedTo`: the lists that get entries (created if missing). */
export function sectionEdits(
  ours: NetworkModel,
  theirs: NetworkModel,
  base: NetworkModel | undefined,
  theirsLabel: string,
  summary: MergeSummary,
  appendedTo: ReadonlySet<EntryList>,
): TextEdit[] {
  const edits: TextEdit[] = headerEdits(ours, theirs);
  theirs.sections.forEach((ts, i) => {
    const os = section(ours, ts.key);
    const isList = LISTS.has(ts.key);
    if (!os) {
      // a list that gets entries arrives with them (appendToList creates it); an empty one or a value
      // as written; a list whose entries all went elsewhere (a decision of ours moved them) as its
      // key line, empty, with its comments
      if (!isList || !appendedTo.has(ts.key as EntryList)) {
        const emptied = isList && ts.entries.length > 0;
        edits.push(insertedSection(ours, theirs, i, emptied ? emptiedListText(theirs, ts, ours.eol) : undefined));
        summary.sections.push(`${ts.key} (from ${theirsLabel})`);
      }
      return;
    }
    let trailingOnly = false;
    if (!isList && !sameValue(os.value, ts.value)) {
      const bs = base && section(base, ts.key);
      if (bs && sameValue(os.value, bs.value)) {
        edits.push(replacedSection(ours, theirs, os, ts));
        summary.sections.push(`${ts.key} (from ${theirsLabel})`);
        trailingOnly = true;
      } else if (!(bs && sameValue(ts.value, bs.value))) {
        edits.push(bothKept(ours, theirs, os, ts, theirsLabel));
        summary.sections.push(`${ts.key} (both kept)`);
      }
    }
    const missing = missingComments(
      looseComments(theirs, ts, trailingOnly ? ts.bodyEnd : ts.lineStart),
      looseComments(ours, os, trailingOnly ? os.bodyEnd : os.lineStart),
    );
    if (missing.length) {
      edits.push(insertAt(ours, os.bodyEnd, commentLines(missing, Math.max(os.itemIndent, 2), ours.eol)));
      summary.commentsKept += missing.length;
    }
  });
  return edits;
}

/** Comments above the first key that only theirs has, added above ours' first key. */
function headerEdits(ours: NetworkModel, theirs: NetworkModel): TextEdit[] {
  const head = (m: NetworkModel): CommentLine[] => commentsIn(m.text.slice(0, m.sections[0]?.lineStart ?? 0));
  const missing = missingComments(head(theirs), head(ours));
  if (!missing.length) {
    return [];
  }
  const at = ours.sections[0]?.lineStart ?? ours.text.length;
  return [insertAt(ours, at, commentLines(missing, 0, ours.eol))];
}

function insertAt(ours: NetworkModel, at: number, text: string): TextEdit {
  const lead = at > 0 && ours.text[at - 1] !== '\n' ? ours.eol : '';
  return { start: at, end: at, text: lead + text };
}

/** A section's own lines (its value and the comments in it), in ours' line endings. */
function sectionText(m: NetworkModel, sec: Section, eol: string): string {
  const raw = m.text.slice(sec.lineStart, sec.bodyEnd).replace(/\r?\n/g, eol);
  return raw.endsWith('\n') ? raw : raw + eol;
}

/**
 * A list of theirs without its entries (each of them went to another list of the merge): `key: []`
 * with the comment of its key line, then the comments between and after its entries.
 */
function emptiedListText(theirs: NetworkModel, ts: Section, eol: string): string {
  const keyComment = commentsIn(theirs.text.slice(ts.lineStart, ts.headerEnd))[0];
  const head = `${ts.key}: []${keyComment ? `   ${keyComment.text}` : ''}${eol}`;
  return head + commentLines(looseComments(theirs, ts, ts.headerEnd), Math.max(ts.itemIndent, 2), eol);
}

/** A section's lines and the comment lines after them (up to the next key), in ours' line endings. */
function sectionWithComments(m: NetworkModel, sec: Section, eol: string): string {
  return sectionText(m, sec, eol) + commentLines(commentsIn(m.text.slice(sec.bodyEnd, sec.end)), 0, eol);
}

/**
 * Theirs' i-th section (or `text` in its place), which ours lacks: after the section before it
 * that ours has, else first.
 */
function insertedSection(ours: NetworkModel, theirs: NetworkModel, i: number, given?: string): TextEdit {
  const text = given ?? sectionWithComments(theirs, theirs.sections[i], ours.eol);
  for (let j = i - 1; j >= 0; j--) {
    const before = section(ours, theirs.sections[j].key);
    if (before) {
      return insertAt(ours, before.bodyEnd, ours.eol + text);
    }
  }
  const first = ours.sections[0];
  return first ? insertAt(ours, first.lineStart, text + ours.eol) : insertAt(ours, ours.text.length, text);
}

/** Only theirs changed the section: theirs' lines, plus the comments only ours had in it. */
function replacedSection(ours: NetworkModel, theirs: NetworkModel, os: Section, ts: Section): TextEdit {
  const comments = (m: NetworkModel, s: Section): CommentLine[] => commentsIn(m.text.slice(s.lineStart, s.bodyEnd));
  const kept = missingComments(comments(ours, os), comments(theirs, ts));
  return {
    start: os.lineStart,
    end: os.bodyEnd,
    text: sectionText(theirs, ts, ours.eol) + commentLines(kept, 2, ours.eol),
  };
}

/** Both sides changed the section: ours stays, theirs follows as comment lines (nothing is lost). */
function bothKept(ours: NetworkModel, theirs: NetworkModel, os: Section, ts: Section, label: string): TextEdit {
  const eol = ours.eol;
  const lines = sectionText(theirs, ts, eol)
    .split(/\r?\n/)
    .filter(l => l.trim() !== '')
    .map(l => `# ${l}${eol}`);
  return insertAt(
    ours,
    os.bodyEnd,
    `# ${label} had this ${ts.key} (merge conflict; keep what you need):${eol}${lines.join('')}`,
  );
}
