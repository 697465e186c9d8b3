// The confidentiality check of contract §7: a draft that names, as a whole word and in any case,
// the company of a contact with `category: client` or the `client` of an opportunity at
// `submitted` or later gets a warning, unless the company is in `me.publicClients`; the quick fix
// adds it there (the edit below).

import * as l10n from '@vscode/l10n';
import { isRecord, section, sectionValue } from '../network/network';
import type { NetworkModel, Problem } from '../network/network';
import { opportunitiesOf } from '../opportunities/opportunity';
import { personOf } from '../people/person';
import { formatFlowString, formatString } from '../yaml/scalar';
import type { TextEdit } from '../yaml/textEdits';
import { parseFrontMatter } from './frontMatter';

export const CONFIDENTIAL_CODE = 'names-client';

/** Stages at or after `submitted` on the way to work (closed ones count when they were submitted). */
const SUBMITTED_OR_LATER = new Set(['submitted', 'interview', 'offer', 'won']);

const key = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** `me.publicClients`, as written. */
export function publicClients(model: NetworkModel): string[] {
  const me = sectionValue(model, 'me');
  const list = isRecord(me) ? me.publicClients : undefined;
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
}

/** The clients a post may not name: client contacts' companies and submitted opportunities' clients, minus the public ones. */
export function confidentialClients(model: NetworkModel): string[] {
  const open = new Set(publicClients(model).map(key));
  const out = new Map<string, string>();
  const add = (name: string | undefined): void => {
    const k = name ? key(name) : '';
    if (k && !open.has(k) && !out.has(k)) {
      out.set(k, name!.trim());
    }
  };
  for (const e of model.contacts) {
    const p = personOf(e);
    if (p.category?.trim().toLowerCase() === 'client') {
      add(p.company);
    }
  }
  for (const o of opportunitiesOf(model)) {
    const stage = o.stage?.trim().toLowerCase() ?? '';
    if (SUBMITTED_OR_LATER.has(stage) || (o.submitted && (stage === 'lost' || stage === 'withdrawn'))) {
      add(o.client);
    }
  }
  return [...out.values()];
}

/** A warning at each place the draft's body names a confidential client as a whole word. */
export function confidentialityProblems(markdown: string, clients: readonly string[]): Problem[] {
  const bodyStart = parseFrontMatter(markdown).bodyStart;
  const body = markdown.slice(bodyStart);
  const problems: Problem[] = [];
  for (const client of clients) {
    const words = client.split(/\s+/).map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])${words.join('\\s+')}(?![\\p{L}\\p{N}_])`, 'giu');
    for (let m = re.exec(body); m; m = re.exec(body)) {
      problems.push({
        code: CONFIDENTIAL_CODE,
        severity: 'warning',
        start: bodyStart + m.index,
        end: bodyStart + m.index + m[0].length,
        message: l10n.t('names {0}, a client: check your NDA before publishing', client),
      });
    }
  }
  return problems.sort((a, b) => a.start - b.start);
}

/**
 * The edit to network.yaml that adds a company to `me.publicClients`: into its flow or block
 * list, as a new `publicClients: [..]` line under `me:`, or a new `me:` after `version`.
 * Undefined when `me` is written in a way this does not edit (inline).
 */
export function addPublicClientEdit(model: NetworkModel, company: string): TextEdit | undefined {
  const eol = model.eol;
  const me = section(model, 'me');
  if (!me) {
    const version = section(model, 'version');
    const at = version ? version.bodyEnd : 0;
    const lead = at > 0 && model.text[at - 1] !== '\n' ? eol : '';
    return { start: at, end: at, text: `${lead}${eol}me:${eol}  publicClients: [${formatFlowString(company)}]${eol}` };
  }
  if (me.valueKind !== 'block-map') {
    return undefined;
  }
  const text = model.text.slice(me.headerEnd, me.bodyEnd);
  const keyLine = /^([ \t]+)publicClients:[ \t]*(.*)$/m.exec(text);
  if (!keyLine) {
    const indent = /^([ \t]+)\S/m.exec(text)?.[1] ?? '  ';
    const at = me.bodyEnd;
    const lead = model.text[at - 1] !== '\n' ? eol : '';
    return { start: at, end: at, text: `${lead}${indent}publicClients: [${formatFlowString(company)}]${eol}` };
  }
  const lineStart = me.headerEnd + keyLine.index;
  const valueStart = lineStart + keyLine[0].length - keyLine[2].length;
  const flow = /^\[([^\]]*)\]/.exec(keyLine[2]);
  if (flow) {
    const close = valueStart + flow[0].length - 1;
    const sep = flow[1].trim() ? ', ' : '';
    return { start: close, end: close, text: `${sep}${formatFlowString(company)}` };
  }
  if (keyLine[2].trim() && !keyLine[2].trim().startsWith('#')) {
    return undefined; // a single value or something else: not a list to add to
  }
  // a block list: after its last `- item` line
  const after = text.slice(keyLine.index + keyLine[0].length);
  const items = /^(?:\r?\n([ \t]*)- .*)+/.exec(after);
  const itemIndent = items?.[1] ?? `${keyLine[1]}  `;
  const at = lineStart + keyLine[0].length + (items ? items[0].length : 0);
  return { start: at, end: at, text: `${eol}${itemIndent}- ${formatString(company)}` };
}
