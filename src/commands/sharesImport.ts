import * as vscode from 'vscode';
import type { Share } from '../model/linkedin/sharesCsv';
import { publishedEdits, readShares, shareOfDraft } from '../model/linkedin/sharesCsv';
import type { DraftStore } from '../services/draftStore';
import type { EditApplier } from '../services/editApplier';

const decoder = new TextDecoder('utf-8');

export interface SharesOutcome {
  /** Drafts newly marked published. */
  readonly published: number;
  /** `Shares.csv, line 7: …` for each row skipped, and drafts that could not be written. */
  readonly skipped: readonly string[];
}

/**
 * The import's part for Shares.csv: every draft of `folder` whose LinkedIn text matches a share
 * gets `status: published`, `published` and `url` (one undoable edit per draft; nothing is written
 * for a row that does not read, nor to a draft whose front matter does not).
 */
export async function markSharesPublished(
  csv: string | undefined,
  folder: vscode.WorkspaceFolder,
  drafts: DraftStore,
  applier: EditApplier,
): Promise<SharesOutcome> {
  if (csv === undefined) {
    return { published: 0, skipped: [] };
  }
  const { shares, skipped } = readShares(csv);
  const problems = [...skipped];
  let published = 0;
  if (shares.length === 0) {
    return { published, skipped: problems };
  }
  await drafts.ready();
  for (const draft of drafts.all().filter(d => d.folder.uri.toString() === folder.uri.toString())) {
    const text = await currentText(draft.uri);
    const share = text === undefined ? undefined : shareOfDraft(text, shares);
    if (!share || publishedEdits(text!, share).length === 0) {
      continue;
    }
    try {
      const done = await applier.applyToText(draft.uri, now => planFor(now, shares));
      published += done.edits.length > 0 ? 1 : 0;
    } catch (e) {
      problems.push(`${vscode.workspace.asRelativePath(draft.uri)}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { published, skipped: problems };
}

function planFor(
  text: string,
  shares: readonly Share[],
): { ok: true; edits: ReturnType<typeof publishedEdits>; message: string } {
  const share = shareOfDraft(text, shares);
  return { ok: true, edits: share ? publishedEdits(text, share) : [], message: vscode.l10n.t('published') };
}

/** A draft's text: the open document's (unsaved changes included), else the file's. */
async function currentText(uri: vscode.Uri): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString());
  if (open) {
    return open.getText();
  }
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
