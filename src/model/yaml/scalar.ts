// Plain-scalar typing exactly as the `yaml` package's YAML 1.2 core schema does it, and the
// reverse: writing a string so that it reads back as the same string.

const NULL_RE = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL_RE = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT_RE = /^0o[0-7]+$/;
const INT_RE = /^[-+]?[0-9]+$/;
const INT_HEX_RE = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN_RE = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/** The value of a plain scalar under the core schema. */
export function resolvePlain(source: string): unknown {
  const c = source.charCodeAt(0);
  // fast exit: most values (names, companies, dates) start with a letter other than n/t/f/N/T/F
  if (source.length > 0 && !isSpecialStart(c)) {
    return source;
  }
  // and dates: a number has a `-` only at its start or right after its exponent's `e`
  if (c >= 0x30 && c <= 0x39 && hasInnerDash(source)) {
    return source;
  }
  if (NULL_RE.test(source)) {
    return null;
  }
  if (BOOL_RE.test(source)) {
    return source[0] === 't' || source[0] === 'T';
  }
  if (INT_OCT_RE.test(source)) {
    return parseInt(source.substring(2), 8);
  }
  if (INT_RE.test(source)) {
    return parseInt(source, 10);
  }
  if (INT_HEX_RE.test(source)) {
    return parseInt(source.substring(2), 16);
  }
  if (FLOAT_NAN_RE.test(source)) {
    return source.slice(-3).toLowerCase() === 'nan' ? NaN : source[0] === '-' ? -Infinity : Infinity;
  }
  if (FLOAT_EXP_RE.test(source) || FLOAT_RE.test(source)) {
    return parseFloat(source);
  }
  return source;
}

/** Whether a `-` follows the first character other than right after an `e` or `E`. */
function hasInnerDash(source: string): boolean {
  for (let i = 1; i < source.length; i++) {
    if (source.charCodeAt(i) === 0x2d) {
      const before = source.charCodeAt(i - 1);
      if (before !== 0x65 && before !== 0x45) {
        return true;
      }
    }
  }
  return false;
}

function isSpecialStart(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) || // digit
    c === 0x2b ||
    c === 0x2d ||
    c === 0x2e ||
    c === 0x7e || // + - . ~
    c === 0x6e ||
    c === 0x4e ||
    c === 0x74 ||
    c === 0x54 ||
    c === 0x66 ||
    c === 0x46
  ); // n N t T f F
}

const PLAIN_FIRST_FORBIDDEN = new Set([...'[]{},#&*!|>\'"%@`?:-']);

/** True when `s` can be written as a plain scalar in block context and read back as the same string. */
export function isSafePlain(s: string): boolean {
  if (s.length === 0 || s.length > 1000 || s !== s.trim()) {
    return false;
  }
  if (PLAIN_FIRST_FORBIDDEN.has(s[0]) && !(s[0] === '-' && s.length > 1 && s[1] !== ' ')) {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]|: |:$| #/.test(s)) {
    return false;
  }
  return resolvePlain(s) === s;
}

/** A YAML scalar for a string: plain where that reads back the same, else double-quoted. */
export function formatString(s: string): string {
  return isSafePlain(s) ? s : quoteDouble(s);
}

/** Double-quoted YAML scalar; JSON escapes are a subset of YAML's double-quoted escapes. */
export function quoteDouble(s: string): string {
  return JSON.stringify(s).replace(
    /[\u0080-\u009f\u2028\u2029\ufeff]/g,
    ch => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0'),
  );
}

/** A flow-context scalar (inside `[...]`): plain only when it has no flow indicators. */
export function formatFlowString(s: string): string {
  return isSafePlain(s) && !/[,[\]{}]/.test(s) ? s : quoteDouble(s);
}
