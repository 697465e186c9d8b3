import type { EntryRef } from '../model/people/identity';
import type { EntryList } from '../model/network/network';
import type { NetworkFile } from './networkFile';

/**
 * An entry (a person, an opportunity) as commands receive it from a tree item, a lens or a
 * script: the file it lives in, its list, and a reference that finds it again in the file's
 * current text; `name` is what messages call it.
 */
export interface EntryHandle {
  readonly file: NetworkFile;
  readonly list: EntryList;
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
