// A new opportunity's id (contract §3): what logOpportunity writes and the missing-id quick fix
// offers. Apart from opportunityPlans.ts because validation needs it at activation, the plans only
// when a command runs.

import type { NetworkModel } from '../network/network';
import { record, text } from '../network/network';

/** `vantage-bank-senior-kafka-engineer`, or with `-2`, `-3`... when taken. */
export function newOpportunityId(client: string, role: string, model: NetworkModel): string {
  const taken = new Set(model.opportunities.map(e => text(record(e).id)?.trim().toLowerCase()));
  const words = `${client} ${role}`
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let base = '';
  for (const w of words) {
    if (base && base.length + 1 + w.length > 40) {
      break;
    }
    base = base ? `${base}-${w}` : w.slice(0, 40);
  }
  base ||= 'opportunity';
  let id = base;
  for (let n = 2; taken.has(id); n++) {
    id = `${base}-${n}`;
  }
  return id;
}
