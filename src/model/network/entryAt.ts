// Which entry a position in the text belongs to (hovers, lenses, completion).
import type { Entry, EntryList, NetworkModel } from './network';
import { ENTRY_LISTS } from './network';

/** The entry whose lines (comments above it included) hold `offset`. */
export function entryAt(
  model: NetworkModel,
  offset: number,
  lists: readonly EntryList[] = ENTRY_LISTS,
): Entry | undefined {
  for (const list of lists) {
    const entries = model[list];
    let lo = 0;
    let hi = entries.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const e = entries[mid];
      if (offset < e.blockStart) {
        hi = mid - 1;
      } else if (offset >= e.end) {
        lo = mid + 1;
      } else {
        return e;
      }
    }
  }
  return undefined;
}
