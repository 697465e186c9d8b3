// Blueprints: packaged expertise (contract §1), as the content view and the dashboard read them.
import type { NetworkModel } from '../network/network';
import { CHANNELS, record, text, textList } from '../network/network';

export interface Blueprint {
  readonly id: string;
  readonly title: string;
  readonly promise?: string;
  readonly audience: readonly string[];
  /** The channels it should be talked about in (known channels only, in the file's order). */
  readonly channels: readonly string[];
  readonly index: number;
}

export function blueprintsOf(model: NetworkModel): Blueprint[] {
  const out: Blueprint[] = [];
  model.blueprints.forEach((e, index) => {
    const r = record(e);
    const id = text(r.id)?.trim();
    if (!id) {
      return;
    }
    out.push({
      id,
      index,
      title: text(r.title)?.trim() || id,
      promise: text(r.promise),
      audience: textList(r.audience),
      channels: textList(r.channels).filter(c => (CHANNELS as readonly string[]).includes(c)),
    });
  });
  return out;
}

/** Only slugs name files: anything else (`../x`, `a/b`) is refused before it reaches a path. */
export function isBlueprintSlug(id: string): boolean {
  return /^[a-z0-9-]+$/.test(id) && id.length <= 100;
}
