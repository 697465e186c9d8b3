// The contacts by company (setting `contractorNetwork.groupPeopleBy: company`): one group per
// company, A to Z, with its count and its closest relationship; contacts without one last.

import type { Entry } from '../network/network';
import { CATEGORIES } from '../network/network';
import { personOf } from './person';

export interface CompanyGroup {
  /** The company as first written in the file; undefined: the contacts without a company. */
  readonly company: string | undefined;
  readonly entries: readonly Entry[];
  /** The closest relationship there: client before prospect before the rest (in the contract's order). */
  readonly relationship: string | undefined;
}

const RANK = new Map<string, number>(CATEGORIES.map((c, i) => [c, i]));

/** A category's closeness: the contract's order, unknown categories after, none last. */
function rank(category: string | undefined): number {
  const c = category?.trim();
  return c ? (RANK.get(c) ?? CATEGORIES.length) : CATEGORIES.length + 1;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

export function companyGroups(contacts: readonly Entry[]): CompanyGroup[] {
  const byKey = new Map<string, { company: string; entries: Entry[]; best: string | undefined }>();
  const none: Entry[] = [];
  for (const e of contacts) {
    const p = personOf(e);
    const company = p.company?.trim();
    if (!company) {
      none.push(e);
      continue;
    }
    const key = company.toLowerCase();
    let g = byKey.get(key);
    if (!g) {
      g = { company, entries: [], best: undefined };
      byKey.set(key, g);
    }
    g.entries.push(e);
    if (rank(p.category) < rank(g.best)) {
      g.best = p.category?.trim();
    }
  }
  const groups: CompanyGroup[] = [...byKey.values()]
    .sort((a, b) => collator.compare(a.company, b.company))
    .map(g => ({ company: g.company, entries: g.entries, relationship: g.best }));
  if (none.length) {
    groups.push({ company: undefined, entries: none, relationship: undefined });
  }
  return groups;
}
