// The mentions of many markdown files, kept by file and by whom they name, so that a person's
// mentions are counted (the "3 mentions" lens) and listed (references, rename) without reading
// the files again, and one file's change costs only that file.

import type { Mention, MentionScan } from './mentionParse';
import { mentionsOf, scanMentions } from './mentionParse';

export interface FileMentions {
  readonly file: string;
  readonly mentions: readonly Mention[];
}

/**
 * A file's mentions as the index keeps them: the scan (numbers and keys, no object per mention)
 * and the text it was made from; the Mention objects are made the first time they are asked for.
 */
interface FileEntry {
  readonly text: string;
  readonly scan: MentionScan;
  mentions?: readonly Mention[];
}

export class MentionIndex {
  private readonly byFile = new Map<string, FileEntry>();
  /**
   * key -> the files of its mentions, a file once per mention (no map per key: 20,000 keys); a
   * key mentioned once holds its file alone, not in an array (most keys: one allocation less each).
   */
  private readonly byKey = new Map<string, string | string[]>();

  /** Reads a file's text (again): its old mentions are forgotten. */
  update(file: string, text: string): void {
    this.delete(file);
    const scan = scanMentions(text);
    if (scan.keys.length === 0) {
      return;
    }
    this.byFile.set(file, { text, scan });
    for (const key of scan.keys) {
      const files = this.byKey.get(key);
      if (files === undefined) {
        this.byKey.set(key, file);
      } else if (typeof files === 'string') {
        this.byKey.set(key, [files, file]);
      } else {
        files.push(file);
      }
    }
  }

  delete(file: string): void {
    const old = this.byFile.get(file);
    if (!old) {
      return;
    }
    this.byFile.delete(file);
    for (const key of old.scan.keys) {
      const files = this.byKey.get(key);
      if (files === file) {
        this.byKey.delete(key);
        continue;
      }
      const at = Array.isArray(files) ? files.lastIndexOf(file) : -1;
      if (!Array.isArray(files) || at < 0) {
        continue;
      }
      files.splice(at, 1);
      if (files.length === 1) {
        this.byKey.set(key, files[0]);
      }
    }
  }

  clear(): void {
    this.byFile.clear();
    this.byKey.clear();
  }

  mentionsOf(file: string): readonly Mention[] {
    const entry = this.byFile.get(file);
    return entry ? (entry.mentions ??= mentionsOf(entry.text, entry.scan)) : [];
  }

  get files(): readonly string[] {
    return [...this.byFile.keys()];
  }

  /** How many mentions name any of `keys` (a person is named by profile and by name). */
  count(keys: readonly string[]): number {
    let n = 0;
    for (const k of keys) {
      const files = this.byKey.get(k);
      n += files === undefined ? 0 : typeof files === 'string' ? 1 : files.length;
    }
    return n;
  }

  /** The mentions that name any of `keys`, by file (files in path order, mentions in text order). */
  find(keys: readonly string[]): FileMentions[] {
    const files = new Set<string>();
    for (const k of keys) {
      const of = this.byKey.get(k);
      for (const f of of === undefined ? [] : typeof of === 'string' ? [of] : of) {
        files.add(f);
      }
    }
    const wanted = new Set(keys);
    return [...files].sort().map(file => ({
      file,
      mentions: this.mentionsOf(file).filter(m => wanted.has(m.key)),
    }));
  }

  /** Every distinct key mentioned. */
  keys(): IterableIterator<string> {
    return this.byKey.keys();
  }
}
