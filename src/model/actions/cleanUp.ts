// cleanUp (contract §2, version 1): the chosen contacts leave for the archive as `remove` has
// them leave, with `reason: clean-up`, all in one edit (one undo step however many people).

import * as l10n from '@vscode/l10n';
import type { EntryRef } from '../people/identity';
import type { NetworkModel } from '../network/network';
import { EntryEditError, EntryFields } from '../yaml/entryFields';
import type { EditPlan } from '../yaml/textEdits';
import type { ActionContext } from './actionSpec';
import { ListEditError, moveEntries } from './listEdits';
import { contactsOf, refuseIfBroken } from './networkEdits';
import { markRemoved } from './personPlans';
import { personOf } from '../people/person';

export const CLEAN_UP_REASON = 'clean-up';

export function planCleanUp(model: NetworkModel, refs: readonly EntryRef[], ctx: ActionContext): EditPlan {
  const broken = refuseIfBroken(model);
  if (broken) {
    return broken;
  }
  const entries = contactsOf(model, refs, who =>
    l10n.t('{0} is not a contact in network.yaml; nobody was removed.', who),
  );
  if (!Array.isArray(entries)) {
    return entries;
  }
  if (entries.length === 0) {
    return { ok: true, edits: [], message: l10n.t('Nobody was chosen; nothing was removed.'), made: '0' };
  }
  try {
    const moves = entries.map(entry => {
      const editor = new EntryFields(entry.parsed, model.eol);
      markRemoved(editor, ctx.today, CLEAN_UP_REASON);
      if (ctx.linkedinTodos) {
        editor.set('todoOnLinkedIn', 'remove');
      }
      return { entry, editor };
    });
    const n = entries.length;
    const who = n === 1 ? personOf(entries[0]).name : l10n.t('{0} contacts', n);
    return {
      ok: true,
      edits: moveEntries(model, moves, 'archive'),
      message: l10n.t('Cleaned up {0} (kept in the archive with reason: clean-up).', who),
      made: String(n),
    };
  } catch (e) {
    if (e instanceof EntryEditError || e instanceof ListEditError) {
      return { ok: false, message: l10n.t('The clean-up cannot be written: {0}; nothing was changed.', e.message) };
    }
    throw e;
  }
}
