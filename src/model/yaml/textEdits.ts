// Minimal text edits: what every action produces, and what the adapters turn into WorkspaceEdits.

export interface TextEdit {
  /** Offsets in the text the edit was computed from. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Sorted, with touching or overlapping edits merged (they are applied to the same original text). */
export function normalizeEdits(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && e.start < last.end) {
      throw new Error(`overlapping edits at ${e.start}`);
    }
    if (last && e.start === last.end) {
      out[out.length - 1] = { start: last.start, end: e.end, text: last.text + e.text };
    } else {
      out.push(e);
    }
  }
  return out.filter(e => e.start !== e.end || e.text !== '');
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const norm = normalizeEdits(edits);
  let out = '';
  let pos = 0;
  for (const e of norm) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}

/**
 * What an action, an import or a draft change plans: the edits and what to tell the user, or a
 * refusal and, when it is about a place in the text, where (`offset`). Nothing is written for a refusal.
 * `made`: what the change created, when the caller resolves to it (logOpportunity: the new id).
 */
export type EditPlan =
  | { readonly ok: true; readonly edits: readonly TextEdit[]; readonly message: string; readonly made?: string }
  | { readonly ok: false; readonly message: string; readonly offset?: number };
