// A person's LinkedIn profile URL as addPerson reads it (from its argument or the clipboard):
// `https://www.linkedin.com/in/<slug>`, with a name suggested from the slug. Company pages,
// other sites and plain text are refused with a sentence that says which.

import * as l10n from '@vscode/l10n';

export type ProfileUrl =
  | { readonly url: string; readonly slug: string; readonly suggestedName: string | undefined }
  | { readonly refused: string };

/** LinkedIn's own hosts: www, the bare domain, the mobile site and country sites (de.linkedin.com). */
const LINKEDIN_HOST = /^(?:(?:www|m|[a-z]{2})\.)?linkedin\.com$/i;

/** Pages of linkedin.com that are not a person, as people would call them. */
function notAPerson(section: string): string {
  switch (section) {
    case 'company':
      return l10n.t('a company page');
    case 'school':
      return l10n.t('a school page');
    case 'showcase':
      return l10n.t('a showcase page');
    case 'groups':
      return l10n.t('a group');
    case 'jobs':
      return l10n.t('a job posting');
    case 'posts':
      return l10n.t('a post');
    case 'feed':
      return l10n.t('a post in the feed');
    case 'pulse':
      return l10n.t('an article');
    case 'events':
      return l10n.t('an event');
    case 'mynetwork':
      return l10n.t('a page of your network');
    case 'search':
      return l10n.t('a search');
    case 'messaging':
      return l10n.t('a conversation');
    default:
      return l10n.t('not a person’s profile');
  }
}

/** The profile URL in `text` (the whole text, or the first linkedin.com address in it), or why there is none. */
export function readProfileUrl(text: string): ProfileUrl {
  const raw = text.trim();
  if (!raw) {
    return { refused: l10n.t('it is empty') };
  }
  const found = /(?:https?:\/\/)?(?:[a-z0-9-]+\.)*linkedin\.com\/[^\s"'<>]*/i.exec(raw);
  if (!found) {
    const url =
      /^[a-z][a-z0-9+.-]*:\/\/([^/\s]+)/i.exec(raw) ?? /^(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)\//i.exec(raw);
    return {
      refused: url
        ? l10n.t('{0} is not linkedin.com', url[1])
        : l10n.t('"{0}" is not a link to a LinkedIn profile', raw.length > 40 ? raw.slice(0, 37) + '…' : raw),
    };
  }
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(found[0]) ? found[0] : `https://${found[0]}`);
  } catch {
    return { refused: l10n.t('{0} is not a valid address', found[0]) };
  }
  if (!LINKEDIN_HOST.test(url.hostname)) {
    return { refused: l10n.t('{0} is not linkedin.com', url.hostname) };
  }
  const [section, slug] = url.pathname.split('/').filter(Boolean);
  if (section?.toLowerCase() !== 'in' || !slug) {
    const what = notAPerson(section?.toLowerCase() ?? '');
    return {
      refused: l10n.t(
        '{0} is {1}, not a person’s profile (https://www.linkedin.com/in/…)',
        `${url.hostname}${url.pathname}`,
        what,
      ),
    };
  }
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    // a stray % stays as written
  }
  if (/[\s/\\]/.test(decoded)) {
    return { refused: l10n.t('{0} is not a profile name LinkedIn makes', slug) };
  }
  return { url: `https://www.linkedin.com/in/${slug}`, slug: decoded, suggestedName: nameFromSlug(decoded) };
}

/**
 * A name from a profile slug: `priya-anand-77` → "Priya Anand", `jos%C3%A9-garcia` → "José Garcia";
 * LinkedIn's numbers and ids at the end are dropped. Undefined when nothing name-like is left.
 */
export function nameFromSlug(slug: string): string | undefined {
  const words = slug.split(/[-_.]+/).filter(Boolean);
  while (words.length > 1 && /\d/.test(words[words.length - 1])) {
    words.pop();
  }
  if (words.length === 0 || words.some(w => /\d/.test(w)) || /^ACo[A-Za-z0-9_-]{16,}$/.test(slug)) {
    return undefined;
  }
  return words.map(w => w.charAt(0).toLocaleUpperCase() + w.slice(1)).join(' ');
}
