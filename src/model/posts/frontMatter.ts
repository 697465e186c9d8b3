// The front matter of a post draft (contract §4): a YAML block between `---` lines at the top.

import * as l10n from '@vscode/l10n';
import { isMap, parseDocument } from 'yaml';
import type { Node as YamlNode } from 'yaml';
import { isRecord } from '../network/network';

export interface FrontMatter {
  /** The front matter's fields (empty when there is none or it does not read). */
  readonly data: Record<string, unknown>;
  /** Offsets: the block from the opening `---` to after the closing `---` line; undefined when there is none. */
  readonly block?: {
    readonly start: number;
    readonly end: number;
    readonly contentStart: number;
    readonly contentEnd: number;
  };
  /** Where the body starts. */
  readonly bodyStart: number;
  /** Each field's value range (absolute), for diagnostics and edits. */
  readonly fields: ReadonlyMap<
    string,
    {
      readonly keyStart: number;
      readonly valueStart: number;
      readonly valueEnd: number;
      readonly lineStart: number;
      readonly lineEnd: number;
    }
  >;
  /** A YAML error in the front matter. */
  readonly error?: { readonly start: number; readonly end: number; readonly message: string };
}

const OPEN_RE = /^(?:\ufeff)?---[ \t]*\r?\n/;

export function parseFrontMatter(text: string): FrontMatter {
  const open = OPEN_RE.exec(text);
  if (!open) {
    return { data: {}, bodyStart: 0, fields: new Map() };
  }
  const contentStart = open[0].length;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
  close.lastIndex = 0;
  const rest = text.slice(contentStart);
  const m = close.exec(rest);
  if (!m) {
    return {
      data: {},
      bodyStart: 0,
      fields: new Map(),
      error: { start: 0, end: 3, message: l10n.t('The front matter is never closed: add a line "---" after it.') },
    };
  }
  const contentEnd = contentStart + m.index;
  const end = contentEnd + m[0].length;
  const yamlText = text.slice(contentStart, contentEnd);
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const fields = new Map<
    string,
    { keyStart: number; valueStart: number; valueEnd: number; lineStart: number; lineEnd: number }
  >();
  const block = { start: 0, end, contentStart, contentEnd };
  if (doc.errors.length) {
    const e = doc.errors[0];
    return {
      data: {},
      block,
      bodyStart: end,
      fields,
      error: {
        start: contentStart + e.pos[0],
        end: contentStart + e.pos[1],
        message: l10n.t('Front matter: {0}', e.message.replace(/ at line[\s\S]*$/, '')),
      },
    };
  }
  let data: Record<string, unknown>;
  try {
    const js = doc.toJS({ maxAliasCount: 100 });
    data = isRecord(js) ? js : {};
  } catch {
    data = {};
  }
  const contents = doc.contents as YamlNode | null;
  if (isMap(contents)) {
    for (const pair of contents.items) {
      const k = pair.key as YamlNode & { value?: unknown };
      const v = pair.value as YamlNode | null;
      if (!k?.range) {
        continue;
      }
      const keyStart = contentStart + k.range[0];
      const valueStart = contentStart + (v?.range?.[0] ?? k.range[1] + 1);
      const valueEnd = contentStart + (v?.range?.[1] ?? k.range[1] + 1);
      const lineStart = text.lastIndexOf('\n', keyStart - 1) + 1;
      const nl = text.indexOf('\n', Math.max(valueEnd - 1, keyStart));
      fields.set(String(k.value), {
        keyStart,
        valueStart,
        valueEnd,
        lineStart,
        lineEnd: nl < 0 ? text.length : nl + 1,
      });
    }
  }
  return { data, block, bodyStart: end, fields };
}

/** Edits that set front-matter fields (creating the front matter when there is none). */
export function setFrontMatterFields(
  text: string,
  values: ReadonlyArray<readonly [string, string]>,
): { start: number; end: number; text: string }[] {
  const fm = parseFrontMatter(text);
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  if (fm.error) {
    throw new Error(fm.error.message);
  }
  if (!fm.block) {
    const lines = values.map(([k, v]) => `${k}: ${v}${eol}`).join('');
    return [{ start: 0, end: 0, text: `---${eol}${lines}---${eol}` }];
  }
  const edits: { start: number; end: number; text: string }[] = [];
  const added: string[] = [];
  for (const [k, v] of values) {
    const f = fm.fields.get(k);
    if (f) {
      edits.push(
        f.valueStart === f.valueEnd
          ? { start: f.valueStart, end: f.valueEnd, text: ` ${v}` }
          : { start: f.valueStart, end: f.valueEnd, text: v },
      );
    } else {
      added.push(`${k}: ${v}${eol}`);
    }
  }
  if (added.length) {
    const at = fm.block.contentEnd;
    const lead = at > fm.block.contentStart && text[at - 1] !== '\n' ? eol : '';
    edits.push({ start: at, end: at, text: lead + added.join('') });
  }
  return edits;
}
