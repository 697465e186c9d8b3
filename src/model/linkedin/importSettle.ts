// The LinkedIn to-dos an export shows as done (contract §2, import): an accept is done once the
// person is in Connections.csv; an ignore or a not-known once the invitation has left
// Invitations.csv; a remove once the person has left Connections.csv. Unfollow and follow do not
// show in an export, so they stay until marked done. A file the export lacks settles nothing.

import type { Entry, NetworkModel } from '../network/network';
import { todoEntries, todoOf } from '../people/linkedinTodos';
import { normaliseName, normaliseProfile } from '../people/identity';
import { personOf } from '../people/person';
import type { LinkedInExport } from './linkedinExport';

/** People of one CSV, looked up as the import matches rows to entries. */
class Roster {
  private readonly profiles = new Set<string>();
  /** Names of rows without a profile: the only ones an entry with a profile can match by name. */
  private readonly namesNoProfile = new Set<string>();
  private readonly names = new Set<string>();

  constructor(rows: readonly { readonly name: string; readonly profile?: string }[]) {
    for (const r of rows) {
      const prof = r.profile ? normaliseProfile(r.profile) : undefined;
      const n = normaliseName(r.name);
      if (prof) {
        this.profiles.add(prof);
      } else {
        this.namesNoProfile.add(n);
      }
      this.names.add(n);
    }
  }

  has(entry: Entry): boolean {
    const p = personOf(entry);
    const prof = p.profile ? normaliseProfile(p.profile) : undefined;
    const n = normaliseName(p.name);
    return prof ? this.profiles.has(prof) || this.namesNoProfile.has(n) : this.names.has(n);
  }
}

/** The entries whose to-do the export shows as done. */
export function settledTodos(model: NetworkModel, exp: LinkedInExport): Entry[] {
  const connections = exp.files.includes('Connections.csv') ? new Roster(exp.connections) : undefined;
  const invitations = exp.files.includes('Invitations.csv') ? new Roster(exp.invitations) : undefined;
  return todoEntries(model).filter(entry => {
    switch (todoOf(entry)) {
      case 'accept':
        return !!connections?.has(entry);
      case 'remove':
        return !!connections && !connections.has(entry);
      case 'ignore':
      case 'not-known':
        return !!invitations && !invitations.has(entry);
      default:
        return false;
    }
  });
}
