// The `yaml` package as the parser calls it, on an entry, a section or the whole file: the
// options, the conversion to plain data with a bound on aliases, and its errors as Problems.

import * as l10n from '@vscode/l10n';
import type { Document, Node as YamlNode, YAMLError } from 'yaml';
import type { Problem } from './network';

export const YAML_OPTIONS = { uniqueKeys: true, prettyErrors: false, strict: true, logLevel: 'error' } as const;
/** Bounds the work an alias bomb can cause when a document is turned into data. */
const MAX_ALIAS_COUNT = 1000;

/** A node of `doc` as plain data; an alias to an anchor outside `doc` is reported, not thrown. */
export function safeToJS(doc: Document, node: unknown): { value?: unknown; error?: Problem; aliasMissing?: boolean } {
  try {
    const value =
      node && typeof (node as { toJS?: unknown }).toJS === 'function'
        ? (node as YamlNode).toJS(doc, { maxAliasCount: MAX_ALIAS_COUNT })
        : null;
    return { value };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (/Unresolved alias/.test(message)) {
      return { aliasMissing: true };
    }
    const range = (node as YamlNode | null)?.range ?? [0, 0, 0];
    return {
      error: {
        code: 'yaml-resource',
        severity: 'error',
        start: range[0],
        end: range[1],
        message: /resource exhaustion/.test(message)
          ? l10n.t(
              'Too many aliases: this looks like an alias bomb, so the file is not read. Remove the repeated aliases.',
            )
          : l10n.t('The YAML could not be read: {0}', message),
      },
    };
  }
}

/** A `yaml` error in `text` as a Problem at a range of `text`, said in the extension's words. */
export function yamlProblem(e: YAMLError, text: string): Problem {
  const length = text.length;
  let start = Math.min(e.pos[0], length);
  let end = Math.max(start, Math.min(e.pos[1], length));
  const reason = e.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '');
  const syntax = l10n.t('YAML syntax: {0}', reason);
  let message = syntax;
  const quote = /^Missing closing (["'])quote/.exec(e.message);
  if (quote) {
    // yaml reports the end of the text; the useful place is where the quote opens
    const open = unclosedQuote(text, quote[1], start);
    if (open) {
      [start, end] = open;
      message = l10n.t('This quoted value is never closed: add the closing {0} at the end of the value.', quote[1]);
    }
  }
  // the reason alone, for a refusal that words it in its own sentence; a message of our own says it alone
  return { code: 'yaml-syntax', severity: 'error', start, end, message, ...(message === syntax ? { reason } : {}) };
}

/** The first value before `before` that opens a `quote` and does not close it on its line. */
function unclosedQuote(text: string, quote: string, before: number): [number, number] | undefined {
  const re = quote === '"' ? /(^|[:\-,[{]\s*)"((?:[^"\\\n]|\\.)*)$/gm : /(^|[:\-,[{]\s*)'((?:[^'\n]|'')*)$/gm;
  for (let m = re.exec(text); m && m.index < before; m = re.exec(text)) {
    const at = m.index + m[1].length;
    const lineEnd = text.indexOf('\n', at);
    return [at, lineEnd < 0 ? text.length : lineEnd > at && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd];
  }
  return undefined;
}
