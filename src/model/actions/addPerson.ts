// addPerson (contract §2, version 1): a new entry at the end of `contacts` (connected today) or
// `invitations`, with its name, profile and the fields given; refused when the person is already
// in the file, matched as the import matches (the same profile, or the same name on an entry
// without a profile).

import * as l10n from '@vscode/l10n';
import { CATEGORIES } from '../network/network';
import type { Entry, NetworkModel, PersonList } from '../network/network';
import { normaliseName, normaliseProfile } from '../people/identity';
import { personOf } from '../people/person';
import { didYouMean } from '../validation/suggestions';
import { formatString } from '../yaml/scalar';
import type { EditPlan } from '../yaml/textEdits';
import { appendToList, ListEditError } from './listEdits';
import { refuseIfBroken } from './networkEdits';

/** The fields addPerson takes besides the profile (contract §3). */
export const ADD_PERSON_FIELDS = ['name', 'list', 'company', 'position', 'headline', 'category'] as const;

export interface NewPerson {
  readonly name: string;
  readonly profile: string;
  readonly list?: string;
  readonly company?: string;
  readonly position?: string;
  readonly headline?: string;
  readonly category?: string;
}

/** The entry that already is this person: the same profile anywhere, or the same name without a profile. */
export function existingPerson(model: NetworkModel, profile: string, name: string): Entry | undefined {
  const want = normaliseProfile(profile);
  const n = normaliseName(name);
  let byName: Entry | undefined;
  for (const list of ['contacts', 'invitations', 'archive'] as const) {
    for (const e of model[list]) {
      const p = personOf(e);
      if (p.profile && want && normaliseProfile(p.profile) === want) {
        return e;
      }
      if (!p.profile && n && normaliseName(p.name) === n) {
        byName ??= e;
      }
    }
  }
  return byName;
}

function listNoun(list: string): string {
  return list === 'contacts'
    ? l10n.t('a contact')
    : list === 'invitations'
      ? l10n.t('an invitation')
      : l10n.t('archived');
}

export function planAddPerson(model: NetworkModel, person: NewPerson, today: string): EditPlan {
  const broken = refuseIfBroken(model);
  if (broken) {
    return broken;
  }
  const name = person.name.trim();
  if (!name) {
    return { ok: false, message: l10n.t('A new person needs a name; nothing was added.') };
  }
  const list = (person.list?.trim() || 'contacts') as PersonList;
  if (list !== 'contacts' && list !== 'invitations') {
    return {
      ok: false,
      message: l10n.t('"{0}" is not a list a person is added to: use contacts or invitations.', String(person.list)),
    };
  }
  const category = person.category?.trim();
  if (category && !(CATEGORIES as readonly string[]).includes(category)) {
    const close = didYouMean(category, CATEGORIES);
    return {
      ok: false,
      message: close
        ? l10n.t('"{0}" is not a category (did you mean {1}?); use {2}.', category, close, CATEGORIES.join(', '))
        : l10n.t('"{0}" is not a category; use {1}.', category, CATEGORIES.join(', ')),
    };
  }
  const existing = existingPerson(model, person.profile, name);
  if (existing) {
    const p = personOf(existing);
    return {
      ok: false,
      offset: existing.start,
      message: l10n.t('{0} is already in network.yaml ({1}); nothing was added.', p.name, listNoun(existing.list)),
    };
  }
  const fields: [string, string | undefined][] = [
    ['profile', person.profile],
    ['headline', person.headline],
    ['company', person.company],
    ['position', person.position],
    ['category', category],
    ['connected', list === 'contacts' ? today : undefined],
  ];
  const eol = model.eol;
  const block =
    `- name: ${formatString(name)}${eol}` +
    fields
      .filter((f): f is [string, string] => !!f[1]?.trim())
      .map(([k, v]) => `  ${k}: ${formatString(v.trim())}${eol}`)
      .join('');
  try {
    return {
      ok: true,
      edits: appendToList(model, list, block, 0, usualIndent(model)),
      message: l10n.t('Added {0} to {1}.', name, list),
    };
  } catch (e) {
    if (e instanceof ListEditError) {
      return { ok: false, message: l10n.t('{0} cannot be added: {1}; nothing was changed.', name, e.message) };
    }
    throw e;
  }
}

/** The column of the file's person lists, for a list that has to be created. */
function usualIndent(model: NetworkModel): number {
  for (const key of ['contacts', 'invitations', 'archive'] as const) {
    const s = model.sections.find(x => x.key === key);
    if (s && s.itemIndent >= 0 && s.entries.length) {
      return s.itemIndent;
    }
  }
  return 2;
}
