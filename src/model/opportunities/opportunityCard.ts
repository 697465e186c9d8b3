// What the card of an opportunity says (hovers on network.yaml, tooltips in the Opportunities
// view): the deal at a glance, then its notes. Values are plain text; the adapters render them literally.

import type { NetworkModel } from '../network/network';
import type { PersonCard } from '../people/personCard';
import { personOf } from '../people/person';
import type { Opportunity } from './opportunity';
import { opportunityTitle, stageOf } from './opportunity';
import { viaPerson } from './pipeline';

export function opportunityCard(o: Opportunity, model: NetworkModel): PersonCard {
  const lines: { label: string; value: string }[] = [];
  const line = (label: string, value: string | undefined): void => {
    if (value) {
      lines.push({ label, value });
    }
  };
  const via = viaPerson(model, o);
  line('Stage', stageOf(o));
  line('Via', via ? personOf(via).name : o.via);
  line('Agency', o.agency);
  line('Rate', o.rate);
  line('IR35', o.ir35);
  line('Start', o.start);
  line('Length', o.length);
  line('Location', o.location);
  line('Submitted', o.submitted);
  line('Closed', o.closed);
  const notes = [...o.notes].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  for (const n of notes) {
    lines.push({ label: 'Note', value: n.date ? `${n.date}: ${n.text}` : n.text });
  }
  return { title: opportunityTitle(o), lines };
}
