// Markdown drafts -> the plain text LinkedIn shows (it renders no markdown). Front matter is
// dropped; headings and emphasis become plain text (or Unicode bold/italic when asked for: screen
// readers spell those out letter by letter, so it is off by default); lists become `•` lines;
// links become `label (url)`; code blocks become their plain text; blank lines are kept;
// mentions `@[Name]` become the plain name (pasted text cannot tag anyone).

import { replaceMentionsInLine } from '../mentions/mentionParse';
import { parseFrontMatter } from './frontMatter';

export interface LinkedInOptions {
  readonly unicodeStyling?: boolean;
  /** How a mention is written (its text between the brackets, and whom it names); default: the name as written. */
  readonly mentionName?: (inner: string, key: string) => string;
}

/** A mention as plain text without network.yaml at hand: the name as written, a profile as its slug. */
export function plainMentionName(inner: string, key: string): string {
  return key.startsWith('profile:') ? inner.trim().replace(/^in\//i, '').replace(/\/$/, '') : inner.trim();
}

export interface ConvertedLine {
  /** The source line (0-based, in the whole file) this output line comes from. */
  readonly sourceLine: number;
  readonly text: string;
}

/** The body's lines as LinkedIn will show them, each with the source line it came from. */
export function toLinkedInLines(markdown: string, options: LinkedInOptions = {}): ConvertedLine[] {
  const fm = parseFrontMatter(markdown);
  const body = markdown.slice(fm.bodyStart);
  const firstLine = markdown.slice(0, fm.bodyStart).split('\n').length - 1;
  const lines = body.split(/\r?\n/);
  const out: ConvertedLine[] = [];
  let fence: string | undefined;
  lines.forEach((raw, i) => {
    const sourceLine = firstLine + i;
    if (fence !== undefined) {
      if (raw.trim().startsWith(fence)) {
        fence = undefined;
        return;
      }
      out.push({ sourceLine, text: raw });
      return;
    }
    const f = /^\s*(`{3,}|~{3,})/.exec(raw);
    if (f) {
      fence = f[1];
      return;
    }
    out.push({ sourceLine, text: convertLine(raw, options) });
  });
  // no leading or trailing blank lines
  while (out.length && out[0].text.trim() === '') {
    out.shift();
  }
  while (out.length && out[out.length - 1].text.trim() === '') {
    out.pop();
  }
  return out;
}

export function toLinkedIn(markdown: string, options: LinkedInOptions = {}): string {
  return toLinkedInLines(markdown, options)
    .map(l => l.text)
    .join('\n');
}

/** Characters as LinkedIn counts them: UTF-16 code units (an emoji can count 2). */
export function linkedInLength(text: string): number {
  return text.length;
}

function convertLine(raw: string, options: LinkedInOptions): string {
  const line = raw.replace(/\s+$/, '');
  if (/^\s*(?:[-*_]\s*){3,}$/.test(line)) {
    return '———';
  }
  const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
  if (heading) {
    const text = inline(heading[1], options);
    return options.unicodeStyling ? toBold(text) : text;
  }
  const quote = /^\s*>\s?(.*)$/.exec(line);
  if (quote) {
    return `“${inline(quote[1], options)}”`;
  }
  const bullet = /^(\s*)[-*+]\s+(?:\[([ xX])\]\s+)?(.*)$/.exec(line);
  if (bullet) {
    const depth = Math.floor(bullet[1].replace(/\t/g, '  ').length / 2);
    const box = bullet[2] === undefined ? '' : bullet[2].trim() ? '☑ ' : '☐ ';
    return `${'  '.repeat(depth)}${depth > 0 ? '◦' : '•'} ${box}${inline(bullet[3], options)}`;
  }
  const ordered = /^(\s*)(\d{1,3})[.)]\s+(.*)$/.exec(line);
  if (ordered) {
    const depth = Math.floor(ordered[1].length / 2);
    return `${'  '.repeat(depth)}${ordered[2]}. ${inline(ordered[3], options)}`;
  }
  return inline(line.replace(/^\s{4,}/, ''), options);
}

/** Inline markdown: emphasis, code, links, images, escapes, simple HTML. */
function inline(s: string, options: LinkedInOptions): string {
  const slots: string[] = [];
  const keep = (t: string): string => `\u0000${slots.push(t) - 1}\u0000`;
  let t = s;
  // escapes first, so `\*` stays a star
  t = t.replace(/\\([\\`*_{}[\]()#+\-.!|~>])/g, (_, c: string) => keep(c));
  t = t.replace(/`([^`]+)`/g, (_, code: string) => keep(code));
  const mentionName = options.mentionName ?? plainMentionName;
  t = replaceMentionsInLine(t, (inner, key) => keep(mentionName(inner, key)));
  t = t.replace(/!\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g, (_, alt: string, url: string) =>
    keep(alt ? `${alt} (${url})` : url),
  );
  t = t.replace(/\[([^\]]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g, (_, label: string, url: string) =>
    label === url ? url : `${label} (${keep(url)})`,
  );
  t = t.replace(/<(https?:\/\/[^>\s]+)>/g, (_, url: string) => keep(url));
  t = t.replace(/<\/?[a-zA-Z][^>]*>/g, '');
  t = t.replace(/(\*\*\*|___)(?=\S)([\s\S]*?\S)\1/g, (_, __, x: string) =>
    options.unicodeStyling ? toBoldItalic(x) : x,
  );
  t = t.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, (_, __, x: string) => (options.unicodeStyling ? toBold(x) : x));
  t = t.replace(
    /(^|[^\w*])\*(?=\S)([^*]*?\S)\*(?!\w)/g,
    (_, pre: string, x: string) => pre + (options.unicodeStyling ? toItalic(x) : x),
  );
  t = t.replace(
    /(^|[^\w_])_(?=\S)([^_]*?\S)_(?!\w)/g,
    (_, pre: string, x: string) => pre + (options.unicodeStyling ? toItalic(x) : x),
  );
  t = t.replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1');
  // eslint-disable-next-line no-control-regex
  return t.replace(/\u0000(\d+)\u0000/g, (_, i: string) => slots[Number(i)]);
}

const BOLD = { upper: 0x1d5d4, lower: 0x1d5ee, digit: 0x1d7ec }; // sans-serif bold
const ITALIC = { upper: 0x1d608, lower: 0x1d622 }; // sans-serif italic
const BOLD_ITALIC = { upper: 0x1d63c, lower: 0x1d656 };

function mapLetters(s: string, upper: number, lower: number, digit?: number): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c >= 65 && c <= 90) {
      out += String.fromCodePoint(upper + c - 65);
    } else if (c >= 97 && c <= 122) {
      out += String.fromCodePoint(lower + c - 97);
    } else if (digit !== undefined && c >= 48 && c <= 57) {
      out += String.fromCodePoint(digit + c - 48);
    } else {
      out += ch;
    }
  }
  return out;
}

export function toBold(s: string): string {
  return mapLetters(s, BOLD.upper, BOLD.lower, BOLD.digit);
}

export function toItalic(s: string): string {
  return mapLetters(s, ITALIC.upper, ITALIC.lower);
}

function toBoldItalic(s: string): string {
  return mapLetters(s, BOLD_ITALIC.upper, BOLD_ITALIC.lower);
}

/** Unicode "mathematical" letters used as fake bold or italic. */
export const FAKE_STYLE_RE = /[\u{1d400}-\u{1d7ff}]/u;
