import type * as vscode from 'vscode';
import type { Person } from '../model/network/network';
import type { DueInfo } from '../model/people/followUps';
import { describeDue } from '../model/people/followUps';
import { safeMarkdown } from './personNodeBase';

/**
 * The card shown in tooltips and hovers: every value from the file goes through appendText, so
 * names with markdown or HTML show as typed.
 */
export function appendPersonCard(
  p: Person,
  kind: 'invitation' | 'contact' | 'archive',
  md: vscode.MarkdownString = safeMarkdown(),
  due?: DueInfo,
): vscode.MarkdownString {
  md.appendMarkdown('**');
  md.appendText(p.name);
  md.appendMarkdown('**');
  // labels are constants; every value goes through appendText
  const line = (label: string, value: string | undefined): void => {
    if (value) {
      md.appendMarkdown(`\n\n${label}: `);
      md.appendText(value);
    }
  };
  line('Headline', p.headline);
  line('Position', [p.position, p.company].filter(Boolean).join(' at ') || undefined);
  if (kind === 'invitation') {
    line('Received', p.received);
    line('Snoozed until', p.snoozed);
    line('Message', p.message);
  } else if (kind === 'contact') {
    line('Category', p.category);
    line('Tags', p.tags.join(', ') || undefined);
    line('Connected', p.connected);
    line('Last contact', p.lastContact);
    line(
      'Next due',
      due
        ? `${due.due} (${describeDue(due)}${due.reason === 'cadence' ? ", from the category's cadence" : ''})`
        : p.followUp,
    );
    if (!p.following) {
      md.appendMarkdown('\n\nUnfollowed: still connected, their posts stay out of your feed.');
    }
    const latest = [...p.notes].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).slice(0, 3);
    for (const n of latest) {
      md.appendMarkdown('\n\nNote ');
      md.appendText(n.date ? `${n.date}: ${n.text}` : n.text);
    }
  } else {
    line('Outcome', p.outcome);
    line('Decided', p.decided);
    line('Reason', p.reason);
  }
  line('Profile', p.profile);
  return md;
}
