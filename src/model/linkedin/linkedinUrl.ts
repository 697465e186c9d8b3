// The only links the extension opens: LinkedIn pages over https (contract §3, openOnLinkedIn).

import * as l10n from '@vscode/l10n';

export const INVITATION_MANAGER_URL = 'https://www.linkedin.com/mynetwork/invitation-manager/';

/**
 * The https://www.linkedin.com/... URL for a profile as people write it (with or without the
 * scheme or `www.`), or a reason it will not be opened.
 */
export function linkedInUrl(profile: string): { url: string } | { refused: string } {
  const raw = profile.trim();
  if (!raw) {
    return { refused: l10n.t('the profile is empty') };
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(raw)) {
    return { refused: l10n.t('the profile contains spaces, control characters or backslashes') };
  }
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw);
  let url: URL;
  try {
    url = new URL(hasScheme ? raw : raw.startsWith('/') ? `https://www.linkedin.com${raw}` : `https://${raw}`);
  } catch {
    return { refused: l10n.t('it is not a valid URL') };
  }
  if (url.protocol !== 'https:') {
    return { refused: l10n.t('only https://www.linkedin.com links are opened, not {0} links', url.protocol) };
  }
  if (url.username || url.password || url.port) {
    return { refused: l10n.t('it carries a user name, password or port') };
  }
  const host = url.hostname.toLowerCase();
  if (host !== 'www.linkedin.com' && host !== 'linkedin.com') {
    return { refused: l10n.t('{0} is not linkedin.com', host) };
  }
  return { url: `https://www.linkedin.com${url.pathname}${url.search}${url.hash}` };
}

/**
 * The page a LinkedIn to-do is done on, before the check of linkedInUrl: the invitation manager
 * for invitations; the profile for the rest, or a people search by name when there is none.
 */
export function todoPage(todo: string, profile: string | undefined, name: string): string {
  if (todo === 'accept' || todo === 'ignore' || todo === 'not-known') {
    return INVITATION_MANAGER_URL;
  }
  return profile?.trim()
    ? profile
    : `https://www.linkedin.com/search/results/people/?keywords=${encodeURIComponent(name.trim())}`;
}
