// What one row of LinkedIn's export writes into network.yaml: the fields LinkedIn owns on an
// entry already there (a job change kept in a dated note and marked `moved`), the last contact,
// and the blocks of new contacts and invitations.

import type { Entry, NetworkModel, PersonList } from '../network/network';
import { section, text } from '../network/network';
import { jobChangeNote } from '../people/moves';
import { personOf } from '../people/person';
import type { EntryFields } from '../yaml/entryFields';
import { formatFlowString, formatString } from '../yaml/scalar';
import type { ExportConnection, ExportInvitation } from './linkedinExport';

/** The column new entries of a list are written at: the list's own, else the file's usual one. */
export function listIndent(model: NetworkModel, list: PersonList): number {
  for (const key of [list, 'contacts', 'invitations', 'archive'] as const) {
    const s = section(model, key);
    if (s && s.itemIndent >= 0) {
      return s.itemIndent;
    }
  }
  return 2;
}

export function withEol(s: string, eol: string): string {
  return s.endsWith('\n') ? s : s + eol;
}

/** Updates what LinkedIn owns; returns 1 when something changed. */
export function applyLinkedInFields(
  ed: EntryFields,
  e: Entry,
  c: ExportConnection,
  today: string,
  jobChanges: string[],
): number {
  const p = personOf(e);
  let changed = 0;
  if (c.profile && !p.profile) {
    ed.setString('profile', c.profile);
    changed = 1;
  }
  const companyChanged = !!c.company && !!p.company && c.company !== p.company;
  const positionChanged = !!c.position && !!p.position && c.position !== p.position;
  if (companyChanged || positionChanged) {
    recordJobChange(ed, p, today);
    const was = [p.position, p.company].filter(Boolean).join(' at ');
    const now = [c.position ?? p.position, c.company ?? p.company].filter(Boolean).join(' at ');
    jobChanges.push(`${p.name}: was ${was}, now ${now}`);
    changed = 1;
  }
  for (const [key, value, current] of [
    ['company', c.company, p.company],
    ['position', c.position, p.position],
  ] as const) {
    if (value && value !== current) {
      ed.setString(key, value);
      changed = 1;
    }
  }
  if (c.email && !p.email) {
    ed.setString('email', c.email);
    changed = 1;
  }
  if (c.connected && !p.connected) {
    ed.set('connected', formatString(c.connected));
    changed = 1;
  }
  return changed;
}

/**
 * A job change: the old job in a dated note (as before), `moved: today` (contract §2) and, so that
 * the Moved group can say "old → new" without reading notes back, `previousPosition` and
 * `previousCompany` (beyond the contract; a missing old value removes a stale one).
 */
function recordJobChange(ed: EntryFields, p: { position?: string; company?: string }, today: string): void {
  ed.appendMap('notes', [
    ['date', today],
    ['text', formatFlowString(jobChangeNote(p))],
  ]);
  ed.set('moved', today);
  for (const [key, value] of [
    ['previousPosition', p.position],
    ['previousCompany', p.company],
  ] as const) {
    if (value) {
      ed.setString(key, value);
    } else {
      ed.remove(key);
    }
  }
}

export function applyLastContact(ed: EntryFields, e: Entry, last: string | undefined): number {
  const current = text(personOf(e).lastContact);
  if (last && (!current || current < last)) {
    ed.set('lastContact', formatString(last));
    return 1;
  }
  return 0;
}

export function contactBlock(c: ExportConnection, last: string | undefined, indent: number, eol: string): string {
  const pad = ' '.repeat(indent);
  const fields: [string, string | undefined][] = [
    ['profile', c.profile],
    ['company', c.company],
    ['position', c.position],
    ['email', c.email],
    ['connected', c.connected],
    ['lastContact', last],
  ];
  return (
    `${pad}- name: ${formatString(c.name)}${eol}` +
    fields
      .filter(([, v]) => v)
      .map(([k, v]) => `${pad}  ${k}: ${formatString(v!)}${eol}`)
      .join('')
  );
}

export function invitationBlock(inv: ExportInvitation, indent: number, eol: string): string {
  const pad = ' '.repeat(indent);
  const fields: [string, string | undefined][] = [
    ['profile', inv.profile],
    ['received', inv.received],
    ['message', inv.message],
  ];
  return (
    `${pad}- name: ${formatString(inv.name)}${eol}` +
    fields
      .filter(([, v]) => v)
      .map(([k, v]) => `${pad}  ${k}: ${formatString(v!)}${eol}`)
      .join('')
  );
}
