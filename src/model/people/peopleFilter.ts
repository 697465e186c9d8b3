// The people view's filter: words match names, headlines, companies, tags and notes;
// `tag:kafka`, `category:client` (or `cat:`), `is:unfollowed` narrow by field. All must match.

import type { Person } from '../network/network';

export interface PeopleFilter {
  readonly text: string;
  matches(p: Person): boolean;
}

export function parsePeopleFilter(input: string): PeopleFilter | undefined {
  const text = input.trim();
  if (!text) {
    return undefined;
  }
  const tests: ((p: Person) => boolean)[] = [];
  for (const token of text.split(/\s+/)) {
    const m = /^(tag|category|cat|is|company):(.*)$/i.exec(token);
    const value = (m ? m[2] : token).toLowerCase();
    if (!value) {
      continue;
    }
    switch (m?.[1].toLowerCase()) {
      case 'tag':
        tests.push(p => p.tags.some(t => t.toLowerCase() === value));
        break;
      case 'category':
      case 'cat':
        tests.push(p => (p.category ?? '').toLowerCase() === value);
        break;
      case 'company':
        tests.push(p => (p.company ?? '').toLowerCase().includes(value));
        break;
      case 'is':
        tests.push(value === 'unfollowed' ? p => !p.following : value === 'following' ? p => p.following : () => false);
        break;
      default:
        tests.push(p => haystack(p).includes(value));
    }
  }
  return { text, matches: p => tests.every(t => t(p)) };
}

const haystacks = new WeakMap<Person, string>();

function haystack(p: Person): string {
  let h = haystacks.get(p);
  if (h === undefined) {
    h = [
      p.name,
      p.headline,
      p.company,
      p.position,
      p.category,
      p.email,
      p.message,
      p.reason,
      ...p.tags,
      ...p.notes.map(n => n.text),
    ]
      .filter(Boolean)
      .join('\n')
      .toLowerCase();
    haystacks.set(p, h);
  }
  return h;
}
