// Lint rules for post drafts (pure; the adapter turns them into diagnostics). LinkedIn's limits
// come from the contract (§4): a post is at most 3,000 characters, the feed folds after three
// lines or about 210 characters, more than five hashtags reads as spam, and no markdown renders.

import * as l10n from '@vscode/l10n';
import type { FrontMatter } from './frontMatter';
import { parseFrontMatter } from './frontMatter';
import { FAKE_STYLE_RE, linkedInLength, toLinkedIn, toLinkedInLines } from './linkedinText';
import type { Problem } from '../network/network';
import { CHANNELS } from '../network/network';

export const POST_LIMIT = 3000;
export const FOLD_LINES = 3;
export const FOLD_CHARS = 210;
export const MAX_HASHTAGS = 5;
export const POST_STATUSES = ['idea', 'draft', 'ready', 'published'] as const;

export const POST_CODES = {
  tooLong: 'post-too-long',
  hashtags: 'too-many-hashtags',
  hook: 'hook-past-fold',
  fakeStyle: 'unicode-styling',
  markdown: 'markdown-shown-literally',
  blueprint: 'unknown-blueprint',
  channel: 'unknown-channel',
  status: 'unknown-status',
  frontMatter: 'front-matter',
  placeholder: 'template-prompt',
} as const;

export interface PostContext {
  /** Blueprint ids defined in network.yaml (undefined: no network file to check against). */
  readonly blueprints?: readonly string[];
}

export interface PostInfo {
  readonly channel?: string;
  readonly blueprint?: string;
  readonly status?: string;
  readonly published?: string;
  /** The post on LinkedIn (set by the import from Shares.csv). */
  readonly url?: string;
  /** Characters of the LinkedIn-ready text. */
  readonly length: number;
  /** Offset in the source after which the feed folds ("…see more"); undefined when all of it shows. */
  readonly foldOffset?: number;
  readonly foldLine?: number;
}

/** The numbers the editor shows for a draft: length, where it folds, its front matter. */
export function postInfo(markdown: string): PostInfo {
  const fm = parseFrontMatter(markdown);
  const str = (v: unknown): string | undefined =>
    typeof v === 'string' ? v : v === undefined || v === null ? undefined : String(v);
  const lines = toLinkedInLines(markdown);
  const text = lines.map(l => l.text).join('\n');
  return {
    channel: str(fm.data.channel),
    blueprint: str(fm.data.blueprint),
    status: str(fm.data.status),
    published: str(fm.data.published),
    url: str(fm.data.url),
    length: linkedInLength(text),
    ...fold(markdown, lines),
  };
}

/**
 * Where the feed cuts: after the third line, or at about 210 characters, whichever comes first.
 * Returned as an offset in the source (the end of the source line the cut falls in).
 */
function fold(
  markdown: string,
  lines: { sourceLine: number; text: string }[],
): { foldOffset?: number; foldLine?: number } {
  let chars = 0;
  let starts: number[] | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const last = i === lines.length - 1;
    const before = chars;
    chars += l.text.length + (last ? 0 : 1);
    if (chars > FOLD_CHARS || (i + 1 >= FOLD_LINES && !last)) {
      starts ??= lineStarts(markdown);
      const line = l.sourceLine;
      const lineEnd = (starts[line + 1] ?? markdown.length + 1) - 1;
      const end = lineEnd > starts[line] && markdown[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
      if (before + l.text.length > FOLD_CHARS) {
        // the cut falls inside this line: at the 210th character, mapped onto the source line
        const col = Math.round(((FOLD_CHARS - before) * (end - starts[line])) / Math.max(1, l.text.length));
        return { foldOffset: Math.min(end, starts[line] + col), foldLine: line };
      }
      return { foldOffset: end, foldLine: line };
    }
  }
  return {};
}

function lineStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    out.push(i + 1);
  }
  return out;
}

export function lintPost(markdown: string, ctx: PostContext = {}): Problem[] {
  const fm = parseFrontMatter(markdown);
  const channel = typeof fm.data.channel === 'string' ? fm.data.channel : undefined;
  // LinkedIn's limits are for posts; a draft without a channel is a post
  const isPost = channel === undefined || channel === 'post';
  const body = { text: markdown.slice(fm.bodyStart), start: fm.bodyStart };
  return [
    ...frontMatterErrors(fm),
    ...unknownValueProblems(fm, ctx),
    ...(isPost ? postLimitProblems(markdown, body) : []),
    ...lineProblems(body),
  ];
}

/** The body of a draft: its text and where it starts in the file. */
interface Body {
  readonly text: string;
  readonly start: number;
}

/** A front matter that does not read. */
function frontMatterErrors(fm: FrontMatter): Problem[] {
  if (!fm.error) {
    return [];
  }
  const { start, end, message } = fm.error;
  return [{ code: POST_CODES.frontMatter, severity: 'warning', start, end, message }];
}

/** A channel, blueprint or status nobody knows. */
function unknownValueProblems(fm: FrontMatter, ctx: PostContext): Problem[] {
  const out: Problem[] = [];
  const channel = typeof fm.data.channel === 'string' ? fm.data.channel : undefined;
  if (channel !== undefined && !(CHANNELS as readonly string[]).includes(channel)) {
    out.push({
      code: POST_CODES.channel,
      severity: 'warning',
      ...valueRange(fm, 'channel'),
      message: l10n.t('Unknown channel "{0}". Known: {1}.', channel, CHANNELS.join(', ')),
    });
  }
  const blueprint = typeof fm.data.blueprint === 'string' ? fm.data.blueprint : undefined;
  if (blueprint !== undefined && ctx.blueprints && !ctx.blueprints.includes(blueprint)) {
    out.push({
      code: POST_CODES.blueprint,
      severity: 'warning',
      ...valueRange(fm, 'blueprint'),
      message: ctx.blueprints.length
        ? l10n.t('There is no blueprint "{0}" in network.yaml (there are: {1}).', blueprint, ctx.blueprints.join(', '))
        : l10n.t('There is no blueprint "{0}" in network.yaml.', blueprint),
    });
  }
  const status = fm.data.status; // null: `status:` with no value yet, as good as absent
  if (status !== undefined && status !== null && !(POST_STATUSES as readonly unknown[]).includes(status)) {
    out.push({
      code: POST_CODES.status,
      severity: 'warning',
      ...valueRange(fm, 'status'),
      message: l10n.t('Unknown status "{0}". Known: {1}.', String(status), POST_STATUSES.join(', ')),
    });
  }
  return out;
}

/** Where a front-matter field's value is; the opening `---` when the field is not there. */
function valueRange(fm: FrontMatter, key: string): { start: number; end: number } {
  const f = fm.fields.get(key);
  return f ? { start: f.valueStart, end: f.valueEnd } : { start: 0, end: 3 };
}

/** LinkedIn's limits for a post: its length, its hashtags, and a hook that fits above the fold. */
function postLimitProblems(markdown: string, body: Body): Problem[] {
  return [tooLongProblem(markdown, body), tooManyHashtagsProblem(body), hookPastFoldProblem(markdown, body)].filter(
    (p): p is Problem => p !== undefined,
  );
}

/** Over 3,000 characters of LinkedIn-ready text: marked on the body's first line. */
function tooLongProblem(markdown: string, body: Body): Problem | undefined {
  const length = linkedInLength(toLinkedIn(markdown));
  if (length <= POST_LIMIT) {
    return undefined;
  }
  const over = length - POST_LIMIT;
  return {
    code: POST_CODES.tooLong,
    severity: 'error',
    start: body.start,
    end: Math.min(markdown.length, body.start + lineLength(body.text)),
    message: l10n.t(
      '{0} characters: LinkedIn posts stop at {1}. Cut {2}.',
      length.toLocaleString('en-US'),
      POST_LIMIT.toLocaleString('en-US'),
      over.toLocaleString('en-US'),
    ),
  };
}

/** More than five hashtags: marked on the sixth. */
function tooManyHashtagsProblem(body: Body): Problem | undefined {
  const tags = [...body.text.matchAll(/(^|[^\w&#/])#([\p{L}\p{N}_]+)/gu)].filter(m => !/^\d+$/.test(m[2]));
  if (tags.length <= MAX_HASHTAGS) {
    return undefined;
  }
  const sixth = tags[MAX_HASHTAGS];
  const start = body.start + (sixth.index ?? 0) + sixth[1].length;
  return {
    code: POST_CODES.hashtags,
    severity: 'warning',
    start,
    end: start + sixth[2].length + 1,
    message: l10n.t(
      '{0} hashtags: more than {1} reads as spam on LinkedIn. Keep the {1} that matter.',
      tags.length,
      MAX_HASHTAGS,
    ),
  };
}

/** The hook, what shows before "…see more": an opening paragraph that runs past the fold. */
function hookPastFoldProblem(markdown: string, body: Body): Problem | undefined {
  const info = postInfo(markdown);
  if (info.foldOffset === undefined) {
    return undefined;
  }
  const firstPara = body.text.search(/\S/);
  const paraEnd = body.text.indexOf('\n\n', Math.max(0, firstPara));
  const hookEnd = body.start + (paraEnd < 0 ? body.text.length : paraEnd);
  if (firstPara < 0 || hookEnd <= info.foldOffset) {
    return undefined;
  }
  return {
    code: POST_CODES.hook,
    severity: 'info',
    start: info.foldOffset,
    end: hookEnd,
    message: l10n.t(
      'The feed folds here ("…see more": {0} lines or about {1} characters on desktop, 140 on mobile); the opening paragraph runs past it. Put the hook above the fold.',
      FOLD_LINES,
      FOLD_CHARS,
    ),
  };
}

/** Line by line: code fences, template prompts, Unicode "fake bold", and markdown LinkedIn shows as typed. */
function lineProblems(body: Body): Problem[] {
  const out: Problem[] = [];
  let offset = body.start;
  let inFence = false;
  for (const line of body.text.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      out.push({
        code: POST_CODES.markdown,
        severity: 'info',
        start: offset,
        end: offset + line.replace(/\r$/, '').length,
        message: l10n.t(
          'LinkedIn has no code blocks: Copy for LinkedIn drops the fence and keeps the code as plain text.',
        ),
      });
    } else if (!inFence) {
      out.push(...proseLineProblems(line, offset));
    }
    offset += line.length + 1;
  }
  return out;
}

/** A line of prose (outside code fences) starting at `offset`. */
function proseLineProblems(line: string, offset: number): Problem[] {
  const out: Problem[] = [];
  const at = (m: RegExpExecArray): { start: number; end: number } => ({
    start: offset + m.index,
    end: offset + m.index + m[0].length,
  });
  const prompt = /\{\{[^}\n]*\}\}/.exec(line);
  if (prompt) {
    out.push({
      code: POST_CODES.placeholder,
      severity: 'info',
      ...at(prompt),
      message: l10n.t('A prompt from the template is still here: replace it with your words.'),
    });
  }
  const fake = FAKE_STYLE_RE.exec(line);
  if (fake) {
    out.push({
      code: POST_CODES.fakeStyle,
      severity: 'info',
      ...at(fake),
      message: l10n.t(
        'Unicode "bold" or "italic" letters: screen readers spell them out letter by letter, and search does not find the words.',
      ),
    });
  }
  const md = /\*\*[^*\s][^*]*\*\*|__[^_\s][^_]*__|^#{1,6}\s|\[[^\]]+\]\([^)]+\)|`[^`]+`/.exec(line);
  if (md) {
    out.push({
      code: POST_CODES.markdown,
      severity: 'info',
      ...at(md),
      message: l10n.t('LinkedIn shows markdown as typed; Copy for LinkedIn turns this into plain text.'),
    });
  }
  return out;
}

function lineLength(s: string): number {
  const nl = s.indexOf('\n');
  return nl < 0 ? s.length : nl;
}
