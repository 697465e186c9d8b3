// Which entries of two versions of network.yaml are the same entry: people by identity (contract
// §1) across their three lists, opportunities and blueprints by `id`, rules by what they say.

import type { Entry, EntryList, NetworkModel } from '../network/network';
import { record, text } from '../network/network';
import { identityOfEntry } from '../people/person';

export type PairKind = 'person' | 'opportunity' | 'blueprint' | 'rule';

const PAIRED_LISTS: readonly { readonly kind: PairKind; readonly lists: readonly EntryList[] }[] = [
  { kind: 'person', lists: ['invitations', 'contacts', 'archive'] },
  { kind: 'opportunity', lists: ['opportunities'] },
  { kind: 'blueprint', lists: ['blueprints'] },
  { kind: 'rule', lists: ['rules'] },
];

/** Which lists are paired together, by kind of entry (a function: this module is bundled lazily). */
export function pairedLists(): typeof PAIRED_LISTS {
  return PAIRED_LISTS;
}

/** What makes an entry the same entry on the other side; entries without one match by their text. */
export function pairKey(entry: Entry, kind: PairKind): string {
  if (kind === 'person') {
    const id = identityOfEntry(entry);
    if (id) {
      return id;
    }
  } else if (kind === 'rule') {
    return `rule:${JSON.stringify(entry.parsed.value)}`;
  } else {
    const id = text(record(entry).id)?.trim();
    if (id) {
      return `id:${id}`;
    }
  }
  return `text:${entry.parsed.text.trim()}`;
}

/** The entries of one key on each side (and the ancestor's first), for the keys theirs has. */
export interface KeyGroup {
  readonly key: string;
  readonly ours: readonly Entry[];
  readonly theirs: readonly Entry[];
  readonly base?: Entry;
  /**
   * Whether one entry of the key may stand for all of ours': always without the ancestor; with it,
   * when one of the ancestor's entries of the key is in a conflict's lines (git touched it there).
   */
  readonly joinable: boolean;
}

function byKey(model: NetworkModel | undefined, kind: PairKind, lists: readonly EntryList[]): Map<string, Entry[]> {
  const map = new Map<string, Entry[]>();
  for (const list of model ? lists : []) {
    for (const e of model![list]) {
      const k = pairKey(e, kind);
      const at = map.get(k);
      if (at) {
        at.push(e);
      } else {
        map.set(k, [e]);
      }
    }
  }
  return map;
}

/** The groups of a kind, in theirs' order (a key only ours has needs nothing from a merge). */
export function keyGroups(
  ours: NetworkModel,
  theirs: NetworkModel,
  base: AncestorVersion | undefined,
  kind: PairKind,
  lists: readonly EntryList[],
): KeyGroup[] {
  const o = byKey(ours, kind, lists);
  const b = byKey(base?.model, kind, lists);
  // the ancestor rebuilt from a file also holds what git merged without conflict: its own version
  // of an entry is the one between its markers, when there is one
  const ancestor = (key: string): Entry | undefined => {
    const all = b.get(key) ?? [];
    return all.find(e => base?.inConflict(e)) ?? all[0];
  };
  return [...byKey(theirs, kind, lists)].map(([key, t]) => ({
    key,
    ours: o.get(key) ?? [],
    theirs: t,
    base: ancestor(key),
    joinable: !base || (b.get(key) ?? []).some(e => base.inConflict(e)),
  }));
}

/** The common ancestor, and which of its entries are its own lines of a conflict. */
export interface AncestorVersion {
  readonly model: NetworkModel;
  readonly inConflict: (entry: Entry) => boolean;
}
