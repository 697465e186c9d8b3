import * as vscode from 'vscode';

// src/model may not import vscode, so it makes its words with @vscode/l10n's `t` (plain English
// in the unit tests, and what @vscode/l10n-dev finds for the bundle). In the extension's bundles
// esbuild.mjs puts this module in @vscode/l10n's place: the model's words are looked up by
// VS Code's own vscode.l10n.t, in the same bundle as everything else, with no second loader.

type T = typeof vscode.l10n.t;

export const t: T = ((...args: Parameters<T>) => (vscode.l10n.t as (...a: Parameters<T>) => string)(...args)) as T;
