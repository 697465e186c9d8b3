// shareWithAudience (contract §3, version 1): each chosen contact gets the note
// `Sent "<title>" <url>` as addNote writes it (dated today, `lastContact: today`, `moved` cleared),
// all in one edit: one undo step however many people, every other byte as it was.

import * as l10n from '@vscode/l10n';
import type { NetworkModel } from '../network/network';
import type { EntryRef } from '../people/identity';
import { personOf } from '../people/person';
import type { EditPlan, TextEdit } from '../yaml/textEdits';
import type { ActionContext } from './actionSpec';
import { contactsOf, planAction, refOf, refuseIfBroken } from './networkEdits';

export function planShare(model: NetworkModel, refs: readonly EntryRef[], note: string, ctx: ActionContext): EditPlan {
  const broken = refuseIfBroken(model);
  if (broken) {
    return broken;
  }
  const entries = contactsOf(model, refs, who =>
    l10n.t('{0} is not a contact in network.yaml; nothing was logged.', who),
  );
  if (!Array.isArray(entries)) {
    return entries;
  }
  if (entries.length === 0) {
    return { ok: true, edits: [], message: l10n.t('Nobody was chosen; nothing was logged.'), made: '0' };
  }
  const edits: TextEdit[] = [];
  for (const entry of entries) {
    // the addNote row of the action table: the same note, lastContact and moved as a note by hand
    const planned = planAction(model, { kind: 'addNote', ref: refOf(entry), value: note }, ctx);
    if (!planned.ok) {
      return planned;
    }
    edits.push(...planned.edits);
  }
  const n = entries.length;
  const who = n === 1 ? personOf(entries[0]).name : l10n.t('{0} people', n);
  return { ok: true, edits, message: l10n.t('Logged on {0}: {1}', who, note), made: String(n) };
}
