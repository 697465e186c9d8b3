// Who an entry is: its LinkedIn profile path, or failing that its name (contract §1).

/** `https://www.linkedin.com/in/TFerreira/?x=1` -> `/in/tferreira`. Undefined for an empty profile. */
export function normaliseProfile(profile: string): string | undefined {
  // the form nearly every entry has, without the regular expressions: a fresh file of 30,000
  // contacts asks this of every one
  const prefix = 'https://www.linkedin.com/';
  if (profile.startsWith(prefix) && profile.length > prefix.length && !/[?#\s]|\/$/.test(profile)) {
    return profile.slice(prefix.length - 1).toLowerCase();
  }
  return normaliseProfileAnyForm(profile);
}

/** normaliseProfile for any form (exported for the test that the fast path agrees with it). */
export function normaliseProfileAnyForm(profile: string): string | undefined {
  let p = profile.trim();
  if (!p) {
    return undefined;
  }
  p = p.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  // drop the host when there is one (anything before the first slash that looks like a host)
  const slash = p.indexOf('/');
  if (slash > 0 && /[.:]|^localhost$/i.test(p.slice(0, slash))) {
    p = p.slice(slash);
  } else if (slash < 0 && /\./.test(p)) {
    p = '/';
  }
  p = p
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '')
    .toLowerCase();
  if (!p.startsWith('/')) {
    p = '/' + p;
  }
  return p === '/' ? undefined : p;
}

export function normaliseName(name: string): string {
  return name.trim().toLowerCase();
}

/** The identity key of an entry: `profile:/in/x` or `name:priya anand`; undefined when it has neither. */
export function identityOf(profile: unknown, name: unknown): string | undefined {
  if (typeof profile === 'string') {
    const p = normaliseProfile(profile);
    if (p) {
      return 'profile:' + p;
    }
  }
  if (typeof name === 'string' && name.trim()) {
    return 'name:' + normaliseName(name);
  }
  return undefined;
}

/** An entry reference as scripts pass it: a person `{ profile?, name? }` or an opportunity `{ opportunity: id }`. */
export interface EntryRef {
  readonly profile?: string;
  readonly name?: string;
  /** An opportunity's `id` (contract §3: setStage, addNote on opportunities). */
  readonly opportunity?: string;
  readonly folder?: string;
  /** Extension of the contract: the entry's list and position, to tell duplicates apart. */
  readonly list?: 'invitations' | 'contacts' | 'archive' | 'opportunities';
  readonly index?: number;
}

/** Whether a reference points at an entry with this profile and name. */
export function refMatches(ref: EntryRef, profile: unknown, name: unknown): boolean {
  if (ref.profile) {
    const want = normaliseProfile(ref.profile);
    const have = typeof profile === 'string' ? normaliseProfile(profile) : undefined;
    if (want && have) {
      return want === have;
    }
    if (want && !ref.name) {
      return false;
    }
  }
  if (ref.name) {
    return typeof name === 'string' && normaliseName(name) === normaliseName(ref.name);
  }
  return false;
}
