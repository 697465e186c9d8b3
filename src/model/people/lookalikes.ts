// Who in the file a person being added may already be (addPerson, before it asks for the name):
// the name LinkedIn's address suggests, or the address itself, against every person's name, so
// that "Tobias Ferreira" is offered for linkedin.com/in/tferreira and "Priya Anand" for a second
// profile of hers. The same profile is not a lookalike: addPerson refuses it outright.

import * as l10n from '@vscode/l10n';
import type { Entry, NetworkModel } from '../network/network';
import { normaliseProfile } from './identity';
import { personOf } from './person';
import { closestMatches } from '../validation/suggestions';

/** Letters only, lower case, accents dropped: "José García-Li" -> "josegarciali". */
function compact(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '');
}

/** The ways a profile slug spells a name: "tobiasferreira", "tferreira". */
function slugSpellings(name: string): string[] {
  const words = name
    .split(/[\s-]+/)
    .map(compact)
    .filter(Boolean);
  if (words.length === 0) {
    return [];
  }
  const last = words[words.length - 1];
  return words.length > 1 ? [words.join(''), words[0][0] + last] : [words[0]];
}

/** A slug's words without LinkedIn's numbers and ids at the end: "priya-anand-77" -> priya, anand. */
function slugWords(slug: string): string[] {
  const words = slug.split(/[-_.]+/).filter(Boolean);
  while (words.length > 1 && /\d/.test(words[words.length - 1])) {
    words.pop();
  }
  return words.some(w => /\d/.test(w)) ? [] : words;
}

/**
 * Up to `max` people (contacts, then invitations, then the archive) who may be the person with
 * this profile `slug` and suggested `name`: their name spelled by the slug first, then names
 * closest to `name` (the same in another case, a slip or two, or `name` a first name of theirs).
 */
export function lookalikes(
  model: NetworkModel,
  profile: string,
  slug: string,
  name: string | undefined,
  max = 3,
): Entry[] {
  const want = normaliseProfile(profile);
  const people = [...model.contacts, ...model.invitations, ...model.archive].filter(e => {
    const p = personOf(e).profile;
    return !(p && want && normaliseProfile(p) === want);
  });
  const out: Entry[] = [];
  const bySlug = compact(slugWords(slug).join(''));
  for (const e of people) {
    if (out.length < max && bySlug && slugSpellings(personOf(e).name).includes(bySlug)) {
      out.push(e);
    }
  }
  if (name?.trim() && out.length < max) {
    const names = people.map(e => personOf(e).name);
    for (const close of closestMatches(name, names, max)) {
      const e = people.find(x => personOf(x).name === close && !out.includes(x));
      if (e && out.length < max) {
        out.push(e);
      }
    }
  }
  return out;
}

/** "already in your network as a contact": where a lookalike is. */
export function whereInNetwork(entry: Entry): string {
  switch (entry.list) {
    case 'contacts':
      return l10n.t('already in your network as a contact');
    case 'invitations':
      return l10n.t('already in your network as an invitation');
    default:
      return l10n.t('in your archive');
  }
}
