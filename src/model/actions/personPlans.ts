// What the people rows of the action table (personActions.ts) do to the file: triage of
// invitations, managing contacts, restoring from the archive (contract §2). Only a command runs
// them (lazy/onDemand.js).

import * as l10n from '@vscode/l10n';
import { addDays, isRealDay } from '../calendar/dates';
import type { PersonList } from '../network/network';
import { record, text } from '../network/network';
import { opportunityOf, opportunityTitle } from '../opportunities/opportunity';
import type { EntryFields } from '../yaml/entryFields';
import { EntryEditError } from '../yaml/entryFields';
import { formatFlowString } from '../yaml/scalar';
import type { ActionPlan, ActionStep } from './actionStep';
import { inPlace, movedTo, required } from './actionStep';

/** The note's day: the one asked for (`addNote(ref, text, date)`), else today. */
function noteDay(step: ActionStep): string {
  const day = step.date?.trim();
  if (day === undefined || day === '') {
    return step.ctx.today;
  }
  if (!isRealDay(day)) {
    throw new EntryEditError(l10n.t('"{0}" is not a date written YYYY-MM-DD', day));
  }
  return day;
}

/** What remove (and cleanUp) write on the contact before it moves to the archive. */
export function markRemoved(fields: EntryFields, today: string, reason: string | undefined): void {
  fields.set('outcome', 'removed').set('decided', today);
  const why = reason?.trim();
  if (why) {
    fields.setString('reason', why);
  }
}

export const PERSON_PLANS = {
  accept: step => {
    step.fields.remove('snoozed').set('connected', step.ctx.today);
    const rule = step.matchingRule();
    if (rule?.category) {
      step.fields.setString('category', rule.category);
    }
    if (rule?.following === false) {
      step.fields.set('following', 'false');
    } else if (rule?.following === true) {
      step.fields.remove('following');
    }
    return movedTo(step, 'contacts', l10n.t('Accepted {0}.', step.person.name));
  },
  ignore: step => {
    step.fields.remove('snoozed').set('outcome', 'ignored').set('decided', step.ctx.today);
    return movedTo(step, 'archive', l10n.t('Ignored {0}.', step.person.name));
  },
  notKnown: step => {
    step.fields.remove('snoozed').set('outcome', 'not-known').set('decided', step.ctx.today);
    return movedTo(step, 'archive', l10n.t('Archived {0} as not known.', step.person.name));
  },
  later: step => {
    const until = addDays(step.ctx.today, step.ctx.snoozeDays);
    step.fields.set('snoozed', until);
    return inPlace(step, l10n.t('{0} is snoozed until {1}.', step.person.name, until));
  },
  unfollow: step => {
    step.fields.set('following', 'false');
    return inPlace(step, l10n.t('Unfollowed {0}: still connected, no feed noise.', step.person.name));
  },
  follow: step => {
    step.fields.remove('following');
    return inPlace(step, l10n.t('Following {0} again.', step.person.name));
  },
  remove: step => {
    markRemoved(step.fields, step.ctx.today, step.value);
    return movedTo(step, 'archive', l10n.t('Removed {0} (kept in the archive).', step.person.name));
  },
  addNote: step => {
    const note = required(step, l10n.t('a note needs some text'));
    const day = noteDay(step);
    step.fields.appendMap('notes', [
      ['date', day],
      ['text', formatFlowString(note)],
    ]);
    if (step.entry.list === 'opportunities') {
      return inPlace(step, l10n.t('Added a note to {0}.', opportunityTitle(opportunityOf(step.entry))));
    }
    // a note dated another day keeps a later last contact (contract §2)
    const last = text(record(step.entry).lastContact)?.trim();
    if (!step.date || !last || !isRealDay(last) || last < day) {
      step.fields.set('lastContact', day);
    }
    step.fields.remove('moved');
    return inPlace(step, l10n.t('Added a note to {0}.', step.person.name));
  },
  setFollowUp: step => {
    const day = (step.value ?? '').trim();
    if (!isRealDay(day)) {
      throw new EntryEditError(l10n.t('"{0}" is not a date written YYYY-MM-DD', day));
    }
    step.fields.set('followUp', day);
    return inPlace(step, l10n.t('Follow up with {0} on {1}.', step.person.name, day));
  },
  setCategory: step => {
    const category = required(step, l10n.t('a category is needed'));
    step.fields.setString('category', category);
    return inPlace(step, l10n.t('{0} is now in {1}.', step.person.name, category));
  },
  addTag: step => {
    const tag = required(step, l10n.t('a tag is needed'));
    if (step.person.tags.some(t => t.toLowerCase() === tag.toLowerCase())) {
      return { edits: [], message: l10n.t('{0} already has the tag {1}.', step.person.name, tag) };
    }
    step.fields.appendScalar('tags', formatFlowString(tag));
    return inPlace(step, l10n.t('Tagged {0} with {1}.', step.person.name, tag));
  },
  restore: step => {
    step.fields.remove('outcome').remove('decided').remove('reason');
    const target: PersonList = step.person.outcome === 'removed' ? 'contacts' : 'invitations';
    return movedTo(step, target, l10n.t('Restored {0} to {1}.', step.person.name, target));
  },
} satisfies Record<string, ActionPlan>;
