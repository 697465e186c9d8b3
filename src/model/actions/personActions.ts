// The rows of the action table for people: triage of invitations, managing contacts, restoring
// from the archive (contract §2).

import * as l10n from '@vscode/l10n';
import { addDays, isRealDay } from '../calendar/dates';
import type { PersonList } from '../network/network';
import { record, text } from '../network/network';
import { opportunityOf, opportunityTitle } from '../opportunities/opportunity';
import { personOf } from '../people/person';
import type { EntryFields } from '../yaml/entryFields';
import { EntryEditError } from '../yaml/entryFields';
import { formatFlowString } from '../yaml/scalar';
import type { ActionSpec, ActionStep } from './actionSpec';
import { inPlace, movedTo, required } from './actionSpec';

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

const NOT_KNOWN_DETAIL =
  "LinkedIn may restrict the sender's account when many people say they don't know them. " +
  'Use it for spam and strangers; for agencies and noise, Ignore is enough (nobody is told).';

export const PERSON_ACTIONS: readonly ActionSpec[] = [
  {
    kind: 'accept',
    lists: ['invitations'],
    titles: { palette: 'Accept Invitation', short: 'Accept', past: 'accepted' },
    icon: 'check',
    many: true,
    lens: 1,
    inline: true,
    triage: { hint: () => l10n.t('connect; add to contacts') },
    suggestible: true,
    linkedinTodo: 'accept',
    plan: step => {
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
  },
  {
    kind: 'ignore',
    lists: ['invitations'],
    titles: { palette: 'Ignore Invitation', short: 'Ignore', past: 'ignored' },
    icon: 'close',
    many: true,
    lens: 2,
    inline: true,
    triage: { hint: () => l10n.t('nobody is told; kept in the archive') },
    suggestible: true,
    linkedinTodo: 'ignore',
    plan: step => {
      step.fields.remove('snoozed').set('outcome', 'ignored').set('decided', step.ctx.today);
      return movedTo(step, 'archive', l10n.t('Ignored {0}.', step.person.name));
    },
  },
  {
    kind: 'notKnown',
    lists: ['invitations'],
    titles: { palette: "I Don't Know Them", short: "I don't know them", past: 'not known' },
    icon: 'circle-slash',
    many: false,
    lens: 3,
    triage: { hint: () => l10n.t('use sparingly: LinkedIn may restrict the sender') },
    confirm: {
      setting: 'confirmNotKnown',
      question: name => l10n.t("Tell LinkedIn you don't know {0}?", name),
      detail: NOT_KNOWN_DETAIL,
      button: "I don't know them",
    },
    linkedinTodo: 'not-known',
    plan: step => {
      step.fields.remove('snoozed').set('outcome', 'not-known').set('decided', step.ctx.today);
      return movedTo(step, 'archive', l10n.t('Archived {0} as not known.', step.person.name));
    },
  },
  {
    kind: 'later',
    lists: ['invitations'],
    titles: { palette: 'Later (Snooze Invitation)', short: 'Later', past: 'snoozed' },
    icon: 'watch',
    many: true,
    lens: 4,
    inline: true,
    triage: { hint: ({ snoozeDays }) => l10n.t('hide for {0} days', snoozeDays) },
    suggestible: true,
    plan: step => {
      const until = addDays(step.ctx.today, step.ctx.snoozeDays);
      step.fields.set('snoozed', until);
      return inPlace(step, l10n.t('{0} is snoozed until {1}.', step.person.name, until));
    },
  },
  {
    kind: 'unfollow',
    lists: ['contacts'],
    titles: { palette: 'Unfollow (Stay Connected)', short: 'Unfollow', past: 'unfollowed' },
    icon: 'eye-closed',
    many: true,
    lens: 1,
    inline: true,
    linkedinTodo: 'unfollow',
    offeredFor: entry => personOf(entry).following,
    plan: step => {
      step.fields.set('following', 'false');
      return inPlace(step, l10n.t('Unfollowed {0}: still connected, no feed noise.', step.person.name));
    },
  },
  {
    kind: 'follow',
    lists: ['contacts'],
    titles: { palette: 'Follow Again', short: 'Follow', past: 'followed again' },
    icon: 'eye',
    many: true,
    lens: 1,
    inline: true,
    linkedinTodo: 'follow',
    offeredFor: entry => !personOf(entry).following,
    plan: step => {
      step.fields.remove('following');
      return inPlace(step, l10n.t('Following {0} again.', step.person.name));
    },
  },
  {
    kind: 'remove',
    lists: ['contacts'],
    titles: { palette: 'Remove Connection (Silently)', short: 'Remove', past: 'removed' },
    icon: 'trash',
    many: true,
    lens: 2,
    input: 'removalReason',
    linkedinTodo: 'remove',
    plan: step => {
      markRemoved(step.fields, step.ctx.today, step.value);
      return movedTo(step, 'archive', l10n.t('Removed {0} (kept in the archive).', step.person.name));
    },
  },
  {
    kind: 'addNote',
    lists: ['contacts', 'opportunities'],
    titles: { palette: 'Add Note', short: 'Add note', past: 'noted' },
    icon: 'note',
    many: true,
    lens: 4,
    inline: true,
    input: 'note',
    plan: step => {
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
  },
  {
    kind: 'setFollowUp',
    lists: ['contacts'],
    titles: { palette: 'Set Follow-up', short: 'Follow-up', past: 'to follow up' },
    icon: 'calendar',
    many: true,
    lens: 5,
    input: 'followUpDate',
    plan: step => {
      const day = (step.value ?? '').trim();
      if (!isRealDay(day)) {
        throw new EntryEditError(l10n.t('"{0}" is not a date written YYYY-MM-DD', day));
      }
      step.fields.set('followUp', day);
      return inPlace(step, l10n.t('Follow up with {0} on {1}.', step.person.name, day));
    },
  },
  {
    kind: 'setCategory',
    lists: ['contacts'],
    titles: { palette: 'Set Category', short: 'Category', past: 'categorised' },
    icon: 'symbol-enum',
    many: true,
    input: 'category',
    plan: step => {
      const category = required(step, l10n.t('a category is needed'));
      step.fields.setString('category', category);
      return inPlace(step, l10n.t('{0} is now in {1}.', step.person.name, category));
    },
  },
  {
    kind: 'addTag',
    lists: ['contacts'],
    titles: { palette: 'Add Tag', short: 'Tag', past: 'tagged' },
    icon: 'tag',
    many: true,
    input: 'tag',
    plan: step => {
      const tag = required(step, l10n.t('a tag is needed'));
      if (step.person.tags.some(t => t.toLowerCase() === tag.toLowerCase())) {
        return { edits: [], message: l10n.t('{0} already has the tag {1}.', step.person.name, tag) };
      }
      step.fields.appendScalar('tags', formatFlowString(tag));
      return inPlace(step, l10n.t('Tagged {0} with {1}.', step.person.name, tag));
    },
  },
  {
    kind: 'restore',
    lists: ['archive'],
    titles: { palette: 'Restore from Archive', short: 'Restore', past: 'restored' },
    icon: 'discard',
    many: true,
    lens: 1,
    inline: true,
    linkedinTodo: 'clear',
    plan: step => {
      step.fields.remove('outcome').remove('decided').remove('reason');
      const target: PersonList = step.person.outcome === 'removed' ? 'contacts' : 'invitations';
      return movedTo(step, target, l10n.t('Restored {0} to {1}.', step.person.name, target));
    },
  },
];
