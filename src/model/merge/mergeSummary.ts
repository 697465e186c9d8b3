// What a merge of two versions of network.yaml did, in numbers a person can check.

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

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Merged HEAD and desktop by person (3 conflicts): 2 people added, ..." */
export function describeResolve(s: ResolveSummary): string {
  const parts: string[] = [];
  const add = (n: number, text: string): void => {
    if (n > 0) {
      parts.push(text);
    }
  };
  add(s.peopleAdded, `${plural(s.peopleAdded, 'person', 'people')} only ${s.theirs} had, added`);
  add(s.peopleMerged, `${plural(s.peopleMerged, 'person', 'people')} changed on both sides, combined`);
  add(s.decisionsTaken, `${plural(s.decisionsTaken, 'decision')} taken from the other side`);
  add(s.notesAdded, `${plural(s.notesAdded, 'note')} united`);
  add(s.tagsAdded, `${plural(s.tagsAdded, 'tag')} united`);
  add(s.valuesKeptInNotes, `${plural(s.valuesKeptInNotes, 'differing value')} kept in dated notes`);
  add(s.opportunitiesAdded, `${plural(s.opportunitiesAdded, 'opportunity', 'opportunities')} added`);
  add(s.opportunitiesMerged, `${plural(s.opportunitiesMerged, 'opportunity', 'opportunities')} combined`);
  add(s.otherEntries, `${plural(s.otherEntries, 'rule or blueprint', 'rules or blueprints')} added or combined`);
  add(s.commentsKept, `${plural(s.commentsKept, 'comment')} of the other side kept`);
  add(s.sections.length, `sections: ${s.sections.join(', ')}`);
  add(s.movedBack, `${plural(s.movedBack, 'person', 'people')} put back in the list their fields say`);
  add(s.keptTwice.length, `kept twice, to merge by hand: ${s.keptTwice.join(', ')}`);
  const what = parts.length ? parts.join('; ') : 'both versions said the same';
  return `Merged ${s.ours} and ${s.theirs} by person (${plural(s.conflicts, 'conflict')}): ${what}. Check the result, then stage network.yaml to finish the merge.`;
}
