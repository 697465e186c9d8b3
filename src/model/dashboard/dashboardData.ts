// The numbers behind the dashboard (pure): the network by category, triage over time,
// follow-ups, and which blueprint has been talked about where.

import * as l10n from '@vscode/l10n';
import type { BusinessData } from './businessData';
import { businessData } from './businessData';
import type { Blueprint } from '../posts/blueprints';
import { blueprintsOf } from '../posts/blueprints';
import { addDays, isRealDay } from '../calendar/dates';
import type { DueInfo } from '../people/followUps';
import { cadenceOf, describeDue, dueContacts, nextDue } from '../people/followUps';
import type { Entry, NetworkModel } from '../network/network';
import { CATEGORIES, CHANNELS } from '../network/network';
import { categoryLabel, pendingInvitations } from '../people/peopleGroups';
import type { LostClient } from '../people/moves';
import { clientCompaniesWithoutContact } from '../people/moves';
import { personOf } from '../people/person';
import type { SentIndex } from '../posts/audience';
import { peopleSentTo, sentTo } from '../posts/audience';

export interface CategoryRow {
  readonly category: string;
  readonly label: string;
  readonly total: number;
  /** Connected but muted: `following: false`. */
  readonly unfollowed: number;
}

export interface MonthRow {
  /** YYYY-MM */
  readonly month: string;
  readonly accepted: number;
  readonly ignored: number;
  readonly notKnown: number;
  readonly removed: number;
}

export interface DueRow {
  readonly name: string;
  readonly due: string;
  readonly text: string;
  readonly overdueDays: number;
}

export type CellState = 'published' | 'draft' | 'missing' | 'unplanned';

export interface CoverageCell {
  readonly channel: string;
  readonly state: CellState;
  /** The drafts for this blueprint and channel (paths as given), most advanced first. */
  readonly drafts: readonly { readonly path: string; readonly status: string }[];
  /**
   * People who got one of these drafts (shareWithAudience's `Sent "<title>" <url>` note, naming the
   * draft's url or its current title), each once.
   */
  readonly sentTo: number;
}

export interface CoverageRow {
  readonly blueprint: string;
  readonly title: string;
  readonly cells: readonly CoverageCell[];
}

export interface DashboardData {
  readonly empty: boolean;
  readonly totals: {
    readonly contacts: number;
    readonly pending: number;
    readonly archived: number;
    readonly unfollowed: number;
  };
  readonly categories: readonly CategoryRow[];
  readonly months: readonly MonthRow[];
  readonly followUps: {
    readonly overdue: number;
    readonly dueToday: number;
    readonly nextTwoWeeks: number;
    readonly list: readonly DueRow[];
  };
  readonly coverage: readonly CoverageRow[];
  readonly channels: readonly string[];
  readonly business: BusinessData;
  /** Client companies where none of your contacts works now (a client moved on, a won client). */
  readonly lostClients: readonly LostClient[];
}

export interface DraftSummary {
  readonly path: string;
  readonly blueprint?: string;
  readonly channel?: string;
  readonly status?: string;
  /** The draft's title (draftTitle): what its `Sent "<title>"` notes name. */
  readonly title?: string;
  /** The draft's `url` once published: its `Sent` notes carry it, whatever its title is now. */
  readonly url?: string;
}

const STATUS_RANK: Record<string, number> = { published: 3, ready: 2, draft: 1, idea: 0 };

export function dashboardData(
  model: NetworkModel | undefined,
  drafts: readonly DraftSummary[],
  today: string,
  months = 12,
): DashboardData {
  const usable = model && model.syntaxErrors.length === 0 ? model : undefined;
  const contacts = usable?.contacts ?? [];
  const categories = categoryRows(contacts);
  const blueprints = usable ? blueprintsOf(usable) : [];
  const pending = usable ? pendingInvitations(usable, today).length : 0;
  const totals = {
    contacts: contacts.length,
    pending,
    archived: usable?.archive.length ?? 0,
    unfollowed: categories.reduce((n, c) => n + c.unfollowed, 0),
  };
  return {
    empty:
      !usable ||
      (contacts.length === 0 &&
        usable.invitations.length === 0 &&
        blueprints.length === 0 &&
        usable.opportunities.length === 0),
    totals,
    categories,
    months: triageByMonth(contacts, usable?.archive ?? [], today, months),
    followUps: followUpSummary(usable, contacts, today),
    coverage: contentCoverage(blueprints, drafts, usable ? sentTo(usable) : { byTitle: new Map(), byUrl: new Map() }),
    channels: [...CHANNELS],
    business: businessData(usable),
    lostClients: usable ? clientCompaniesWithoutContact(usable) : [],
  };
}

/** Contacts per category, in the contract's order, then unknown categories, then uncategorized. */
function categoryRows(contacts: readonly Entry[]): CategoryRow[] {
  const byCat = new Map<string, { total: number; unfollowed: number }>();
  for (const e of contacts) {
    const p = personOf(e);
    const c = p.category?.trim() ?? '';
    const row = byCat.get(c) ?? { total: 0, unfollowed: 0 };
    row.total++;
    if (!p.following) {
      row.unfollowed++;
    }
    byCat.set(c, row);
  }
  const order = [
    ...CATEGORIES,
    ...[...byCat.keys()].filter(c => c && !(CATEGORIES as readonly string[]).includes(c)).sort(),
    '',
  ];
  return order
    .filter(c => byCat.has(c))
    .map(c => ({ category: c, label: c === '' ? l10n.t('Uncategorized') : categoryLabel(c), ...byCat.get(c)! }));
}

type TriageCount = 'accepted' | 'ignored' | 'notKnown' | 'removed';

/** Triage over time: the last `months` months up to today's, from the dates in the file. */
function triageByMonth(
  contacts: readonly Entry[],
  archive: readonly Entry[],
  today: string,
  months: number,
): MonthRow[] {
  const monthRows = new Map(
    lastMonths(today, months).map(k => [k, { month: k, accepted: 0, ignored: 0, notKnown: 0, removed: 0 }]),
  );
  const bump = (day: string | undefined, key: TriageCount): void => {
    if (day && isRealDay(day)) {
      const row = monthRows.get(day.slice(0, 7));
      if (row) {
        row[key]++;
      }
    }
  };
  for (const e of contacts) {
    bump(personOf(e).connected, 'accepted');
  }
  for (const e of archive) {
    const p = personOf(e);
    bump(p.decided, triageCountOf(p.outcome));
  }
  return [...monthRows.values()];
}

/** `YYYY-MM` of the `months` months that end with today's, oldest first. */
function lastMonths(today: string, months: number): string[] {
  const monthKeys: string[] = [];
  const [y, m] = today.split('-').map(Number);
  for (let i = months - 1; i >= 0; i--) {
    const total = y * 12 + (m - 1) - i;
    monthKeys.push(`${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`);
  }
  return monthKeys;
}

/** The column an archived decision counts in; an unknown outcome counts as ignored. */
function triageCountOf(outcome: string | undefined): TriageCount {
  return outcome === 'not-known' ? 'notKnown' : outcome === 'removed' ? 'removed' : 'ignored';
}

function followUpSummary(
  usable: NetworkModel | undefined,
  contacts: readonly Entry[],
  today: string,
): DashboardData['followUps'] {
  const due: readonly DueInfo[] = usable ? dueContacts(usable, today) : [];
  const cadence = usable ? cadenceOf(usable) : new Map<string, number>();
  const horizon = addDays(today, 14);
  let nextTwoWeeks = 0;
  for (const e of contacts) {
    const d = nextDue(e, cadence, today);
    if (d && d.overdueDays < 0 && d.due <= horizon) {
      nextTwoWeeks++;
    }
  }
  return {
    overdue: due.filter(d => d.overdueDays > 0).length,
    dueToday: due.filter(d => d.overdueDays === 0).length,
    nextTwoWeeks,
    list: due
      .slice(0, 10)
      .map(d => ({ name: personOf(d.entry).name, due: d.due, text: describeDue(d), overdueDays: d.overdueDays })),
  };
}

/** Blueprints × channels: which has been talked about where. */
function contentCoverage(
  blueprints: readonly Blueprint[],
  drafts: readonly DraftSummary[],
  sent: SentIndex,
): CoverageRow[] {
  return blueprints.map(b => ({
    blueprint: b.id,
    title: b.title,
    cells: CHANNELS.map(channel => coverageCell(b, channel, drafts, sent)),
  }));
}

function coverageCell(b: Blueprint, channel: string, drafts: readonly DraftSummary[], sent: SentIndex): CoverageCell {
  const cell = drafts.filter(d => d.blueprint === b.id && (d.channel ?? 'post') === channel);
  const people = peopleSentTo(sent, cell);
  const mine = cell
    .sort((x, z) => (STATUS_RANK[z.status ?? 'draft'] ?? 0) - (STATUS_RANK[x.status ?? 'draft'] ?? 0))
    .map(d => ({ path: d.path, status: d.status ?? 'draft' }));
  const state: CellState = mine.some(d => d.status === 'published')
    ? 'published'
    : mine.length
      ? 'draft'
      : b.channels.includes(channel)
        ? 'missing'
        : 'unplanned';
  return { channel, state, drafts: mine, sentTo: people.size };
}
