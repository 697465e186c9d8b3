// resolveMergeConflict from git's own copies of the two versions (and their ancestor), as git
// keeps them during a merge (the index stages :2, :3 and :1): the same merge by person, without
// the guesswork of rebuilding the versions from a line merge that may have attached lines to the
// wrong person. Used only while the file is still what git wrote (fileMatchesVersions).

import * as l10n from '@vscode/l10n';
import type { Entry } from '../network/network';
import { parseNetwork } from '../network/networkParser';
import { lineColumn } from '../yaml/lineIndex';
import { scanConflicts } from './conflictMarkers';
import { oneEdit } from './conflictSides';
import { describeResolve } from './mergeSummary';
import type { ResolveSummary } from './mergeSummary';
import type { ResolvePlan } from './resolveConflict';
import { mergeChecked, refusal } from './resolveConflict';

/** The versions git keeps during a merge, with the labels its markers use. */
export interface GitVersions {
  readonly ours: string;
  readonly theirs: string;
  readonly base?: string;
}

function lineSet(text: string): Set<string> {
  return new Set(text.split('\n').map(l => l.replace(/\r$/, '')));
}

/**
 * Whether the file is still what git's merge wrote from these versions: every line that is not a
 * conflict marker is a line of one of them (a line typed since then, or a conflict resolved by
 * hand, means the file has moved on and the markers are the truth).
 */
export function fileMatchesVersions(file: string, versions: GitVersions): boolean {
  const scan = scanConflicts(file);
  if (scan.hunks.length === 0 || scan.stray.length > 0) {
    return false;
  }
  const known = lineSet(versions.ours);
  for (const l of lineSet(versions.theirs)) {
    known.add(l);
  }
  for (const l of versions.base === undefined ? [] : lineSet(versions.base)) {
    known.add(l);
  }
  const markers = new Set(scan.hunks.flatMap(h => [h.firstLine, h.lastLine]));
  const lines = file.split('\n');
  return lines.every((l, i) => markers.has(i) || /^(={7}|\|{7}( .*)?)\r?$/.test(l) || known.has(l.replace(/\r$/, '')));
}

/** The merge of git's copies, as one edit of the file with markers. */
export function planResolveFromVersions(file: string, versions: GitVersions, today: string): ResolvePlan {
  const scan = scanConflicts(file);
  const oursLabel = scan.hunks[0]?.oursLabel ?? 'ours';
  const theirsLabel = scan.hunks[0]?.theirsLabel ?? 'theirs';
  const ours = parseNetwork(versions.ours);
  const theirs = parseNetwork(versions.theirs);
  for (const [model, label] of [
    [ours, oursLabel],
    [theirs, theirsLabel],
  ] as const) {
    const err = model.syntaxErrors[0];
    if (err) {
      const line = lineColumn(model.text, err.start).line + 1;
      return refusal(
        l10n.t(
          "git's copy of the {0} version does not read as YAML (its line {1}: {2}); nothing was written.",
          label,
          line,
          err.message,
        ),
      );
    }
  }
  const baseModel = versions.base === undefined ? undefined : parseNetwork(versions.base);
  const base =
    baseModel && baseModel.syntaxErrors.length === 0 ? { model: baseModel, inConflict: (_: Entry) => true } : undefined;
  const merged = mergeChecked(ours, theirs, base, { today, oursLabel, theirsLabel, listOf: e => e.list });
  if ('refused' in merged) {
    return merged.refused;
  }
  const summary: ResolveSummary = {
    ...merged.summary,
    conflicts: scan.hunks.length,
    ours: oursLabel,
    theirs: theirsLabel,
    withBase: !!base,
  };
  return { plan: { ok: true, edits: [oneEdit(file, merged.text)], message: describeResolve(summary) }, summary };
}
