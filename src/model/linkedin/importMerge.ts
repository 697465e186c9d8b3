// Merging a LinkedIn export into network.yaml, again and again: matched by identity (profile,
// or name for entries without one), never deleting, never overwriting what the user wrote
// (category, tags, notes, following...). LinkedIn's own fields are updated; a job change keeps the
// old title in a dated note and marks the person `moved`; the LinkedIn to-dos the export shows as
// done are settled. Importing the same export twice changes nothing the second time.

import * as l10n from '@vscode/l10n';
import { EntryFields, reindent } from '../yaml/entryFields';
import { identityOf, normaliseName, normaliseProfile } from '../people/identity';
import type { ExportConnection, ExportInvitation, LinkedInExport } from './linkedinExport';
import type { LastContactOf } from './lastMessages';
import { lastMessageDays } from './lastMessages';
import type { Entry, NetworkModel } from '../network/network';
import { section } from '../network/network';
import { appendToList, ListEditError, removeEntries } from '../actions/listEdits';
import { refuseIfBroken } from '../actions/networkEdits';
import { personOf } from '../people/person';
import { formatString } from '../yaml/scalar';
import type { TextEdit } from '../yaml/textEdits';
import { normalizeEdits } from '../yaml/textEdits';
import {
  applyLastContact,
  applyLinkedInFields,
  contactBlock,
  invitationBlock,
  listIndent,
  withEol,
} from './importFields';
import { settledTodos } from './importSettle';

export interface ImportCounts {
  /** New contacts. */
  readonly added: number;
  /** Existing entries that changed (job, profile, last contact, accepted on LinkedIn). */
  readonly updated: number;
  /** Connections already in the file with nothing new. */
  readonly unchanged: number;
  /** New pending invitations. */
  readonly invitations: number;
  /** LinkedIn to-dos the export shows as done (their `todoOnLinkedIn` removed). */
  readonly todosDone: number;
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
    const jobs = plan.jobChanges.length;
    const parts = [
      l10n.t(
        'Imported {0}: {1} new contacts, {2} updated, {3} unchanged, {4} new invitations',
        exp.files.join(', '),
        c.added,
        c.updated,
        c.unchanged,
        c.invitations,
      ),
    ];
    if (jobs) {
      parts.push(jobs === 1 ? l10n.t('1 job change') : l10n.t('{0} job changes', jobs));
    }
    if (c.todosDone) {
      parts.push(
        c.todosDone === 1
          ? l10n.t('1 LinkedIn to-do done there')
          : l10n.t('{0} LinkedIn to-dos done there', c.todosDone),
      );
    }
    const message = l10n.t({
      message: '{0}.',
      args: [parts.join('; ')],
      comment: ['the import summary: its parts joined by "; "'],
    });
    return { ok: true, message, ...plan };
  } catch (e) {
    if (e instanceof ListEditError) {
      return { ok: false, message: l10n.t('The import cannot be written: {0}. Nothing was changed.', e.message) };
    }
    throw e;
  }
}

function buildPlan(model: NetworkModel, exp: LinkedInExport, today: string): ImportPlan {
  const merge = new ImportMerge(model, today, lastMessageDays(model, exp.messages));
  for (const c of exp.connections) {
    merge.addConnection(c);
  }
  // contacts not in Connections.csv (or an export without it) still get their last message
  for (const e of model.contacts) {
    merge.noteLastMessage(e);
  }
  for (const inv of exp.invitations) {
    merge.addInvitation(inv);
  }
  merge.settleTodos(settledTodos(model, exp));
  return merge.plan();
}

/** One import in progress: what each export row does to the file, collected as edits. */
class ImportMerge {
  private readonly idx: Index;
  private readonly eol: string;
  private readonly contactIndent: number;
  private readonly invitationIndent: number;
  private readonly counts = { added: 0, updated: 0, unchanged: 0, invitations: 0, todosDone: 0 };
  private readonly jobChanges: string[] = [];
  /** Entries edited in place, each with the edits of its fields. */
  private readonly fieldEdits = new Map<Entry, EntryFields>();
  /** Entries counted as updated. */
  private readonly touched = new Set<Entry>();
  /** Entries an export row has claimed: a second row with the same name is another person. */
  private readonly matched = new Set<Entry>();
  /** Identities of the rows read so far: a person twice in one export counts once. */
  private readonly seenInExport = new Set<string>();
  /** Invitations accepted on LinkedIn: they move to the end of contacts. */
  private readonly movedFromInvitations: Entry[] = [];
  private readonly newContactBlocks: string[] = [];
  private readonly newInvitationBlocks: string[] = [];

  constructor(
    private readonly model: NetworkModel,
    private readonly today: string,
    private readonly lastContactOf: LastContactOf,
  ) {
    this.idx = indexPeople(model);
    this.eol = model.eol;
    this.contactIndent = listIndent(model, 'contacts');
    this.invitationIndent = listIndent(model, 'invitations');
  }

  /** A row of Connections.csv: a new contact, or the entry it matches brought up to date. */
  addConnection(c: ExportConnection): void {
    const id = identityOf(c.profile, c.name);
    if (id) {
      if (this.seenInExport.has(id)) {
        return; // the same connection twice in one export
      }
      this.seenInExport.add(id);
    }
    const last = this.lastContactOf(c.name, c.profile);
    let existing = match(this.idx, c.name, c.profile);
    if (existing && this.matched.has(existing)) {
      // two rows of one export match the same entry: the first one claimed it; a row with a
      // profile of its own is another person of the same name
      if (!c.profile) {
        this.counts.unchanged++;
        return;
      }
      existing = undefined;
    }
    if (!existing) {
      this.newContactBlocks.push(contactBlock(c, last, this.contactIndent, this.eol));
      this.counts.added++;
      return;
    }
    this.matched.add(existing);
    this.updateFromConnection(existing, c, last);
  }

  /** What LinkedIn knows better; an invitation in Connections.csv was accepted there. */
  private updateFromConnection(existing: Entry, c: ExportConnection, last: string | undefined): void {
    if (existing.list === 'archive') {
      this.counts.unchanged++; // decided against in this file: the export does not bring them back
      return;
    }
    const ed = this.fieldsOf(existing);
    const changed =
      applyLinkedInFields(ed, existing, c, this.today, this.jobChanges) | applyLastContact(ed, existing, last);
    if (existing.list === 'invitations') {
      // accepted on LinkedIn: the invitation becomes a contact
      ed.remove('snoozed');
      if (!personOf(existing).connected) {
        ed.set('connected', formatString(c.connected ?? this.today));
      }
      this.movedFromInvitations.push(existing);
      this.touched.add(existing);
      this.counts.updated++;
    } else if (changed) {
      this.touched.add(existing);
      this.counts.updated++;
    } else {
      this.counts.unchanged++;
    }
  }

  /** A contact the connections left alone gets the day of its latest message, if later. */
  noteLastMessage(e: Entry): void {
    if (this.touched.has(e) || this.fieldEdits.has(e)) {
      return;
    }
    const p = personOf(e);
    const last = this.lastContactOf(p.name, p.profile);
    if (last && applyLastContact(this.fieldsOf(e), e, last)) {
      this.touched.add(e);
      this.counts.updated++;
    }
  }

  /** A row of Invitations.csv: a new pending invitation unless the person is known already. */
  addInvitation(inv: ExportInvitation): void {
    const id = identityOf(inv.profile, inv.name);
    if (!id || this.seenInExport.has(id) || match(this.idx, inv.name, inv.profile)) {
      return; // already a contact, archived, pending, or a connection in this export
    }
    this.seenInExport.add(id);
    this.newInvitationBlocks.push(invitationBlock(inv, this.invitationIndent, this.eol));
    this.counts.invitations++;
  }

  /** To-dos done on LinkedIn: `todoOnLinkedIn` goes (with the entry's other changes, in one editor). */
  settleTodos(entries: readonly Entry[]): void {
    for (const e of entries) {
      this.fieldsOf(e).remove('todoOnLinkedIn');
      this.counts.todosDone++;
    }
  }

  plan(): ImportPlan {
    const model = this.model;
    const edits = [...this.inPlaceEdits(), ...this.listEdits()];
    return {
      counts: { ...this.counts },
      edits: normalizeEdits(edits.filter(e => model.text.slice(e.start, e.end) !== e.text)),
      jobChanges: this.jobChanges,
    };
  }

  /** The edits of entries that stay where they are, in the file's offsets. */
  private inPlaceEdits(): TextEdit[] {
    const edits: TextEdit[] = [];
    for (const [e, ed] of this.fieldEdits) {
      if (e.list === 'invitations' && this.movedFromInvitations.includes(e)) {
        continue;
      }
      for (const x of ed.allEdits()) {
        edits.push({ start: x.start + e.start, end: x.end + e.start, text: x.text });
      }
    }
    return edits;
  }

  /** Accepted invitations leave their list; new invitations, then moved and new contacts, are appended. */
  private listEdits(): TextEdit[] {
    const model = this.model;
    const edits: TextEdit[] = [];
    const moved = this.movedFromInvitations.map(e =>
      reindent(
        model.text.slice(e.blockStart, e.start) + withEol(this.fieldsOf(e).result(), this.eol),
        this.contactIndent - e.parsed.indent,
      ),
    );
    if (this.movedFromInvitations.length) {
      const removal = removeEntries(model, section(model, 'invitations')!, this.movedFromInvitations);
      // a list emptied here but given new invitations below does not become `[]`
      edits.push(...(this.newInvitationBlocks.length ? removal.filter(e => e.text !== ' []') : removal));
    }
    if (this.newInvitationBlocks.length) {
      const indent = this.invitationIndent;
      edits.push(...appendToList(model, 'invitations', this.newInvitationBlocks.join(''), indent, indent));
    }
    const contactText = [...moved, ...this.newContactBlocks].join('');
    if (contactText) {
      edits.push(...appendToList(model, 'contacts', contactText, this.contactIndent, this.contactIndent));
    }
    return edits;
  }

  private fieldsOf(e: Entry): EntryFields {
    let ed = this.fieldEdits.get(e);
    if (!ed) {
      ed = new EntryFields(e.parsed, this.eol);
      this.fieldEdits.set(e, ed);
    }
    return ed;
  }
}
