// Whom completion offers after `@[`: the contacts and invitations of a model as lower-case text,
// searched with indexOf. The text is made per block of people, on first use, and kept with the
// model: a request reads only as many blocks as it needs (`@[Pri` at 30,000 people is answered
// from the first few thousand, where fifty names start with it), a later one reuses them.

import type { Entry, NetworkModel } from '../network/network';
import { record, text } from '../network/network';

/** Ends a person's part of the text; between their fields. Never typed in a query. */
const ROW_END = '\u0000';
const FIELD = '\u0001';
/** People per block of text. */
const BLOCK = 2048;

/** Characters after which a word of a name starts: `@[anand` finds Priya Anand before Chandra. */
const WORD_START = /[\s\-'.]/;

export interface FoundPerson {
  readonly entry: Entry;
  /** The name as written, trimmed. */
  readonly name: string;
}

/** The searched text of a block of people (those with a name). */
interface Block {
  readonly entries: readonly Entry[];
  readonly names: readonly string[];
  /** Whether each person is an invitation. */
  readonly invitation: readonly boolean[];
  /** Where each person's name starts in `text`; one more at the end (the text's length). */
  readonly starts: Int32Array;
  /** Where each person's name ends in `text`. */
  readonly nameEnds: Int32Array;
  /** Per person: name, headline, position and company, lower case, apart by FIELD, ended by ROW_END. */
  readonly text: string;
}

export class PeopleSearch {
  private readonly blocks: (Block | undefined)[];

  private constructor(
    private readonly contacts: readonly Entry[],
    private readonly invitations: readonly Entry[],
  ) {
    this.blocks = new Array<Block | undefined>(Math.ceil((contacts.length + invitations.length) / BLOCK));
  }

  /** The search of a model (its blocks made when first needed). */
  static of(model: NetworkModel): PeopleSearch {
    let found = searches.get(model);
    if (!found) {
      found = new PeopleSearch(model.contacts, model.invitations);
      searches.set(model, found);
    }
    return found;
  }

  /**
   * Up to `max` people for `query` (in name, headline, position or company, any case): those whose
   * name starts with it, then those with a word of the name starting with it, then any other;
   * contacts before invitations among equals, then file order.
   */
  find(query: string, max: number): FoundPerson[] {
    const q = query.trim().toLowerCase();
    if (q.includes(ROW_END) || q.includes(FIELD) || max <= 0) {
      return [];
    }
    // tier * 2 + (0 contact, 1 invitation)
    const buckets: FoundPerson[][] = [[], [], [], [], [], []];
    for (let b = 0; b < this.blocks.length && buckets[0].length < max; b++) {
      // once fifty contacts' names start with the query, nothing found later can come before them
      searchBlock((this.blocks[b] ??= this.block(b)), q, max, buckets);
    }
    return buckets.flat().slice(0, max);
  }

  private block(b: number): Block {
    const entries: Entry[] = [];
    const names: string[] = [];
    const invitation: boolean[] = [];
    const rows: string[] = [];
    const end = Math.min((b + 1) * BLOCK, this.contacts.length + this.invitations.length);
    for (let i = b * BLOCK; i < end; i++) {
      const isInvitation = i >= this.contacts.length;
      const entry = isInvitation ? this.invitations[i - this.contacts.length] : this.contacts[i];
      const r = record(entry);
      const name = text(r.name)?.trim();
      if (name) {
        entries.push(entry);
        names.push(name);
        invitation.push(isInvitation);
        const [h, p, c] = [text(r.headline) ?? '', text(r.position) ?? '', text(r.company) ?? ''];
        rows.push(`${name}${FIELD}${h}${FIELD}${p}${FIELD}${c}${ROW_END}`);
      }
    }
    const whole = rows.join('');
    const lower = whole.toLowerCase();
    // lower case keeps the length of (nearly) every text: then the offsets are the rows' lengths;
    // a letter whose lower case is longer (İ) makes each row's own lower case count
    const same = lower.length === whole.length;
    const starts = new Int32Array(entries.length + 1);
    const nameEnds = new Int32Array(entries.length);
    let at = 0;
    for (let i = 0; i < entries.length; i++) {
      starts[i] = at;
      nameEnds[i] = at + (same ? names[i].length : names[i].toLowerCase().length);
      at += same ? rows[i].length : rows[i].toLowerCase().length;
    }
    starts[entries.length] = at;
    return { entries, names, invitation, starts, nameEnds, text: lower };
  }
}

/** Adds the block's people that have `q` to their buckets (each bucket up to `max`). */
function searchBlock(block: Block, q: string, max: number, buckets: FoundPerson[][]): void {
  const { starts, text: t } = block;
  const n = block.entries.length;
  let row = 0;
  for (let at = t.indexOf(q); at >= 0 && buckets[0].length < max;) {
    while (starts[row + 1] <= at) {
      row++;
    }
    const bucket = buckets[tier(block, row, q, at) * 2 + (block.invitation[row] ? 1 : 0)];
    if (bucket.length < max) {
      bucket.push({ entry: block.entries[row], name: block.names[row] });
    }
    if (row + 1 >= n) {
      break;
    }
    at = t.indexOf(q, starts[row + 1]);
  }
}

/** 0 the name starts with q, 1 a word of the name does, 2 it is elsewhere; `at` is the person's first hit. */
function tier(block: Block, row: number, q: string, at: number): number {
  if (at === block.starts[row]) {
    return 0;
  }
  const end = block.nameEnds[row];
  for (let i = at; i >= 0 && i < end; i = block.text.indexOf(q, i + 1)) {
    if (WORD_START.test(block.text[i - 1])) {
      return 1;
    }
  }
  return 2;
}

const searches = new WeakMap<NetworkModel, PeopleSearch>();
