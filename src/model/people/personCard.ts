// What the card of a person says (tooltips and hovers), as labelled lines of plain text; the
// adapters render every value as literal text, so names with markdown or HTML show as typed.

import * as l10n from '@vscode/l10n';
import type { Person } from '../network/network';
import type { DueInfo } from './followUps';
import { describeDue } from './followUps';

export type CardKind = 'invitation' | 'contact' | 'archive';

/** A labelled value (`Headline: …`), or a sentence of its own. */
export type CardLine = { readonly label: string; readonly value: string } | { readonly sentence: string };

export interface PersonCard {
  readonly title: string;
  readonly lines: readonly CardLine[];
}

/** What the card adds from elsewhere in the file: when the contact is due, what they brought. */
export interface CardContext {
  readonly due?: DueInfo;
  /** "2 opportunities · 1 open" */
  readonly opportunities?: string;
}

export function personCard(p: Person, kind: CardKind, context: CardContext = {}): PersonCard {
  const lines: CardLine[] = [];
  const line = (label: string, value: string | undefined): void => {
    if (value) {
      lines.push({ label, value });
    }
  };
  line(l10n.t('Headline'), p.headline);
  if (p.position) {
    line(l10n.t('Position'), p.company ? l10n.t('{0} at {1}', p.position, p.company) : p.position);
  } else {
    line(l10n.t('Company'), p.company);
  }
  if (kind === 'invitation') {
    line(l10n.t('Received'), p.received);
    line(l10n.t('Snoozed until'), p.snoozed);
    line(l10n.t('Message'), p.message);
  } else if (kind === 'contact') {
    contactLines(p, context.due, line, lines);
  } else {
    line(l10n.t('Outcome'), p.outcome);
    line(l10n.t('Decided'), p.decided);
    line(l10n.t('Reason'), p.reason);
  }
  line(l10n.t('Opportunities'), context.opportunities);
  line(l10n.t('Profile'), p.profile);
  return { title: p.name, lines };
}

function contactLines(
  p: Person,
  due: DueInfo | undefined,
  line: (label: string, value: string | undefined) => void,
  lines: CardLine[],
): void {
  line(l10n.t('Category'), p.category);
  line(l10n.t('Tags'), p.tags.join(', ') || undefined);
  line(l10n.t('Connected'), p.connected);
  line(l10n.t('Last contact'), p.lastContact);
  line(l10n.t('Next due'), due ? nextDue(due) : p.followUp);
  if (!p.following) {
    lines.push({ sentence: l10n.t('Unfollowed: still connected, their posts stay out of your feed.') });
  }
  const latest = [...p.notes].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).slice(0, 3);
  for (const n of latest) {
    lines.push({ label: l10n.t('Note'), value: n.date ? `${n.date}: ${n.text}` : n.text });
  }
}

/** "2026-12-01 (due in 5 days)", with ", from the category's cadence" when no follow-up set it. */
function nextDue(due: DueInfo): string {
  return due.reason === 'cadence'
    ? l10n.t("{0} ({1}, from the category's cadence)", due.due, describeDue(due))
    : l10n.t({
        message: '{0} ({1})',
        args: [due.due, describeDue(due)],
        comment: ['a due day: 2026-12-01 (due in 5 days)'],
      });
}

/** The kind of card for an entry of a people list. */
export function cardKindOf(list: 'invitations' | 'contacts' | 'archive'): CardKind {
  return list === 'invitations' ? 'invitation' : list === 'contacts' ? 'contact' : 'archive';
}
