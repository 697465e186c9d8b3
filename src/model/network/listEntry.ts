// An entry of the model whose offsets are kept relative to its section's key line: an edit before
// the section moves the section's anchor (one number), and the entries that did not change are the
// very same objects in the next model, with no new object per entry.

import type { Entry, EntryList, ParsedEntry } from './network';

/**
 * Where a list section's key line is in the latest text its parser read. One per list and parser:
 * a parse that moves the section moves its anchor, so an entry read from a model that a later
 * parse of the same parser replaced gives its offsets in the later text.
 */
export class SectionAnchor {
  constructor(public base: number) {}
}

/** An Entry whose absolute offsets are worked out from its section's anchor. */
export class ListEntry implements Entry {
  constructor(
    readonly list: EntryList,
    readonly index: number,
    readonly anchor: SectionAnchor,
    /** Offsets relative to the anchor. */
    readonly relStart: number,
    readonly relBlockStart: number,
    readonly relEnd: number,
    readonly parsed: ParsedEntry,
  ) {}

  get start(): number {
    return this.anchor.base + this.relStart;
  }

  get blockStart(): number {
    return this.anchor.base + this.relBlockStart;
  }

  get end(): number {
    return this.anchor.base + this.relEnd;
  }
}
