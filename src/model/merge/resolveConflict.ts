// resolveMergeConflict (pure): a network.yaml with git's conflict markers -> the edits that turn it
// into ours merged with theirs by person (one undo step), and what was merged. Nothing is written
// when a version does not read, or when the result would not.

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

const NOTHING_WRITTEN = 'nothing was written';

/** The end of every refusal: nothing was written (a function: this module is bundled lazily). */
export function nothingWritten(): string {
  return NOTHING_WRITTEN;
}

export function refusal(message: string, offset?: number): ResolvePlan {
  return { plan: { ok: false, message, offset } };
}

/** The first problem of a version that does not read, in the file's own lines. */
function unreadable(model: NetworkModel, side: SideText, file: string, label: string, which: string): ResolvePlan {
  const err = model.syntaxErrors[0];
  const at = side.toFile(err.start);
  const line = lineColumn(file, at).line + 1;
  const what = err.message.replace(/^YAML syntax: /, '');
  return refusal(
    `The ${which} version (${label}) does not read as YAML, at line ${line} of network.yaml: ${what} Fix it between the markers and resolve again; ${NOTHING_WRITTEN}.`,
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
          `The versions could not be merged by person: ${e.message}; ${NOTHING_WRITTEN}. Resolve it by hand.`,
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
        `Merging by person would give a file that does not read (${check.syntaxErrors[0].message}); ${NOTHING_WRITTEN}. Resolve this conflict by hand.`,
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
      `network.yaml has a conflict marker on line ${line} without the rest of its conflict, so the two versions cannot be told apart: finish that one by hand; ${NOTHING_WRITTEN}.`,
      stray.start,
    );
  }
  if (scan.hunks.length === 0) {
    return refusal(`network.yaml has no merge conflict to resolve; ${NOTHING_WRITTEN}.`);
  }
  const sides = repaired(conflictSides(file, scan));
  const ours = parseNetwork(sides.ours.text);
  if (ours.syntaxErrors.length) {
    return unreadable(ours, sides.ours, file, sides.oursLabel, 'first');
  }
  const theirs = parseNetwork(sides.theirs.text);
  if (theirs.syntaxErrors.length) {
    return unreadable(theirs, sides.theirs, file, sides.theirsLabel, 'second');
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
