import * as vscode from 'vscode';
import type { NetworkModel } from '../model/network/network';
import { record, text } from '../model/network/network';
import { describe, personOf } from '../model/people/person';

/** Who brings work first in the list: the people `via` most likely names. */
const CATEGORY_ORDER = ['recruiter', 'agency', 'client', 'prospect'];

/** `via:` completes the people of the file: their profile is inserted (or their name when they have none). */
export function viaItems(model: NetworkModel): vscode.CompletionItem[] {
  const people = [...model.contacts, ...model.invitations].map(personOf);
  const rank = (category: string | undefined): number => {
    const i = CATEGORY_ORDER.indexOf(category ?? '');
    return i < 0 ? CATEGORY_ORDER.length : i;
  };
  people.sort((a, b) => rank(a.category) - rank(b.category) || a.name.localeCompare(b.name));
  return people.map((p, i) => {
    const item = new vscode.CompletionItem(
      { label: p.name, description: describe(p) || undefined },
      vscode.CompletionItemKind.User,
    );
    item.insertText = p.profile ?? p.name;
    item.filterText = `${p.name} ${p.company ?? ''} ${p.profile ?? ''}`;
    item.detail = p.profile ? vscode.l10n.t('inserts {0}', p.profile) : vscode.l10n.t('inserts the name');
    item.sortText = String(i).padStart(6, '0');
    return item;
  });
}

/** `client:` and `agency:` complete the companies the file already names, the most named first. */
export function companyItems(model: NetworkModel): vscode.CompletionItem[] {
  const counts = new Map<string, number>();
  const add = (v: unknown): void => {
    const name = text(v)?.trim();
    if (name) {
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  };
  for (const e of [...model.contacts, ...model.invitations]) {
    add(record(e).company);
  }
  for (const e of model.opportunities) {
    add(record(e).client);
    add(record(e).agency);
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, n], i) => {
      const item = new vscode.CompletionItem(name, vscode.CompletionItemKind.Value);
      item.detail =
        n === 1 ? vscode.l10n.t('named 1 time in this file') : vscode.l10n.t('named {0} times in this file', n);
      item.sortText = String(i).padStart(6, '0');
      return item;
    });
}
