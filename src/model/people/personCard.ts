// What the card of a person says (tooltips and hovers), as labelled lines of plain text; the
// adapters render every value as literal text, so names with markdown or HTML show as typed.

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
  line('Headline', p.headline);
  line('Position', [p.position, p.company].filter(Boolean).join(' at ') || undefined);
  if (kind === 'invitation') {
    line('Received', p.received);
    line('Snoozed until', p.snoozed);
    line('Message', p.message);
  } else if (kind === 'contact') {
    contactLines(p, context.due, line, lines);
  } else {
    line('Outcome', p.outcome);
    line('Decided', p.decided);
    line('Reason', p.reason);
  }
  line('Opportunities', context.opportunities);
  line('Profile', p.profile);
  return { title: p.name, lines };
}

function contactLines(
  p: Person,
  due: DueInfo | undefined,
  line: (label: string, value: string | undefined) => void,
  lines: CardLine[],
): void {
  line('Category', p.category);
  line('Tags', p.tags.join(', ') || undefined);
  line('Connected', p.connected);
  line('Last contact', p.lastContact);
  const fromCadence = due?.reason === 'cadence' ? ", from the category's cadence" : '';
  line('Next due', due ? `${due.due} (${describeDue(due)}${fromCadence})` : p.followUp);
  if (!p.following) {
    lines.push({ sentence: 'Unfollowed: still connected, their posts stay out of your feed.' });
  }
  const latest = [...p.notes].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).slice(0, 3);
  for (const n of latest) {
    lines.push({ label: 'Note', value: n.date ? `${n.date}: ${n.text}` : n.text });
  }
}

/** The kind of card for an entry of a people list. */
export function cardKindOf(list: 'invitations' | 'contacts' | 'archive'): CardKind {
  return list === 'invitations' ? 'invitation' : list === 'contacts' ? 'contact' : 'archive';
}
