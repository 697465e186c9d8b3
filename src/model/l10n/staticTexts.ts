// The model's words that sit in tables made when the extension loads, before any bundle is: the
// adapters show them through vscode.l10n.t(text), and scripts/l10n.mjs adds them to the bundle
// (test/unit/l10nBundle.test.ts checks it has every one). Words made while running go through
// @vscode/l10n's t where they are made.

import { ACTIONS } from '../actions/actionTable';
import { TODO_TEXT } from '../people/linkedinTodos';

export function staticTexts(): string[] {
  const texts = ACTIONS.flatMap(a => [
    a.titles.palette,
    a.titles.short,
    a.titles.past,
    ...(a.confirm ? [a.confirm.detail, a.confirm.button] : []),
  ]);
  texts.push(...Object.values(TODO_TEXT));
  return [...new Set(texts)];
}
