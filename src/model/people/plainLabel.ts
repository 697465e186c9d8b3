// Text the user typed, shown in a QuickPick item's label, description or detail. QuickPicks show
// no markdown, HTML or links, but they do turn `$(name)` into an icon; a backslash before it makes
// VS Code show the characters instead.

/** `$(zap) Boss` -> `\$(zap) Boss`: shown as typed in a QuickPick. */
export function plainLabel(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}
