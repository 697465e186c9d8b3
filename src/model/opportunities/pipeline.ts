// The pipeline as the Opportunities view and the dashboard show it: opportunities by stage in
// pipeline order, closed ones last, an "Unknown stage" group for what the checks flag; who brought
// which opportunity (the channels to market).

import * as l10n from '@vscode/l10n';
import type { Entry, NetworkModel } from '../network/network';
import { record, text } from '../network/network';
import { normaliseName, normaliseProfile, refMatches } from '../people/identity';
import { identityOfEntry } from '../people/person';
import type { Opportunity } from './opportunity';
import {
  CLOSED_STAGES,
  isOpen,
  isStage,
  OPEN_STAGES,
  opportunitiesOf,
  stageLabel,
  stageOf,
  viaRef,
} from './opportunity';

export interface StageGroup {
  /** A stage of the contract, or 'unknown'. */
  readonly stage: string;
  readonly label: string;
  readonly closed: boolean;
  readonly opportunities: readonly Opportunity[];
}

/** The view's first level: stages that have opportunities, open ones in pipeline order, then closed, then unknown. */
export function pipelineGroups(model: NetworkModel): StageGroup[] {
  const byStage = new Map<string, Opportunity[]>();
  for (const o of opportunitiesOf(model)) {
    const stage = isStage(stageOf(o)) ? stageOf(o) : 'unknown';
    byStage.set(stage, [...(byStage.get(stage) ?? []), o]);
  }
  const order = [...OPEN_STAGES, ...CLOSED_STAGES, 'unknown'];
  return order
    .filter(stage => byStage.has(stage))
    .map(stage => ({
      stage,
      label: stageLabel(stage),
      closed: (CLOSED_STAGES as readonly string[]).includes(stage),
      opportunities: byStage.get(stage)!,
    }));
}

/** Whether the opportunity's `via` names this person entry. */
export function broughtBy(o: Opportunity, person: Entry): boolean {
  const ref = viaRef(o.via);
  const r = record(person);
  return !!ref && refMatches(ref, r.profile, r.name);
}

/** Opportunities by who brought them: `via` profiles (normalised) and `via` names (normalised). */
interface ViaIndex {
  readonly byProfile: ReadonlyMap<string, Opportunity[]>;
  readonly byName: ReadonlyMap<string, Opportunity[]>;
}

const viaIndexes = new WeakMap<NetworkModel, ViaIndex>();

/** Worked out once per model: lenses and tooltips ask it for every person they show. */
function viaIndexOf(model: NetworkModel): ViaIndex {
  let index = viaIndexes.get(model);
  if (!index) {
    const byProfile = new Map<string, Opportunity[]>();
    const byName = new Map<string, Opportunity[]>();
    for (const o of opportunitiesOf(model)) {
      const ref = viaRef(o.via);
      const key = ref?.profile ? normaliseProfile(ref.profile) : ref?.name ? normaliseName(ref.name) : undefined;
      if (key) {
        const map = ref?.profile ? byProfile : byName;
        map.set(key, [...(map.get(key) ?? []), o]);
      }
    }
    index = { byProfile, byName };
    viaIndexes.set(model, index);
  }
  return index;
}

/** The opportunities a person brought (by `via`), in file order. */
export function opportunitiesVia(model: NetworkModel, person: Entry): Opportunity[] {
  if (model.opportunities.length === 0) {
    return [];
  }
  const index = viaIndexOf(model);
  const r = record(person);
  const profile = typeof r.profile === 'string' ? normaliseProfile(r.profile) : undefined;
  const name = typeof r.name === 'string' ? normaliseName(r.name) : undefined;
  const found = [...((profile && index.byProfile.get(profile)) || []), ...((name && index.byName.get(name)) || [])];
  return found.sort((a, b) => a.entry.index - b.entry.index);
}

/** "2 opportunities · 1 open" (empty when there are none). */
export function describeOpportunities(list: readonly Opportunity[]): string {
  if (list.length === 0) {
    return '';
  }
  const open = list.filter(isOpen).length;
  const won = list.filter(o => o.stage === 'won').length;
  const parts = [
    list.length === 1 ? l10n.t('1 opportunity') : l10n.t('{0} opportunities', list.length),
    l10n.t('{0} open', open),
  ];
  if (won) {
    parts.push(l10n.t('{0} won', won));
  }
  return parts.join(' · ');
}

/**
 * Every person entry by identity (`profile:/in/x`, or `name:…` for those without a profile), and,
 * only once a `via` names someone by name, by normalised name (whether or not they have a
 * profile): the first of each wins, contacts first.
 */
interface PeopleIndex {
  readonly byIdentity: ReadonlyMap<string, Entry>;
  byName?: ReadonlyMap<string, Entry>;
}

const PEOPLE_ORDER = ['contacts', 'invitations', 'archive'] as const;
const peopleIndexes = new WeakMap<NetworkModel, PeopleIndex>();

/**
 * Worked out once per model from the identities the duplicate check keeps with each entry, so
 * that 2,000 opportunities look up their `via` among 30,000 people for the price of one pass.
 */
function peopleIndexOf(model: NetworkModel): PeopleIndex {
  let index = peopleIndexes.get(model);
  if (!index) {
    const byIdentity = new Map<string, Entry>();
    for (const list of PEOPLE_ORDER) {
      for (const e of model[list]) {
        const id = identityOfEntry(e);
        if (id !== undefined && !byIdentity.has(id)) {
          byIdentity.set(id, e);
        }
      }
    }
    index = { byIdentity };
    peopleIndexes.set(model, index);
  }
  return index;
}

function byNameOf(model: NetworkModel, index: PeopleIndex): ReadonlyMap<string, Entry> {
  if (!index.byName) {
    const byName = new Map<string, Entry>();
    for (const list of PEOPLE_ORDER) {
      for (const e of model[list]) {
        const name = text(record(e).name);
        const key = name && normaliseName(name);
        if (key && !byName.has(key)) {
          byName.set(key, e);
        }
      }
    }
    index.byName = byName;
  }
  return index.byName;
}

/** The person entry (in any people list) that `via` names, if any (contacts first). */
export function viaPerson(model: NetworkModel, o: Opportunity): Entry | undefined {
  const ref = viaRef(o.via);
  if (!ref) {
    return undefined;
  }
  const index = peopleIndexOf(model);
  if (ref.profile) {
    const profile = normaliseProfile(ref.profile);
    return profile ? index.byIdentity.get(`profile:${profile}`) : undefined;
  }
  return byNameOf(model, index).get(normaliseName(ref.name ?? ''));
}

/** The last day something happened on an opportunity: its latest note, submission or close. */
export function lastActivity(o: Opportunity): string {
  const days = [o.submitted, o.closed, ...o.notes.map(n => n.date)].filter((d): d is string => !!d);
  return days.sort().pop() ?? '';
}
