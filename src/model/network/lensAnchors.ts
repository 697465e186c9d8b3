// Where the code lenses of network.yaml go: one anchor line per person and per opportunity.
import { LineIndex } from '../yaml/lineIndex';
import type { Entry, NetworkModel } from './network';

export interface LensAnchor {
  readonly line: number;
  readonly entry: Entry;
}

/** How many lines above and below what an editor shows get lenses too, in a big file. */
export const LENS_WINDOW_MARGIN = 300;

/** Line ranges, first and last line included: the lines shown in editors, widened by a margin. */
export type LensWindow = readonly (readonly [number, number])[];

/**
 * The line of each invitation, contact, archive entry and opportunity's `-`, in file order per
 * list; with a window, only the entries whose `-` line is in one of its ranges. The window is
 * turned into offsets once, so the entries outside it cost a comparison, not a line lookup.
 */
export function lensAnchors(model: NetworkModel, window?: LensWindow): LensAnchor[] {
  if (model.syntaxErrors.length > 0) {
    return [];
  }
  const idx = LineIndex.of(model.text);
  const ranges = window?.map(([first, last]) => offsetRange(idx, first, last));
  const out: LensAnchor[] = [];
  for (const list of ['invitations', 'contacts', 'archive', 'opportunities'] as const) {
    for (const entry of model[list]) {
      const start = entry.start;
      if (!ranges || ranges.some(([from, to]) => start >= from && start < to)) {
        out.push({ line: idx.lineOf(start), entry });
      }
    }
  }
  return out;
}

/** The offsets [from, to) of the lines first to last: an offset is on one of them exactly when it is in it. */
function offsetRange(idx: LineIndex, first: number, last: number): [number, number] {
  const lines = idx.lineCount;
  const from = first >= lines ? Infinity : first <= 0 ? -Infinity : idx.lineStart(first);
  const to = last + 1 >= lines ? Infinity : last + 1 <= 0 ? -Infinity : idx.lineStart(last + 1);
  return [from, to];
}
