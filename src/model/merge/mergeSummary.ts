// What a merge of two versions of network.yaml did, in numbers a person can check.

import * as l10n from '@vscode/l10n';

/** What a merge did, in numbers a person can check (the command resolves to it). */
export interface MergeSummary {
  /** People only the other side had, added. */
  peopleAdded: number;
  /** People both sides changed, combined into one entry. */
  peopleMerged: number;
  /** People moved to the list the other side decided (accepted, ignored, removed...). */
  decisionsTaken: number;
  notesAdded: number;
  tagsAdded: number;
  /** Values that differed and lost: each kept in a dated note on its entry. */
  valuesKeptInNotes: number;
  opportunitiesAdded: number;
  opportunitiesMerged: number;
  /** Rules and blueprints only the other side had, added (or blueprints combined). */
  otherEntries: number;
  /** Comments only the other side had, carried over. */
  commentsKept: number;
  /** The sections other than lists that were taken from the other side, or kept from both. */
  sections: string[];
  /** Entries the edit engine could not combine: both versions are kept, one after the other. */
  keptTwice: string[];
  /** People git's line merge put under another list's key, put back where their fields say. */
  movedBack: number;
}

export function emptySummary(): MergeSummary {
  return {
    peopleAdded: 0,
    peopleMerged: 0,
    decisionsTaken: 0,
    notesAdded: 0,
    tagsAdded: 0,
    valuesKeptInNotes: 0,
    opportunitiesAdded: 0,
    opportunitiesMerged: 0,
    otherEntries: 0,
    commentsKept: 0,
    sections: [],
    keptTwice: [],
    movedBack: 0,
  };
}

/** What the command resolves to: the merge in numbers, and which versions it merged. */
export interface ResolveSummary extends MergeSummary {
  /** How many conflicts the file had. */
  readonly conflicts: number;
  readonly ours: string;
  readonly theirs: string;
  /** Whether git showed the common ancestor (diff3), so that one-sided changes were told apart. */
  readonly withBase: boolean;
}

/** The text for `n`: `one` when n is 1, else `many` (both made with t, `{0}` in `many` is n). */
function count(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** "Merged HEAD and desktop by person (3 conflicts): 2 people added, ..." */
export function describeResolve(s: ResolveSummary): string {
  const parts: string[] = [];
  const add = (n: number, text: () => string): void => {
    if (n > 0) {
      parts.push(text());
    }
  };
  const theirs = s.theirs;
  add(s.peopleAdded, () =>
    count(
      s.peopleAdded,
      l10n.t('1 person only {0} had, added', theirs),
      l10n.t('{0} people only {1} had, added', s.peopleAdded, theirs),
    ),
  );
  add(s.peopleMerged, () =>
    count(
      s.peopleMerged,
      l10n.t('1 person changed on both sides, combined'),
      l10n.t('{0} people changed on both sides, combined', s.peopleMerged),
    ),
  );
  add(s.decisionsTaken, () =>
    count(
      s.decisionsTaken,
      l10n.t('1 decision taken from the other side'),
      l10n.t('{0} decisions taken from the other side', s.decisionsTaken),
    ),
  );
  add(s.notesAdded, () => count(s.notesAdded, l10n.t('1 note united'), l10n.t('{0} notes united', s.notesAdded)));
  add(s.tagsAdded, () => count(s.tagsAdded, l10n.t('1 tag united'), l10n.t('{0} tags united', s.tagsAdded)));
  add(s.valuesKeptInNotes, () =>
    count(
      s.valuesKeptInNotes,
      l10n.t('1 differing value kept in dated notes'),
      l10n.t('{0} differing values kept in dated notes', s.valuesKeptInNotes),
    ),
  );
  add(s.opportunitiesAdded, () =>
    count(s.opportunitiesAdded, l10n.t('1 opportunity added'), l10n.t('{0} opportunities added', s.opportunitiesAdded)),
  );
  add(s.opportunitiesMerged, () =>
    count(
      s.opportunitiesMerged,
      l10n.t('1 opportunity combined'),
      l10n.t('{0} opportunities combined', s.opportunitiesMerged),
    ),
  );
  add(s.otherEntries, () =>
    count(
      s.otherEntries,
      l10n.t('1 rule or blueprint added or combined'),
      l10n.t('{0} rules or blueprints added or combined', s.otherEntries),
    ),
  );
  add(s.commentsKept, () =>
    count(
      s.commentsKept,
      l10n.t('1 comment of the other side kept'),
      l10n.t('{0} comments of the other side kept', s.commentsKept),
    ),
  );
  add(s.sections.length, () => l10n.t('sections: {0}', s.sections.join(', ')));
  add(s.movedBack, () =>
    count(
      s.movedBack,
      l10n.t('1 person put back in the list their fields say'),
      l10n.t('{0} people put back in the list their fields say', s.movedBack),
    ),
  );
  add(s.keptTwice.length, () => l10n.t('kept twice, to merge by hand: {0}', s.keptTwice.join(', ')));
  const what = parts.length ? parts.join('; ') : l10n.t('both versions said the same');
  return headline(s, what);
}

function headline(s: ResolveSummary, what: string): string {
  const conflicts = count(s.conflicts, l10n.t('1 conflict'), l10n.t('{0} conflicts', s.conflicts));
  return l10n.t(
    'Merged {0} and {1} by person ({2}): {3}. Check the result, then stage network.yaml to finish the merge.',
    s.ours,
    s.theirs,
    conflicts,
    what,
  );
}
