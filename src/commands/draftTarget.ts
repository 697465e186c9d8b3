import * as vscode from 'vscode';
import { UserError } from '../services/userError';

const decoder = new TextDecoder('utf-8');

/**
 * The draft a command works on and its current text: a Uri or path argument, a Content view item
 * (its resourceUri), else the active markdown editor.
 */
export async function draftText(uriArg: unknown): Promise<{ uri: vscode.Uri; text: string }> {
  let uri: vscode.Uri | undefined;
  if (uriArg instanceof vscode.Uri) {
    uri = uriArg;
  } else if (typeof uriArg === 'string') {
    uri = uriArg.includes('://') ? vscode.Uri.parse(uriArg) : vscode.Uri.file(uriArg);
  } else if (
    uriArg &&
    typeof uriArg === 'object' &&
    'resourceUri' in uriArg &&
    (uriArg as { resourceUri?: unknown }).resourceUri instanceof vscode.Uri
  ) {
    uri = (uriArg as { resourceUri: vscode.Uri }).resourceUri;
  } else {
    const doc = vscode.window.activeTextEditor?.document;
    if (doc && (doc.languageId === 'markdown' || doc.uri.path.endsWith('.md'))) {
      uri = doc.uri;
    }
  }
  if (!uri) {
    throw new UserError(vscode.l10n.t('Open a post draft (a markdown file) first.'), 'info');
  }
  const open = vscode.workspace.textDocuments.find(d => d.uri.toString() === uri!.toString());
  if (open) {
    return { uri, text: open.getText() };
  }
  try {
    return { uri, text: decoder.decode(await vscode.workspace.fs.readFile(uri)) };
  } catch {
    throw new UserError(vscode.l10n.t('{0} could not be read.', vscode.workspace.asRelativePath(uri)));
  }
}
