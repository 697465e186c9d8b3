import * as vscode from 'vscode';

export const BEFORE_SCHEME = 'contractor-network-before';

/** Read-only copies of network.yaml from before an import, for the "Show changes" diff. */
export class BeforeImportContent implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private lastImport: { readonly before: vscode.Uri; readonly file: vscode.Uri } | undefined;

  remember(file: vscode.Uri, text: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: BEFORE_SCHEME, path: file.path, query: String(Date.now()) });
    this.texts.clear(); // only the last import's: these can be large
    this.texts.set(uri.toString(), text);
    this.lastImport = { before: uri, file };
    return uri;
  }

  /** The last import of this session: the file before it, and the file. */
  last(): { readonly before: vscode.Uri; readonly file: vscode.Uri } | undefined {
    return this.lastImport;
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? '';
  }
}
