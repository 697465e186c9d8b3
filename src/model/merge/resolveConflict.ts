// resolveMergeConflict (pure): a network.yaml with git's conflict markers -> the edits that turn it
// into ours merged with theirs by person (one undo step), and what was merged. Nothing is written
// when a version does not read, or when the result would not.

import * as l10n from '@vscode/l10n';
import { ListEditError } from '../actions/listEdits';
import type { Entry, EntryList, NetworkModel } from '../network/network';
import { PERSON_LISTS } from '../network/network';
import { parseNetwork } from '../network/networkParser';
import { EntryEditError } from '../yaml/entryFields';
import { lineColumn } from '../yaml/lineIndex';
import type { EditPlan, TextEdit } from '../yaml/textEdits';
import { applyEdits } from '../yaml/textEdits';
import { scanConflicts } from './conflictMarkers';
import type { ConflictSides, SideText } from './conflictSides';
import { conflictSides, editsOfFile } from './conflictSides';
import type { ResolveSummary } from './mergeSummary';
import { describeResolve } from './mergeSummary';
import { mergeNetworks } from './networkMerge';
import type { AncestorVersion } from './entryPairs';
import type { MergeSummary } from './mergeSummary';
import { stateList } from './fieldMerge';
import { repairSpans } from './sideRepair';

export interface ResolvePlan {
  readonly plan: EditPlan;
  readonly summary?: ResolveSummary;
}

export function refusal(message: string, offset?: number): ResolvePlan {
  return { plan: { ok: false, message, offset } };
}

/** The first problem of a version that does not read, in the file's own lines. */
function unreadable(model: NetworkModel, side: SideText, file: string, label: string, which: 1 | 2): ResolvePlan {
  const err = model.syntaxErrors[0];
  const at = side.toFile(err.start);
  const line = lineColumn(file, at).line + 1;
  const what = err.reason ?? err.message;
  return refusal(
    which === 1
      ? l10n.t(
          'The first version ({0}) does not read as YAML, at line {1} of network.yaml: {2} Fix it between the markers and resolve again; nothing was written.',
          label,
          line,
          what,
        )
      : l10n.t(
          'The second version ({0}) does not read as YAML, at line {1} of network.yaml: {2} Fix it between the markers and resolve again; nothing was written.',
          label,
          line,
          what,
        ),
    at,
  );
}

/**
 * Merges two versions (and their ancestor) by person, and checks the result reads. The refusal
 * says why nothing is written.
 */
export function mergeChecked(
  ours: NetworkModel,
  theirs: NetworkModel,
  base: AncestorVersion | undefined,
  ctx: Parameters<typeof mergeNetworks>[3],
): { edits: TextEdit[]; text: string; summary: MergeSummary } | { refused: ResolvePlan } {
  let merged: ReturnType<typeof mergeNetworks>;
  try {
    merged = mergeNetworks(ours, theirs, base, ctx);
  } catch (e) {
    if (e instanceof ListEditError || e instanceof EntryEditError) {
      return {
        refused: refusal(
          l10n.t(
            'The versions could not be merged by person: {0}; nothing was written. Resolve it by hand.',
            e.message,
          ),
        ),
      };
    }
    throw e;
  }
  const text = applyEdits(ours.text, merged.edits);
  const check = parseNetwork(text);
  if (check.syntaxErrors.length) {
    // never write a file that does not read: a safety net, not a path the tests have seen taken
    return {
      refused: refusal(
        l10n.t(
          'Merging by person would give a file that does not read ({0}); nothing was written. Resolve this conflict by hand.',
          check.syntaxErrors[0].message,
        ),
      ),
    };
  }
  return { ...merged, text };
}

export function planResolveConflict(file: string, today: string): ResolvePlan {
  const scan = scanConflicts(file);
  const stray = scan.stray[0];
  if (stray) {
    const line = stray.line + 1;
    return refusal(
      l10n.t(
        'network.yaml has a conflict marker on line {0} without the rest of its conflict, so the two versions cannot be told apart: finish that one by hand; nothing was written.',
        line,
      ),
      stray.start,
    );
  }
  if (scan.hunks.length === 0) {
    return refusal(l10n.t('network.yaml has no merge conflict to resolve; nothing was written.'));
  }
  const sides = repaired(conflictSides(file, scan));
  const ours = parseNetwork(sides.ours.text);
  if (ours.syntaxErrors.length) {
    return unreadable(ours, sides.ours, file, sides.oursLabel, 1);
  }
  const theirs = parseNetwork(sides.theirs.text);
  if (theirs.syntaxErrors.length) {
    return unreadable(theirs, sides.theirs, file, sides.theirsLabel, 2);
  }
  const baseModel = sides.base && parseNetwork(sides.base.text);
  const baseSide = sides.base;
  const base =
    baseModel && baseSide && baseModel.syntaxErrors.length === 0
      ? { model: baseModel, inConflict: (e: Entry) => baseSide.inConflict(e.start) }
      : undefined;
  const merged = mergeChecked(ours, theirs, base, {
    today,
    oursLabel: sides.oursLabel,
    theirsLabel: sides.theirsLabel,
    listOf: misplacedLists(ours, sides.ours, theirs, sides.theirs),
  });
  if ('refused' in merged) {
    return merged.refused;
  }
  const summary: ResolveSummary = {
    ...merged.summary,
    conflicts: scan.hunks.length,
    ours: sides.oursLabel,
    theirs: sides.theirsLabel,
    withBase: !!base,
  };
  const edits = editsOfFile(file, scan, sides.ours, merged.edits);

  return { plan: { ok: true, edits, message: describeResolve(summary) }, summary };
}

/** The versions with what git's line merge left unreadable in known ways taken out (sideRepair). */
function repaired(sides: ConflictSides): ConflictSides {
  const fix = (side: SideText): SideText => side.without(repairSpans(side.text));
  return { ...sides, ours: fix(sides.ours), theirs: fix(sides.theirs), base: sides.base && fix(sides.base) };
}

/**
 * The list each person counts as being in: where their fields say (stateList) for an entry wholly in
 * a conflict's lines, whose list key may be the other version's; where it is for everyone else (an
 * entry partly outside mixes the two versions' lines, so its fields say nothing about its place).
 */
function misplacedLists(
  ours: NetworkModel,
  oursSide: SideText,
  theirs: NetworkModel,
  theirsSide: SideText,
): (e: Entry) => EntryList {
  const moved = new Map<Entry, EntryList>();
  for (const [model, side] of [
    [ours, oursSide],
    [theirs, theirsSide],
  ] as const) {
    for (const list of PERSON_LISTS) {
      for (const e of model[list]) {
        const own = stateList(e);
        if (own !== e.list && side.inConflict(e.start) && side.inConflict(Math.max(e.start, e.end - 1))) {
          moved.set(e, own);
        }
      }
    }
  }
  return e => moved.get(e) ?? e.list;
}
