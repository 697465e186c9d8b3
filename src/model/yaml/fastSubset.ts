// What the two halves of the fast entry parser share: the signal that a text is outside the
// subset it reads, and the keys that subset accepts.

/** Thrown inside the fast parser when the text leaves the subset; the caller returns undefined. */
export class Decline {}
export const DECLINE = new Decline();

/** A plain key and its colon, read at a given offset (sticky). */
export const KEY_RE = /[A-Za-z_][A-Za-z0-9_-]*:/y;
/** Keys that YAML reads as something other than a string: left to the `yaml` package. */
export const NON_STRING_KEYS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
