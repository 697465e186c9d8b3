// The draft newAvailabilityPost writes (contract §3): you are available from a day, for what you
// do, with the blueprints as proof. Never the rate: it is private. The text goes into the user's
// file and is English (README, "Localisation"), its month names too, whatever the display language.

import { englishLongDay } from '../calendar/spokenDates';
import type { NetworkModel } from '../network/network';
import { isRecord, sectionValue, text, textList } from '../network/network';
import { availableFrom } from '../opportunities/availability';
import { blueprintsOf } from './blueprints';

/** The markdown of the draft, front matter `kind: availability`; its first line is a prompt to replace. */
export function availabilityPost(model: NetworkModel, today: string): string {
  const me = sectionValue(model, 'me');
  const record = isRecord(me) ? me : {};
  const expertise = textList(record.expertise);
  const ir35 = text(record.ir35)?.trim();
  const from = availableFrom(model);
  const lines = [
    '---',
    'kind: availability',
    'channel: post',
    'status: draft',
    '---',
    '{{hook: one line that says you are available, and for what}}',
    '',
    from
      ? `From ${englishLongDay(from, today)} I am available for a new contract.`
      : 'I am available for a new contract.',
  ];
  if (expertise.length) {
    lines.push('', `What I do: ${expertise.join(', ')}.`);
  }
  if (ir35 === 'outside' || ir35 === 'inside') {
    lines.push('', `I am looking for ${ir35} IR35 roles.`);
  }
  const blueprints = blueprintsOf(model);
  if (blueprints.length) {
    lines.push('', 'What I can bring to your team:');
    for (const b of blueprints) {
      lines.push(`- ${b.title}${b.promise ? `: ${b.promise}` : ''}`);
    }
  }
  lines.push('', 'If your team needs this, or you know one that does, a message or a comment is very welcome.', '');
  return lines.join('\n');
}
