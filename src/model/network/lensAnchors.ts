// Where the code lenses of network.yaml go: one anchor line per person and per opportunity.
import { LineIndex } from '../yaml/lineIndex';
import type { Entry, NetworkModel } from './network';

export interface LensAnchor {
  readonly line: number;
  readonly entry: Entry;
}

/** The line of each invitation, contact, archive entry and opportunity's `-`, in file order per list. */
export function lensAnchors(model: NetworkModel): LensAnchor[] {
  if (model.syntaxErrors.length > 0) {
    return [];
  }
  const idx = LineIndex.of(model.text);
  const out: LensAnchor[] = [];
  for (const list of ['invitations', 'contacts', 'archive', 'opportunities'] as const) {
    for (const entry of model[list]) {
      out.push({ line: idx.lineOf(entry.start), entry });
    }
  }
  return out;
}
