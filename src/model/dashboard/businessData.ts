// The numbers behind the dashboard's business half (pure): the pipeline by stage, the recruiters
// and agencies who bring work, how much open work is outside IR35, and the day rates on offer.

import type { NetworkModel } from '../network/network';
import type { Opportunity } from '../opportunities/opportunity';
import { CLOSED_STAGES, isOpen, isStage, OPEN_STAGES, opportunitiesOf, stageOf } from '../opportunities/opportunity';
import { viaPerson } from '../opportunities/pipeline';
import { dayRate, parseRate } from '../opportunities/rates';
import { personOf } from '../people/person';

export interface StageCount {
  readonly stage: string;
  readonly count: number;
  readonly closed: boolean;
}

/** A recruiter or an agency, and what came through them. */
export interface ChannelRow {
  readonly name: string;
  readonly company?: string;
  readonly open: number;
  readonly won: number;
  readonly lost: number;
  readonly total: number;
}

export interface RateRow {
  readonly title: string;
  readonly written: string;
  readonly perDay: number;
}

export interface BusinessData {
  readonly total: number;
  readonly pipeline: readonly StageCount[];
  readonly channels: readonly ChannelRow[];
  readonly ir35: {
    readonly open: number;
    readonly outside: number;
    readonly inside: number;
    readonly undetermined: number;
  };
  readonly rates: readonly RateRow[];
  /** Open opportunities whose rate gives no number with a known unit. */
  readonly ratesLeftOut: number;
}

export function businessData(model: NetworkModel | undefined): BusinessData {
  const list = model && model.syntaxErrors.length === 0 ? opportunitiesOf(model) : [];
  const open = list.filter(isOpen);
  const rates = open.flatMap(rateRow);
  return {
    total: list.length,
    pipeline: pipelineCounts(list),
    channels: model ? channelsToMarket(model, list) : [],
    ir35: {
      open: open.length,
      outside: open.filter(o => o.ir35 === 'outside').length,
      inside: open.filter(o => o.ir35 === 'inside').length,
      undetermined: open.filter(o => o.ir35 === 'undetermined').length,
    },
    rates: rates.sort((a, b) => b.perDay - a.perDay),
    ratesLeftOut: open.length - rates.length,
  };
}

/** Every stage of the contract with its count, open ones first; an unknown stage is not counted here. */
function pipelineCounts(list: readonly Opportunity[]): StageCount[] {
  const counts = new Map<string, number>();
  for (const o of list) {
    const stage = stageOf(o);
    if (isStage(stage)) {
      counts.set(stage, (counts.get(stage) ?? 0) + 1);
    }
  }
  return [
    ...OPEN_STAGES.map(stage => ({ stage, count: counts.get(stage) ?? 0, closed: false })),
    ...CLOSED_STAGES.map(stage => ({ stage, count: counts.get(stage) ?? 0, closed: true })),
  ];
}

const CHANNEL_CATEGORIES = new Set(['recruiter', 'agency']);

/** Recruiters and agencies by what they brought: most won, then most in all, then most open. */
function channelsToMarket(model: NetworkModel, list: readonly Opportunity[]): ChannelRow[] {
  const rows = new Map<
    object,
    { name: string; company?: string; open: number; won: number; lost: number; total: number }
  >();
  for (const o of list) {
    const via = viaPerson(model, o);
    const p = via && personOf(via);
    if (!via || !p || !CHANNEL_CATEGORIES.has(p.category ?? '')) {
      continue;
    }
    const row = rows.get(via) ?? { name: p.name, company: p.company, open: 0, won: 0, lost: 0, total: 0 };
    row.total++;
    if (isOpen(o)) {
      row.open++;
    } else if (o.stage === 'won') {
      row.won++;
    } else if (o.stage === 'lost') {
      row.lost++;
    }
    rows.set(via, row);
  }
  return [...rows.values()].sort(
    (a, b) => b.won - a.won || b.total - a.total || b.open - a.open || a.name.localeCompare(b.name),
  );
}

function rateRow(o: Opportunity): RateRow[] {
  const rate = parseRate(o.rate);
  return rate
    ? [{ title: [o.role ?? o.id, o.client].filter(Boolean).join(' · '), written: o.rate!, perDay: dayRate(rate) }]
    : [];
}
