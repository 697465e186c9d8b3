// People mentioned in markdown (contract §1): `@[Display Name]` or `@[in/profile-slug]`, matched
// by identity. Not a mention: one inside a code span or a fenced code block, an address like
// `postmaster@[192.0.2.1]` (an `@` right after a word), an escaped `\@[…]`, an empty `@[]` or
// `@[   ]`, and brackets left open on their line.

import { CodeContext } from './codeRanges';

export interface Mention {
  /** Offset of the `@`. */
  readonly start: number;
  /** Offset after the closing `]`. */
  readonly end: number;
  /** The line (0-based) and the UTF-16 column of the `@` (a mention never spans lines). */
  readonly line: number;
  readonly character: number;
  /** What is between the brackets, as written. */
  readonly text: string;
  /** Whom it names: `profile:/in/slug` or `name:priya anand` (the identities of contract §1). */
  readonly key: string;
}

/** A name longer than this is not a name: the scan of a line of open brackets stays linear. */
export const MAX_MENTION_LENGTH = 200;

const OPEN = 91; // [
const CLOSE = 93; // ]
const NL = 10;
const CR = 13;
const BACKSLASH = 92;

/** Characters that may come right before the `@` of an e-mail address: then it is not a mention. */
function isAddressChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || // 0-9
    (c >= 65 && c <= 90) || // A-Z
    (c >= 97 && c <= 122) || // a-z
    c === 46 || // .
    c === 95 || // _
    c === 37 || // %
    c === 43 || // +
    c === 45 || // -
    c === BACKSLASH || // an escaped \@
    c >= 0xc0 // letters of other alphabets
  );
}

/** The offset of the `]` that closes the `[` at `open`, or -1 (none on the line, or too far). */
export function closingBracket(text: string, open: number): number {
  let depth = 0;
  const limit = Math.min(text.length, open + MAX_MENTION_LENGTH + 2);
  for (let i = open; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === OPEN) {
      depth++;
    } else if (c === CLOSE) {
      if (--depth === 0) {
        return i;
      }
    } else if (c === NL || c === CR) {
      return -1;
    }
  }
  return -1;
}

/** Whom a mention's text names: `in/slug` a profile, anything else a name; undefined when empty. */
export function mentionKey(inner: string): string | undefined {
  const t = isTrimmed(inner) ? inner : inner.trim();
  if (!t) {
    return undefined;
  }
  // the same keys as identityOf and normaliseName give, without their general forms (20,000
  // mentions), lower-cased with the prefix so that the key is one flat string (a map hashes it
  // without copying it first); a capital sigma lower-cases by what comes before it, so not there
  if (isProfilePath(t)) {
    const key = t.includes('Σ') ? `profile:/${t.toLowerCase()}` : `profile:/${t}`.toLowerCase();
    return key.endsWith('/') ? key.slice(0, -1) : key;
  }
  return t.includes('Σ') ? `name:${t.toLowerCase()}` : `name:${t}`.toLowerCase();
}

/** Whether `s` surely has nothing to trim: it starts and ends with a visible ASCII character. */
function isTrimmed(s: string): boolean {
  const a = s.charCodeAt(0);
  const z = s.charCodeAt(s.length - 1);
  return a > 32 && a < 127 && z > 32 && z < 127;
}

/** `in/slug` or `in/slug/` (any case): a slug has no whitespace, `/`, `?` or `#`. */
function isProfilePath(t: string): boolean {
  if ((t.charCodeAt(0) | 32) !== 105 || (t.charCodeAt(1) | 32) !== 110 || t.charCodeAt(2) !== SLASH) {
    return false;
  }
  const end = t.charCodeAt(t.length - 1) === SLASH ? t.length - 1 : t.length;
  if (end <= 3) {
    return false;
  }
  for (let i = 3; i < end; i++) {
    const c = t.charCodeAt(i);
    if (c >= 127) {
      return PROFILE_RE.test(t); // whitespace beyond ASCII: the regular expression knows it
    }
    if (c === 32 || (c >= 9 && c <= 13) || c === SLASH || c === 63 || c === 35) {
      return false; // whitespace, /, ?, #
    }
  }
  return true;
}

const SLASH = 47;
const PROFILE_RE = /^in\/[^\s/?#]+\/?$/i;

/**
 * The mentions of a text without an object each (what the index keeps of 20,000 mentions): `at`
 * holds the start and end of each in turn, `keys` whom each names. Their lines and columns are
 * counted when their objects are made (mentionsOf), so reading a note does not walk its lines.
 */
export interface MentionScan {
  readonly at: readonly number[];
  readonly keys: readonly string[];
}

const NO_MENTIONS: MentionScan = { at: [], keys: [] };

/** Every mention of a markdown text, in order. */
export function parseMentions(text: string): Mention[] {
  return mentionsOf(text, scanMentions(text));
}

/** The mentions a scan of `text` found, as objects, with their lines counted (each newline once). */
export function mentionsOf(text: string, scan: MentionScan): Mention[] {
  const out: Mention[] = [];
  const at = scan.at;
  let line = 0;
  let lineStart = 0;
  let nextLine = text.indexOf('\n');
  for (let i = 0; i < scan.keys.length; i++) {
    const start = at[i * 2];
    const end = at[i * 2 + 1];
    while (nextLine >= 0 && nextLine < start) {
      line++;
      lineStart = nextLine + 1;
      nextLine = text.indexOf('\n', lineStart);
    }
    out.push({
      start,
      end,
      line,
      character: start - lineStart,
      text: text.slice(start + 2, end - 1),
      key: scan.keys[i],
    });
  }
  return out;
}

/**
 * Every mention of a markdown text, in order, as a MentionScan. A plain mention (visible ASCII at
 * both ends, no capital sigma: nearly all) has its key lower-cased with the file's other plain
 * ones in one string, not one by one; the others take mentionKey's general forms.
 */
export function scanMentions(text: string): MentionScan {
  let at = text.indexOf('@[');
  if (at < 0) {
    return NO_MENTIONS;
  }
  const code = SCAN_CODE;
  code.reset(text);
  const found: number[] = [];
  const keys: string[] = [];
  const plain: string[] = []; // the plain mentions' keys as written, lower-cased together at the end
  while (at >= 0) {
    const close = candidateEnd(text, at);
    const key =
      close < 0 || code.isCode(at)
        ? undefined
        : isPlain(text, at + 2, close)
          ? ''
          : mentionKey(text.slice(at + 2, close));
    if (key === '') {
      plain.push(plainKey(text, at + 2, close));
    }
    if (key !== undefined) {
      found.push(at, close + 1);
      keys.push(key);
    }
    at = text.indexOf('@[', key !== undefined ? close + 1 : at + 2);
  }
  code.reset(''); // the text is not kept
  if (plain.length > 0) {
    // one flat string (a joined array is flat: lower-cased without being copied first), one line each
    const lowered = plain.join('\n').toLowerCase().split('\n');
    for (let i = 0, j = 0; i < keys.length; i++) {
      if (keys[i] === '') {
        keys[i] = lowered[j++];
      }
    }
  }
  return { at: found, keys };
}

/** The code context of every scan, aimed at each text in turn (see CodeContext.reset). */
const SCAN_CODE = new CodeContext('');

/**
 * Whether text[from, to) starts and ends with visible ASCII and holds no capital sigma: then its
 * key is `name:` or `profile:/` and the text lower-cased, lower-cased with others in one string
 * (a capital sigma lower-cases by what comes before it, and the general forms trim).
 */
function isPlain(text: string, from: number, to: number): boolean {
  const a = text.charCodeAt(from);
  const z = text.charCodeAt(to - 1);
  if (to <= from || !(a > 32 && a < 127 && z > 32 && z < 127)) {
    return false;
  }
  for (let i = from + 1; i < to - 1; i++) {
    if (text.charCodeAt(i) === CAPITAL_SIGMA) {
      return false;
    }
  }
  return true;
}

const CAPITAL_SIGMA = 0x3a3;

/** The key of a plain mention's text[from, to) before lower-casing (mentionKey's, for these texts). */
function plainKey(text: string, from: number, to: number): string {
  const t = text.slice(from, to);
  if ((text.charCodeAt(from) | 32) !== 105 || !isProfilePath(t)) {
    return `name:${t}`;
  }
  return t.charCodeAt(t.length - 1) === SLASH ? `profile:/${t.slice(0, -1)}` : `profile:/${t}`;
}

/** The `]` of a mention that starts at `at` (an `@[`), or -1 when it is not one. */
function candidateEnd(text: string, at: number): number {
  if (at > 0 && isAddressChar(text.charCodeAt(at - 1))) {
    return -1;
  }
  return closingBracket(text, at + 1);
}

/** The mention whose text (brackets included) holds `offset`, if any. */
export function mentionAt(mentions: readonly Mention[], offset: number): Mention | undefined {
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = mentions[mid];
    if (offset < m.start) {
      hi = mid - 1;
    } else if (offset > m.end) {
      lo = mid + 1;
    } else {
      return m;
    }
  }
  return undefined;
}

/** Mentions found in one line of text alone (no code context): for texts converted line by line. */
export function replaceMentionsInLine(line: string, write: (inner: string, key: string) => string): string {
  if (!line.includes('@[')) {
    return line;
  }
  let out = '';
  let from = 0;
  for (let at = line.indexOf('@['); at >= 0;) {
    const close = candidateEnd(line, at);
    const inner = close < 0 ? '' : line.slice(at + 2, close);
    const key = close < 0 ? undefined : mentionKey(inner);
    if (!key) {
      at = line.indexOf('@[', at + 2);
      continue;
    }
    out += line.slice(from, at) + write(inner, key);
    from = close + 1;
    at = line.indexOf('@[', from);
  }
  return out + line.slice(from);
}
