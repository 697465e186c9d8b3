import type * as vscode from 'vscode';

/** Whether `uri` is `folder` or inside it (same scheme and authority; `..` segments resolved). */
export function isInside(folder: vscode.Uri, uri: vscode.Uri): boolean {
  if (folder.scheme !== uri.scheme || folder.authority !== uri.authority) {
    return false;
  }
  const norm = (p: string): string => {
    const out: string[] = [];
    for (const seg of p.split('/')) {
      if (seg === '' || seg === '.') {
        continue;
      }
      if (seg === '..') {
        out.pop();
      } else {
        out.push(seg);
      }
    }
    return '/' + out.join('/');
  };
  const base = norm(folder.path);
  const p = norm(uri.path);
  return p === base || p.startsWith(base.endsWith('/') ? base : base + '/');
}
