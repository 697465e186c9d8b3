// The globs rules are written with nearly always: text with `*` and `?` and nothing else minimatch
// reads specially. They are matched here the way minimatch matches them (options nocase and dot,
// one path portion), so that minimatch, a lazily loaded library in the Node build, loads only for
// a pattern or a text that needs it. test/unit/rules/simpleGlob.test.ts compares the two.

/** Braces, classes, extglobs and escapes: a pattern with any of them is minimatch's. */
const SPECIAL = /[[\]{}()\\]/;
/** minimatch's limit on a pattern's length is far above this; a longer pattern is its to judge. */
const MAX_LENGTH = 1000;

/**
 * A regular expression that matches what minimatch matches for `pattern` (nocase, dot), for any
 * text `simpleGlobApplies` accepts; undefined for a pattern that needs minimatch.
 */
export function simpleGlob(pattern: string): RegExp | undefined {
  if (pattern === '' || pattern.length > MAX_LENGTH || pattern.startsWith('!') || SPECIAL.test(pattern)) {
    return undefined;
  }
  let source = '^';
  for (const ch of pattern) {
    // per code point, case folded (minimatch compares a literal character the same way)
    source += ch === '*' ? '[\\s\\S]*' : ch === '?' ? '[\\s\\S]' : ch.replace(/[\\^$.*+?()[\]{}|/]/, '\\$&');
  }
  return new RegExp(`${source}$`, 'iu');
}

/**
 * Whether a simple glob's expression answers for `text`: not for the texts minimatch treats as
 * path portions of their own (empty, `.` and `..`, never matched by a wildcard) nor for one with a
 * backslash (a path separator to minimatch on Windows).
 */
export function simpleGlobApplies(text: string): boolean {
  return text !== '' && text !== '.' && text !== '..' && !text.includes('\\');
}
