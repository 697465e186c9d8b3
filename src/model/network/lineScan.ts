// The line scan: cuts a network text into top-level sections and, for the entry lists, into
// entries, reading lines rather than YAML. It stops at the first line it does not understand
// (throws Unusual), and the `yaml` package then reads the file.

import type { Layout, RawItem, RawSection } from './layout';
import { anyBlankBefore, ENTRY_LIST_SET } from './layout';
import { inlineValueEnd, keyLineValueKind } from './keyLineValue';
import type { TextSource } from '../yaml/pieceText';

/** A top-level key and its colon, read at a given offset (sticky). */
export const TOP_KEY_RE = /[A-Za-z_][A-Za-z0-9_-]*:/y;

/** Where the line scan stopped, and the section and item it was in. */
export class Unusual {
  constructor(
    readonly at: number,
    readonly sectionStart = -1,
    readonly headerEnd = -1,
    readonly itemStart = -1,
    readonly itemIndent = -1,
  ) {}
}

/** Where a scan starts and what it has seen before that point. */
export interface ScanState {
  pos: number;
  sections: RawSection[];
  seen: Set<string>;
  cur: RawSection | undefined;
  item: RawItem | undefined;
  /** Start of a run of comment lines at the item indent directly above the next item. */
  pendingComments: number;
  /** A blank line since the last content line: entries are separated by blank lines. */
  lastLineBlank: boolean;
  sawContent: boolean;
}

/** Lets a scan that started before an edit stop where the text is the old text again. */
export interface Resync {
  /** Only lines that start at or after this offset (the end of the last change) qualify. */
  readonly after: number;
  /** At the start of the scan's current line: the whole layout if the old one takes over here. */
  takeOver(scan: LineScan): Layout | undefined;
}

/** The state at the start of a text: nothing seen yet (a byte order mark skipped). */
export function initialState(text: TextSource): ScanState {
  return {
    pos: text.charCodeAt(0) === 0xfeff ? 1 : 0,
    sections: [],
    seen: new Set(),
    cur: undefined,
    item: undefined,
    pendingComments: -1,
    lastLineBlank: false,
    sawContent: false,
  };
}

/**
 * Cuts the text into top-level sections and, for the entry lists, into entries. Throws Unusual
 * at the first line it does not understand; the caller then asks the `yaml` package.
 */
export function scanLayout(text: TextSource): Layout {
  const layout = scanFrom(text, initialState(text), undefined, Infinity);
  if (!layout) {
    throw new Error('a scan without a limit always ends');
  }
  return layout;
}

/**
 * The line scan from a state. With a resync, it stops where the old layout takes over; with a
 * limit, it gives up (undefined) rather than read a line that reaches that offset.
 */
export function scanFrom(
  text: TextSource,
  from: ScanState,
  resync: Resync | undefined,
  limit: number,
): Layout | undefined {
  return new LineScan(text, from).run(resync, limit);
}

/** A scan in progress: the state, moved on one line at a time. */
export class LineScan implements ScanState {
  /** Start of the line being read. */
  pos: number;
  readonly sections: RawSection[];
  readonly seen: Set<string>;
  cur: RawSection | undefined;
  item: RawItem | undefined;
  pendingComments: number;
  lastLineBlank: boolean;
  sawContent: boolean;

  constructor(
    private readonly text: TextSource,
    from: ScanState,
  ) {
    this.pos = from.pos;
    this.sections = from.sections;
    this.seen = from.seen;
    this.cur = from.cur;
    this.item = from.item;
    this.pendingComments = from.pendingComments;
    this.lastLineBlank = from.lastLineBlank;
    this.sawContent = from.sawContent;
    this.firstOpen = from.sections.length - (from.cur ? 1 : 0);
  }

  /** Reads lines until the text ends, the old layout takes over, or a line would reach `limit`. */
  run(resync: Resync | undefined, limit: number): Layout | undefined {
    const text = this.text;
    const n = text.length;
    while (this.pos < n) {
      if (resync && this.pos >= resync.after) {
        const done = resync.takeOver(this);
        if (done) {
          return done;
        }
      }
      const pos = this.pos;
      let nl = text.indexOf('\n', pos);
      const next = nl < 0 ? n : nl + 1;
      if (next > limit) {
        return undefined;
      }
      if (nl < 0) {
        nl = n;
      }
      // only a \r before a \n ends a line here; a lone \r is content (yaml reads it so too)
      const end = nl > pos && nl < n && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      let i = pos;
      while (i < end && text.charCodeAt(i) === 32) {
        i++;
      }
      this.readLine(i, end, next);
      this.pos = next;
    }
    this.closeItem();
    return this.finish();
  }

  /** Sections before this index were complete when the scan started (an incremental scan's). */
  private readonly firstOpen: number;

  /** Adds the open item to its list. */
  closeItem(): void {
    if (this.item && this.cur?.items) {
      this.cur.items.push(this.item);
    }
    this.item = undefined;
  }

  /**
   * The layout as it stands, with the blank-line separation worked out for each section this scan
   * read (before `upTo`: the sections after it were taken over complete from an old layout).
   */
  finish(upTo = this.sections.length): Layout {
    for (let s = this.firstOpen; s < upTo; s++) {
      const sec = this.sections[s];
      const items = sec.items ?? [];
      const kept = sec.keptItems ?? 0;
      // the kept items were looked at when the scan started (see keptItems)
      sec.blankSeparated = (kept > 0 && sec.blankSeparated) || anyBlankBefore(items, kept, items.length);
    }
    return { sections: this.sections };
  }

  /** The line at `pos`: its first non-space character at `i`, its content up to `end`, the next line at `next`. */
  private readLine(i: number, end: number, next: number): void {
    const indent = i - this.pos;
    const c = i < end ? this.text.charCodeAt(i) : -1;
    if (c === 9) {
      throw this.unusual(i); // tabs in indentation
    }
    if (c === -1) {
      this.lastLineBlank = true;
      this.pendingComments = -1;
    } else if (c === 35 /* # */) {
      this.commentLine(indent, next);
    } else if (indent === 0) {
      this.topLevelLine(i, end, next);
    } else {
      this.indentedLine(i, end, next, indent);
    }
  }

  /**
   * A comment line: part of the open item when indented under it; else, with the comment lines
   * right after it, the next item's own (they move with it), also an indented one under the key
   * before the first item. A blank line or a key line in between leaves them to the list; so does
   * column 0 under the key (it may be about the next key).
   */
  private commentLine(indent: number, next: number): void {
    const cur = this.cur;
    if (cur && indent > 0) {
      cur.bodyEnd = next;
      if (cur.items && this.item && indent > cur.itemIndent) {
        this.item.relEnd = next - cur.lineStart;
      } else if (cur.items && (indent === cur.itemIndent || cur.itemIndent < 0) && this.pendingComments < 0) {
        this.pendingComments = this.pos;
      }
    } else if (cur?.items && cur.itemIndent === 0 && this.pendingComments < 0) {
      this.pendingComments = this.pos;
    }
  }

  /** A line at column 0: an item of a list written there, the document start, or a key. */
  private topLevelLine(i: number, end: number, next: number): void {
    const cur = this.cur;
    if (
      this.isDash(i, end) &&
      cur?.items &&
      (cur.itemIndent === 0 || (cur.itemIndent < 0 && cur.valueKind === 'empty'))
    ) {
      // an item of a list written at column 0
      if (cur.itemIndent < 0) {
        cur.itemIndent = 0;
        cur.valueKind = 'block-seq';
      }
      this.openItem(cur, cur.items, next);
      this.contentRead(cur, next);
      return;
    }
    if (!this.sawContent && this.isDocumentStart(i, end)) {
      this.sawContent = true;
      return;
    }
    this.keyLine(i, end, next);
  }

  /** A top-level key line: closes the section before and opens the key's. */
  private keyLine(i: number, end: number, next: number): void {
    const text = this.text;
    const colon = this.keyColon(i, end);
    const key = text.substring(i, colon);
    if (this.seen.has(key)) {
      throw this.unusual(i);
    }
    this.seen.add(key);
    this.closeItem();
    if (this.cur) {
      this.cur.end = this.pos;
    }
    // the value on the key line, without its comment
    let v = colon + 1;
    while (v < end && text.charCodeAt(v) === 32) {
      v++;
    }
    const inlineEnd = v < end && text.charCodeAt(v) !== 35 ? inlineValueEnd(text, v, end) : v;
    const isList = ENTRY_LIST_SET.has(key);
    const valueKind = keyLineValueKind(isList, text.substring(v, inlineEnd));
    if (valueKind === undefined) {
      // a list written inline with items: let the full parse read it, a problem there is this section's
      throw new Unusual(v, this.pos, next);
    }
    this.cur = {
      key,
      lineStart: this.pos,
      keyEnd: colon,
      headerEnd: next,
      inlineStart: v,
      inlineEnd,
      valueKind,
      bodyEnd: next,
      end: text.length,
      itemIndent: -1,
      blankSeparated: false,
      items: isList ? [] : undefined,
    };
    this.sections.push(this.cur);
    this.sawContent = true;
    this.pendingComments = -1;
    this.lastLineBlank = false;
  }

  /** The colon after a plain key at `i`, followed by a space or the end of the line; else unusual. */
  private keyColon(i: number, end: number): number {
    TOP_KEY_RE.lastIndex = 0;
    if (!TOP_KEY_RE.test(this.text.substring(i, end))) {
      throw this.unusual(i);
    }
    const colon = i + TOP_KEY_RE.lastIndex - 1;
    if (colon + 1 < end && this.text.charCodeAt(colon + 1) !== 32) {
      throw this.unusual(i);
    }
    return colon;
  }

  /** An indented content line: part of the current section's value. */
  private indentedLine(i: number, end: number, next: number, indent: number): void {
    const cur = this.cur;
    if (!cur) {
      throw this.unusual(i);
    }
    this.sawContent = true;
    if (cur.items) {
      this.listLine(cur, cur.items, i, end, next, indent);
    } else if (cur.valueKind === 'empty') {
      cur.valueKind = 'block-map';
    }
    this.contentRead(cur, next);
  }

  /** An indented line in an entry list: a new item, or a line of the open one. */
  private listLine(cur: RawSection, items: RawItem[], i: number, end: number, next: number, indent: number): void {
    if (cur.valueKind === 'flow-seq' || cur.inlineEnd > cur.inlineStart) {
      throw this.unusual(i);
    }
    const isDash = this.isDash(i, end);
    if (cur.itemIndent < 0) {
      if (!isDash) {
        throw this.unusual(i); // a list key whose value is not a sequence
      }
      cur.itemIndent = indent;
      cur.valueKind = 'block-seq';
    }
    if (indent === cur.itemIndent && isDash) {
      this.openItem(cur, items, next);
    } else if (indent > cur.itemIndent && this.item) {
      this.item.relEnd = next - cur.lineStart;
    } else {
      throw this.unusual(i);
    }
  }

  /** Closes the open item and opens one at this line, ending at `next` until more lines join it. */
  private openItem(cur: RawSection, items: RawItem[], next: number): void {
    this.closeItem();
    const base = cur.lineStart;
    this.item = {
      relBlockStart: (this.pendingComments >= 0 ? this.pendingComments : this.pos) - base,
      relStart: this.pos - base,
      relEnd: next - base,
      blankBefore: items.length > 0 && this.lastLineBlank,
      entry: undefined,
      hasErrors: false,
    };
  }

  /** After a content line of `cur`'s value that ends at `next`. */
  private contentRead(cur: RawSection, next: number): void {
    cur.bodyEnd = next;
    this.pendingComments = -1;
    this.lastLineBlank = false;
  }

  /** A `-` at `i` followed by a space or the end of the line. */
  private isDash(i: number, end: number): boolean {
    return this.text.charCodeAt(i) === 45 && (i + 1 === end || this.text.charCodeAt(i + 1) === 32);
  }

  /** `---` at `i`, alone or with a comment. */
  private isDocumentStart(i: number, end: number): boolean {
    const text = this.text;
    if (!text.startsWith('---', i) || (end !== i + 3 && text.charCodeAt(i + 3) !== 32)) {
      return false;
    }
    const rest = text.substring(i + 3, end).trim();
    return rest === '' || rest.startsWith('#');
  }

  private unusual(at: number): Unusual {
    const cur = this.cur;
    const itemStart = cur && this.item ? cur.lineStart + this.item.relStart : -1;
    return new Unusual(at, cur?.lineStart ?? -1, cur?.headerEnd ?? -1, itemStart, cur?.itemIndent ?? -1);
  }
}
