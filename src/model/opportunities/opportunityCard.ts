// What the card of an opportunity says (hovers on network.yaml, tooltips in the Opportunities
// view): the deal at a glance, then its notes. Values are plain text; the adapters render them literally.

import * as l10n from '@vscode/l10n';
import type { NetworkModel } from '../network/network';
import type { PersonCard } from '../people/personCard';
import { personOf } from '../people/person';
import { plainTitle } from '../people/plainLabel';
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
  line(l10n.t('Stage'), stageOf(o));
  line(l10n.t('Via'), via ? personOf(via).name : o.via);
  line(l10n.t('Agency'), o.agency);
  line(l10n.t('Rate'), o.rate);
  line(l10n.t('IR35'), o.ir35);
  line(l10n.t('Start'), o.start);
  line(l10n.t('Length'), o.length);
  line(l10n.t('Location'), o.location);
  line(l10n.t('Submitted'), o.submitted);
  line(l10n.t('Closed'), o.closed);
  const notes = [...o.notes].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
  for (const n of notes) {
    lines.push({ label: l10n.t('Note'), value: n.date ? `${n.date}: ${n.text}` : n.text });
  }
  return { title: opportunityTitle(o, plainTitle), lines };
}
