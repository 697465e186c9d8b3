// Text the user typed (or a file or the clipboard holds), shown in VS Code's quick input: a
// QuickPick item's label, description or detail, a separator, a title, a placeholder, an input
// box's prompt or validation message. None of them renders markdown or HTML, but:
// - labels, descriptions, details and separators turn `$(name)` into an icon; a backslash before it
//   makes VS Code show the characters instead (titles and placeholders are plain text: no backslash);
// - an input box's prompt and validation message also turn `[label](command:…)` into a link that
//   runs the command when clicked; a word joiner (U+2060, invisible) between `]` and `(` breaks it;
// - a right-to-left override (U+202E) or another bidi control in a name would reorder the text
//   after it on the same row (a description, the next part of a title); text holding one is wrapped
//   in an isolate (U+2068 … U+2069), which also closes every embedding or override left open in it.
// A notification (information, warning, error message) also turns `[label](command:…)` into a link
// that runs the command; a status-bar message turns `$(name)` into an icon.

const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** `text` wrapped in a first-strong isolate when it holds a bidi control; else unchanged. */
export function plainTitle(text: string): string {
  return BIDI_CONTROL.test(text) ? `\u2068${text}\u2069` : text;
}

/** `$(zap) Boss` -> `\$(zap) Boss`: shown as typed in a QuickPick label, description, detail or separator. */
export function plainLabel(text: string): string {
  return plainTitle(text).replace(/\$\(/g, '\\$(');
}

/**
 * Parts of a description (a position, a company, …), the empty ones left out, each made plain on
 * its own (so one part's bidi control cannot reorder the next), joined with ` · `.
 */
export function plainParts(
  parts: readonly (string | undefined)[],
  plain: (text: string) => string = plainLabel,
  separator = ' · ',
): string {
  return parts
    .filter((p): p is string => !!p)
    .map(p => plain(p))
    .join(separator);
}

/**
 * A tree item's label or description made of parts (a name, a position, a company, …): each part
 * that holds a bidi control isolated on its own, joined with ` · `. A tree row shows `$(name)` as
 * typed, so nothing else changes.
 */
export function plainRow(parts: readonly (string | undefined)[]): string {
  let row = '';
  for (const p of parts) {
    if (p) {
      row = row ? `${row} · ${p}` : p;
    }
  }
  // thousands of rows at once, nearly all without a bidi control: one test for the whole row
  return BIDI_CONTROL.test(row) ? plainParts(parts, plainTitle) : row;
}

/** Text in an input box's prompt or validation message: no icon and no link. */
export function plainMessage(text: string): string {
  return plainLabel(text).replace(/\]\(/g, ']\u2060(');
}

/** Text in a notification (information, warning or error message): no link, bidi isolated. */
export function plainNotice(text: string): string {
  return plainTitle(text).replace(/\]\(/g, ']\u2060(');
}

/** A piece of a status-bar text: one of our own icons (a codicon's name), then text shown as typed. */
export interface StatusPart {
  readonly icon?: string;
  readonly text?: string;
}

/** A status-bar text: each part's icon, then its text made plain (plainLabel); parts two spaces apart. */
export function plainStatus(parts: readonly StatusPart[]): string {
  return parts
    .map(p =>
      [p.icon === undefined ? '' : `$(${p.icon})`, p.text === undefined ? '' : plainLabel(p.text)]
        .filter(s => s !== '')
        .join(' '),
    )
    .join('  ');
}
