// A draft's title as the Content view, the audience note and the dashboard name it: the first
// heading of the body, else its first line that is not a template prompt, without markdown marks,
// cut at 70 characters; the file's name when the body is empty.

import { parseFrontMatter } from './frontMatter';

export const TITLE_MAX = 70;

export function draftTitle(text: string, fileName: string): string {
  const body = text.slice(parseFrontMatter(text).bodyStart);
  const heading = /^\s{0,3}#{1,6}\s+(.+)$/m.exec(body);
  const first = heading?.[1] ?? body.split(/\r?\n/).find(l => l.trim() && !/^\{\{/.test(l.trim()));
  const t = (first ?? '').replace(/[*_`#]/g, '').trim();
  return t ? (t.length > TITLE_MAX ? `${t.slice(0, TITLE_MAX - 3)}…` : t) : fileName || 'draft';
}
