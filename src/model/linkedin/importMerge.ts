// Merging a LinkedIn export into network.yaml, again and again: matched by identity (profile,
// or name for entries without one), never deleting, never overwriting what the user wrote
// (category, tags, notes, following...). LinkedIn's own fields are updated; a job change keeps the
// old title in a dated note. Importing the same export twice changes nothing the second time.

import { EntryEditor, reindent } from '../yaml/entryEditor';
import { identityOf, normaliseName, normaliseProfile } from '../people/identity';
import type { ExportConnection, ExportInvitation, LinkedInExport } from './linkedinExport';
import type { Entry, NetworkModel, PersonList } from '../network/network';
import { isRecord, section, sectionValue, text } from '../network/network';
import { appendToList, ListEditError, removeEntries } from '../actions/listEdits';
import { refuseIfBroken } from '../actions/networkEdits';
import { personOf } from '../people/person';
import { formatFlowString, formatString } from '../yaml/scalar';
import type { TextEdit } from '../yaml/textEdits';
import { normalizeEdits } from '../yaml/textEdits';

export interface ImportCounts {
  /** New contacts. */
  readonly added: number;
  /** Existing entries that changed (job, profile, last contact, accepted on LinkedIn). */
  readonly updated: number;
  /** Connections already in the file with nothing new. */
  readonly unchanged: number;
  /** New pending invitations. */
  readonly invitations: number;
}

export interface ImportPlan {
  readonly counts: ImportCounts;
  readonly edits: TextEdit[];
  /** "Priya Anand: was Head of Data at X, now CTO at Y". */
  readonly jobChanges: readonly string[];
}

export type ImportResult =
  | ({ readonly ok: true; readonly message: string } & ImportPlan)
  | { readonly ok: false; readonly message: string; readonly offset?: number };

interface Index {
  readonly byProfile: Map<string, Entry>;
  /** Entries without a profile, by name: the only ones a name can match when the row has a URL. */
  readonly byNameNoProfile: Map<string, Entry>;
  readonly byNameAny: Map<string, Entry>;
}

function indexPeople(model: NetworkModel): Index {
  const byProfile = new Map<string, Entry>();
  const byNameNoProfile = new Map<string, Entry>();
  const byNameAny = new Map<string, Entry>();
  for (const list of ['contacts', 'invitations', 'archive'] as const) {
    for (const e of model[list]) {
      const p = personOf(e);
      const prof = p.profile ? normaliseProfile(p.profile) : undefined;
      const n = normaliseName(p.name);
      if (prof) {
        if (!byProfile.has(prof)) {
          byProfile.set(prof, e);
        }
      } else if (!byNameNoProfile.has(n)) {
        byNameNoProfile.set(n, e);
      }
      if (!byNameAny.has(n)) {
        byNameAny.set(n, e);
      }
    }
  }
  return { byProfile, byNameNoProfile, byNameAny };
}

/** The entry an export row is: same profile; or, when either side has no profile, same name. */
function match(idx: Index, name: string, profile: string | undefined): Entry | undefined {
  const prof = profile ? normaliseProfile(profile) : undefined;
  const n = normaliseName(name);
  if (prof) {
    return idx.byProfile.get(prof) ?? idx.byNameNoProfile.get(n);
  }
  return idx.byNameNoProfile.get(n) ?? idx.byNameAny.get(n);
}

export function planImport(model: NetworkModel, exp: LinkedInExport, today: string): ImportResult {
  const broken = refuseIfBroken(model);
  if (broken && !broken.ok) {
    return broken;
  }
  try {
    const plan = buildPlan(model, exp, today);
    const c = plan.counts;
    const message =
      `Imported ${exp.files.join(', ')}: ${c.added} new contacts, ${c.updated} updated, ${c.unchanged} unchanged, ${c.invitations} new invitations` +
      (plan.jobChanges.length
        ? `; ${plan.jobChanges.length} job change${plan.jobChanges.length === 1 ? '' : 's'}.`
        : '.');
    return { ok: true, message, ...plan };
  } catch (e) {
    if (e instanceof ListEditError) {
      return { ok: false, message: `The import cannot be written: ${e.message}. Nothing was changed.` };
    }
    throw e;
  }
}

function buildPlan(model: NetworkModel, exp: LinkedInExport, today: string): ImportPlan {
  const idx = indexPeople(model);
  const eol = model.eol;
  const me = sectionValue(model, 'me');
  const meProfile = isRecord(me) && typeof me.profile === 'string' ? normaliseProfile(me.profile) : undefined;
  const meName = isRecord(me) && typeof me.name === 'string' ? normaliseName(me.name) : undefined;

  // the latest message with each person, either way
  const lastByProfile = new Map<string, string>();
  const lastByName = new Map<string, string>();
  const note = (map: Map<string, string>, key: string | undefined, day: string): void => {
    if (key && (!map.has(key) || map.get(key)! < day)) {
      map.set(key, day);
    }
  };
  for (const m of exp.messages) {
    const people: [string | undefined, string | undefined][] = [
      [m.from, m.fromProfile],
      ...m.to.map((n, i) => [n, m.toProfiles[i]] as [string, string | undefined]),
    ];
    for (const [name, profile] of people) {
      const prof = profile ? normaliseProfile(profile) : undefined;
      const n = name ? normaliseName(name) : undefined;
      if ((prof && prof === meProfile) || (!prof && n && n === meName)) {
        continue;
      }
      note(lastByProfile, prof, m.day);
      note(lastByName, n, m.day);
    }
  }
  const lastContactOf = (name: string, profile: string | undefined): string | undefined => {
    const prof = profile ? normaliseProfile(profile) : undefined;
    const a = prof ? lastByProfile.get(prof) : undefined;
    const b = lastByName.get(normaliseName(name));
    return a && b ? (a > b ? a : b) : (a ?? b);
  };

  const edits: TextEdit[] = [];
  const jobChanges: string[] = [];
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  const touched = new Set<Entry>();
  const editors = new Map<Entry, EntryEditor>();
  const editorFor = (e: Entry): EntryEditor => {
    let ed = editors.get(e);
    if (!ed) {
      ed = new EntryEditor(e.parsed, eol);
      editors.set(e, ed);
    }
    return ed;
  };
  const movedFromInvitations: Entry[] = [];
  const newContactBlocks: string[] = [];
  const seenInExport = new Set<string>();
  const matched = new Set<Entry>();
  const targetIndent = listIndent(model, 'contacts');

  for (const c of exp.connections) {
    const id = identityOf(c.profile, c.name);
    if (id) {
      if (seenInExport.has(id)) {
        continue; // the same connection twice in one export
      }
      seenInExport.add(id);
    }
    const last = lastContactOf(c.name, c.profile);
    let existing = match(idx, c.name, c.profile);
    if (existing && matched.has(existing)) {
      // two rows of one export match the same entry: the first one claimed it; a row with a
      // profile of its own is another person of the same name
      if (!c.profile) {
        unchanged++;
        continue;
      }
      existing = undefined;
    }
    if (existing) {
      matched.add(existing);
    }
    if (!existing) {
      newContactBlocks.push(contactBlock(c, last, targetIndent, eol));
      added++;
      continue;
    }
    if (existing.list === 'archive') {
      unchanged++; // decided against in this file: the export does not bring them back
      continue;
    }
    const ed = editorFor(existing);
    const changed = applyLinkedInFields(ed, existing, c, today, jobChanges) | applyLastContact(ed, existing, last);
    if (existing.list === 'invitations') {
      // accepted on LinkedIn: the invitation becomes a contact
      ed.remove('snoozed');
      if (!personOf(existing).connected) {
        ed.set('connected', formatString(c.connected ?? today));
      }
      movedFromInvitations.push(existing);
      touched.add(existing);
      updated++;
    } else if (changed) {
      touched.add(existing);
      updated++;
    } else {
      unchanged++;
    }
  }

  // contacts not in Connections.csv (or an export without it) still get their last message
  for (const e of model.contacts) {
    if (touched.has(e) || editors.has(e)) {
      continue;
    }
    const p = personOf(e);
    const last = lastContactOf(p.name, p.profile);
    if (last && applyLastContact(editorFor(e), e, last)) {
      touched.add(e);
      updated++;
    }
  }

  const newInvitationBlocks: string[] = [];
  const invIndent = listIndent(model, 'invitations');
  let invitations = 0;
  for (const inv of exp.invitations) {
    const id = identityOf(inv.profile, inv.name);
    if (!id || seenInExport.has(id) || match(idx, inv.name, inv.profile)) {
      continue; // already a contact, archived, pending, or a connection in this export
    }
    seenInExport.add(id);
    newInvitationBlocks.push(invitationBlock(inv, invIndent, eol));
    invitations++;
  }

  // in-place edits of entries that stay where they are
  for (const [e, ed] of editors) {
    if (e.list === 'invitations' && movedFromInvitations.includes(e)) {
      continue;
    }
    for (const x of ed.allEdits()) {
      edits.push({ start: x.start + e.start, end: x.end + e.start, text: x.text });
    }
  }
  // invitations accepted on LinkedIn move to the end of contacts, then the new contacts
  const moved = movedFromInvitations.map(e =>
    reindent(
      model.text.slice(e.blockStart, e.start) + withEol(editorFor(e).result(), eol),
      targetIndent - e.parsed.indent,
    ),
  );
  if (movedFromInvitations.length) {
    const removal = removeEntries(model, section(model, 'invitations')!, movedFromInvitations);
    // a list emptied here but given new invitations below does not become `[]`
    edits.push(...(newInvitationBlocks.length ? removal.filter(e => e.text !== ' []') : removal));
  }
  if (newInvitationBlocks.length) {
    edits.push(...appendToList(model, 'invitations', newInvitationBlocks.join(''), invIndent, invIndent));
  }
  const contactText = [...moved, ...newContactBlocks].join('');
  if (contactText) {
    edits.push(...appendToList(model, 'contacts', contactText, targetIndent, targetIndent));
  }
  return {
    counts: { added, updated, unchanged, invitations },
    edits: normalizeEdits(edits.filter(e => model.text.slice(e.start, e.end) !== e.text)),
    jobChanges,
  };
}

/** The column new entries of a list are written at: the list's own, else the file's usual one. */
function listIndent(model: NetworkModel, list: PersonList): number {
  for (const key of [list, 'contacts', 'invitations', 'archive'] as const) {
    const s = section(model, key);
    if (s && s.itemIndent >= 0) {
      return s.itemIndent;
    }
  }
  return 2;
}

function withEol(s: string, eol: string): string {
  return s.endsWith('\n') ? s : s + eol;
}

/** Updates what LinkedIn owns; returns 1 when something changed. */
function applyLinkedInFields(
  ed: EntryEditor,
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
    const was = [p.position, p.company].filter(Boolean).join(' at ');
    const now = [c.position ?? p.position, c.company ?? p.company].filter(Boolean).join(' at ');
    ed.appendMap('notes', [
      ['date', today],
      ['text', formatFlowString(`was ${was} (LinkedIn export)`)],
    ]);
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

function applyLastContact(ed: EntryEditor, e: Entry, last: string | undefined): number {
  const current = text(personOf(e).lastContact);
  if (last && (!current || current < last)) {
    ed.set('lastContact', formatString(last));
    return 1;
  }
  return 0;
}

function contactBlock(c: ExportConnection, last: string | undefined, indent: number, eol: string): string {
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

function invitationBlock(inv: ExportInvitation, indent: number, eol: string): string {
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
