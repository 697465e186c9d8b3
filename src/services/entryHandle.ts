import type { EntryRef } from '../model/people/identity';
import type { PersonList } from '../model/network/network';
import type { NetworkFile } from './networkFile';

/**
 * A person entry as commands receive it from a tree item, a lens or a script: the file it lives
 * in, its list, and a reference that finds it again in the file's current text.
 */
export interface EntryHandle {
  readonly file: NetworkFile;
  readonly list: PersonList;
  readonly ref: EntryRef;
  readonly name: string;
}

/** What tree items carry so that commands can act on them without knowing view classes. */
export interface HasEntryHandle {
  readonly entryHandle: EntryHandle;
}

/** The handle a command argument carries (a person's tree item), if any. */
export function entryHandleOf(arg: unknown): EntryHandle | undefined {
  if (typeof arg !== 'object' || arg === null || !('entryHandle' in arg)) {
    return undefined;
  }
  const handle = (arg as HasEntryHandle).entryHandle;
  return typeof handle === 'object' && handle !== null ? handle : undefined;
}
