// Which document a model is of: the models one NetworkParser made, one after the other, share an
// owner, so that what is worked out for one of them (the validation) can be updated for the next.

import type { Entry, EntryList, NetworkModel } from './network';

const OWNER_OF = new WeakMap<NetworkModel, object>();

/** Records that `model` is the latest model of the document `owner` parses. */
export function recordDocument(model: NetworkModel, owner: object): void {
  OWNER_OF.set(model, owner);
}

/** The owner recorded for `model`; undefined for a parse without memory. */
export function documentOf(model: NetworkModel): object | undefined {
  return OWNER_OF.get(model);
}

/**
 * Per list, how many first entries a model shares (the very objects) with the model it reused,
 * and that model's list they are the first of. The lists, not the model: a record that held the
 * model would hold the one before it too, and so on, every model of the document and its text
 * (16 MB at 30,000 contacts, once a reader made it one string) for as long as the latest lives.
 */
interface KeptEntries {
  readonly from: Partial<Record<EntryList, readonly Entry[]>>;
  readonly counts: Partial<Record<EntryList, number>>;
}

const KEPT_OF = new WeakMap<NetworkModel, KeptEntries>();

/** Records that the first `counts[list]` entries of each list of `model` are those of `from`. */
export function recordKeptEntries(
  model: NetworkModel,
  from: NetworkModel,
  counts: Partial<Record<EntryList, number>>,
): void {
  const lists: Partial<Record<EntryList, readonly Entry[]>> = {};
  for (const list of Object.keys(counts) as EntryList[]) {
    if ((counts[list] ?? 0) > 0) {
      lists[list] = from[list];
    }
  }
  KEPT_OF.set(model, { from: lists, counts });
}

/**
 * How many first entries of `model[list]` are the very entries of `before` at the same index: the
 * ones the parse kept when `before` is that list of the model it reused; 0 when not known.
 */
export function keptEntryCount(model: NetworkModel, list: EntryList, before: readonly Entry[]): number {
  const kept = KEPT_OF.get(model);
  return kept && kept.from[list] === before ? Math.min(kept.counts[list] ?? 0, before.length, model[list].length) : 0;
}
