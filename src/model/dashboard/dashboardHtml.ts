// The dashboard's body as HTML with inline SVG charts (pure). Every text from the file goes
// through escapeHtml; colours are VS Code theme variables, so light, dark and high-contrast
// themes all work; every chart has a text equivalent.

import * as l10n from '@vscode/l10n';
import { barChart, dataTable } from './barChart';
import { renderBusiness } from './businessHtml';
import type { CategoryRow, DashboardData, MonthRow } from './dashboardData';
import { escapeHtml } from './htmlText';

// colours are classes (the webview's CSP allows no inline styles): see the panel's stylesheet
type Series = { key: keyof Omit<MonthRow, 'month'>; label: string; cls: string };

/** The triage chart's series, with their labels in the display language. */
function seriesOf(): Series[] {
  return [
    { key: 'accepted', label: l10n.t('accepted'), cls: 's-accepted' },
    { key: 'ignored', label: l10n.t('ignored'), cls: 's-ignored' },
    { key: 'notKnown', label: l10n.t("didn't know"), cls: 's-notknown' },
    { key: 'removed', label: l10n.t('removed'), cls: 's-removed' },
  ];
}

const SHORT_MONTH = ['a short month'];

/** Short month names in the display language. */
function monthNames(): string[] {
  return [
    l10n.t({ message: 'Jan', comment: SHORT_MONTH }),
    l10n.t({ message: 'Feb', comment: SHORT_MONTH }),
    l10n.t({ message: 'Mar', comment: SHORT_MONTH }),
    l10n.t({ message: 'Apr', comment: SHORT_MONTH }),
    l10n.t({ message: 'May', comment: SHORT_MONTH }),
    l10n.t({ message: 'Jun', comment: SHORT_MONTH }),
    l10n.t({ message: 'Jul', comment: SHORT_MONTH }),
    l10n.t({ message: 'Aug', comment: SHORT_MONTH }),
    l10n.t({ message: 'Sep', comment: SHORT_MONTH }),
    l10n.t({ message: 'Oct', comment: SHORT_MONTH }),
    l10n.t({ message: 'Nov', comment: SHORT_MONTH }),
    l10n.t({ message: 'Dec', comment: SHORT_MONTH }),
  ];
}

export function renderDashboard(data: DashboardData): string {
  if (data.empty) {
    return emptyState();
  }
  const t = data.totals;
  const n = (v: number): string => `<strong>${v}</strong>`;
  return `
<header>
  <h1>${l10n.t('Your network at a glance')}</h1>
  <p class="totals">
    <span>${l10n.t('{0} contacts', n(t.contacts))}</span>
    <span>${l10n.t('{0} invitations waiting', n(t.pending))}</span>
    <span>${l10n.t('{0} connected but muted', n(t.unfollowed))}</span>
    <span>${l10n.t('{0} in the archive', n(t.archived))}</span>
  </p>
</header>
${renderBusiness(data.business)}
<section aria-labelledby="h-cat"><h2 id="h-cat">${l10n.t('The network by category')}</h2>${categoryChart(data.categories)}</section>
<section aria-labelledby="h-tri"><h2 id="h-tri">${l10n.t('Triage over time')}</h2>${triageChart(data.months)}</section>
<section aria-labelledby="h-fu"><h2 id="h-fu">${l10n.t('Follow-ups')}</h2>${followUps(data)}</section>
<section aria-labelledby="h-lost"><h2 id="h-lost">${l10n.t('Client companies with no current contact')}</h2>${lostClients(data)}</section>
<section aria-labelledby="h-cov"><h2 id="h-cov">${l10n.t('Content coverage')}</h2>${coverage(data)}</section>`;
}

function emptyState(): string {
  const button = (command: string, label: string): string => `<button data-command="${command}">${label}</button>`;
  const importIt = button('contractorNetwork.importLinkedInExport', l10n.t('Import your LinkedIn data export'));
  const triage = button('contractorNetwork.triage', l10n.t('Triage your invitations'));
  const post = button('contractorNetwork.newPost', l10n.t('write the first post'));
  return `
<section class="empty" aria-labelledby="h-empty">
  <h1 id="h-empty">${l10n.t('Nothing to show yet')}</h1>
  <ol>
    <li>${l10n.t('{0} (LinkedIn: Settings, Data privacy, Get a copy of your data), or add contacts to network.yaml by hand.', importIt)}</li>
    <li>${l10n.t('{0}: accept most, ignore the time-wasters.', triage)}</li>
    <li>${l10n.t('Package what you know as a blueprint in network.yaml, then {0}.', post)}</li>
  </ol>
  <p>${button('contractorNetwork.openNetworkFile', l10n.t('Open network.yaml'))}</p>
</section>`;
}

function categoryChart(rows: readonly CategoryRow[]): string {
  if (rows.length === 0) {
    return `<p>${l10n.t('No contacts yet.')}</p>`;
  }
  const summary = rows
    .map(r => (r.unfollowed ? l10n.t('{0}: {1}, {2} muted', r.label, r.total, r.unfollowed) : `${r.label}: ${r.total}`))
    .join('; ');
  const bars = rows.map(r => ({
    label: r.label,
    value: r.total,
    second: r.unfollowed,
    text: r.unfollowed ? l10n.t('{0} · {1} muted', r.total, r.unfollowed) : `${r.total}`,
  }));
  return `${barChart(bars, { main: 's-following', second: 's-muted', summary: l10n.t('Contacts by category. {0}', summary) })}
  <p class="legend"><span class="swatch s-following"></span> ${l10n.t('following')} <span class="swatch s-muted"></span> ${l10n.t('connected but muted (unfollowed)')}</p>
  ${dataTable(
    [l10n.t('Category'), l10n.t('Contacts'), l10n.t('Muted')],
    rows.map(r => [r.label, String(r.total), String(r.unfollowed)]),
  )}`;
}

function triageChart(months: readonly MonthRow[]): string {
  const SERIES = seriesOf();
  const names = monthNames();
  const monthLabel = (month: string): string => monthLabelOf(month, names);
  const total = (m: MonthRow): number => m.accepted + m.ignored + m.notKnown + m.removed;
  const max = Math.max(1, ...months.map(total));
  const colW = 54;
  const top = 18; // room for the value above the tallest column
  const chartH = 120;
  const left = 10;
  const w = left + months.length * colW + 10;
  const h = top + chartH + 28;
  const cols = months
    .map((m, i) => {
      let y = top + chartH;
      const x = left + i * colW + 8;
      const segs = SERIES.map(s => {
        const v = m[s.key];
        if (!v) {
          return '';
        }
        const sh = Math.max(1, Math.round((chartH * v) / max));
        y -= sh;
        const title = l10n.t({
          message: '{0}: {1} {2}',
          args: [monthLabel(m.month), v, s.label],
          comment: ['Jan 26: 3 accepted'],
        });
        return `<rect x="${x}" y="${y}" width="${colW - 16}" height="${sh}" class="${s.cls}"><title>${escapeHtml(title)}</title></rect>`;
      }).join('');
      const n = total(m);
      return `${segs}${n ? `<text x="${x + (colW - 16) / 2}" y="${y - 4}" text-anchor="middle" class="value">${n}</text>` : ''}
      <text x="${x + (colW - 16) / 2}" y="${top + chartH + 16}" text-anchor="middle" class="label">${monthLabel(m.month)}</text>`;
    })
    .join('');
  const axis = `<line x1="${left}" y1="${top + chartH + 0.5}" x2="${w - 4}" y2="${top + chartH + 0.5}" class="axis"/>`;
  const summary =
    months
      .filter(m => total(m))
      .map(
        m =>
          `${monthLabel(m.month)}: ${SERIES.map(s => l10n.t({ message: '{0} {1}', args: [m[s.key], s.label], comment: ['a count and what was done to them: "3 accepted"'] })).join(', ')}`,
      )
      .join('; ') || l10n.t('no decisions in the last twelve months');
  return `<svg role="img" aria-label="${escapeHtml(l10n.t('Decisions per month. {0}', summary))}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${axis}${cols}</svg>
  <p class="legend">${SERIES.map(s => `<span class="swatch ${s.cls}"></span> ${s.label}`).join(' ')}</p>
  ${dataTable(
    [l10n.t('Month'), ...SERIES.map(s => s.label)],
    months.map(m => [monthLabel(m.month), ...SERIES.map(s => String(m[s.key]))]),
  )}`;
}

function followUps(data: DashboardData): string {
  const f = data.followUps;
  const list = f.list.length
    ? `<ul class="due">${f.list.map(d => `<li><button data-command="contractorNetwork.revealPerson" data-name="${escapeHtml(d.name)}">${escapeHtml(d.name)}</button> <span class="${d.overdueDays > 0 ? 'overdue' : ''}">${escapeHtml(d.text)}</span></li>`).join('')}</ul>`
    : `<p>${l10n.t('Nobody is due: you are in touch with everyone your cadence asks for.')}</p>`;
  const overdue = l10n.t('{0} overdue', `<strong class="overdue">${f.overdue}</strong>`);
  const today = l10n.t('{0} due today', `<strong>${f.dueToday}</strong>`);
  const soon = l10n.t('{0} due in the next two weeks', `<strong>${f.nextTwoWeeks}</strong>`);
  return `<p class="totals"><span>${overdue}</span><span>${today}</span><span>${soon}</span></p>${list}`;
}

function lostClients(data: DashboardData): string {
  if (data.lostClients.length === 0) {
    return `<p>${l10n.t('You know someone at every client company.')}</p>`;
  }
  const items = data.lostClients
    .map(c => `<li><strong>${escapeHtml(c.company)}</strong> <span class="muted">${escapeHtml(c.why)}</span></li>`)
    .join('');
  return `<ul class="lost">${items}</ul>
  <p class="legend">${l10n.t('Nobody in your contacts works there now: a warm door has closed. Ask whoever moved who took over.')}</p>`;
}

/** A coverage cell's mark and word. */
function cellText(state: string): { mark: string; text: string } {
  switch (state) {
    case 'published':
      return { mark: '●', text: l10n.t('published') };
    case 'draft':
      return { mark: '◐', text: l10n.t('draft') };
    case 'missing':
      return { mark: '○', text: l10n.t('missing') };
    default:
      return { mark: '·', text: l10n.t('not planned') };
  }
}

function coverage(data: DashboardData): string {
  if (data.coverage.length === 0) {
    const key = '<code>blueprints:</code>';
    return `<p>${l10n.t('No blueprints yet: add them under {0} in network.yaml (an id, a title, a promise, the channels to talk about it in).', key)}</p>`;
  }
  const head = `<tr><th scope="col">${l10n.t('Blueprint')}</th>${data.channels.map(c => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr>`;
  const rows = data.coverage
    .map(
      r =>
        `<tr><th scope="row">${escapeHtml(r.title)}</th>${r.cells
          .map(c => {
            const t = cellText(c.state);
            const sent = c.sentTo ? l10n.t(' · sent to {0}', c.sentTo) : '';
            const label = cellLabel(r.title, c.channel, t.text, c.drafts.length) + sent;
            const attrs = c.drafts.length
              ? `data-command="vscode.open" data-path="${escapeHtml(c.drafts[0].path)}"`
              : `data-command="contractorNetwork.newPost" data-blueprint="${escapeHtml(r.blueprint)}" data-channel="${escapeHtml(c.channel)}"`;
            return `<td class="cell ${c.state}"><button ${attrs} aria-label="${escapeHtml(label)}" title="${escapeHtml(c.drafts.length ? l10n.t('Open {0}', c.drafts[0].path) : l10n.t('Start a {0} for this blueprint', c.channel))}"><span aria-hidden="true">${t.mark}</span> ${t.text}${escapeHtml(sent)}</button></td>`;
          })
          .join('')}</tr>`,
    )
    .join('');
  return `<table class="coverage"><thead>${head}</thead><tbody>${rows}</tbody></table>
  <p class="legend">${l10n.t('● published · ◐ drafted · ○ planned, nothing yet · "not planned": the blueprint does not name this channel. "sent to 12": people who got one of its drafts by Share with Audience. Click a cell to open the draft or start one.')}</p>`;
}

/** "Kafka, post: draft (2 drafts)": a coverage cell's accessible name. */
function cellLabel(title: string, channel: string, state: string, drafts: number): string {
  if (drafts === 0) {
    return `${title}, ${channel}: ${state}`;
  }
  return drafts === 1
    ? l10n.t('{0}, {1}: {2} (1 draft)', title, channel, state)
    : l10n.t('{0}, {1}: {2} ({3} drafts)', title, channel, state, drafts);
}

function monthLabelOf(month: string, names: readonly string[]): string {
  const [y, m] = month.split('-');
  return l10n.t({
    message: '{0} {1}',
    args: [names[Number(m) - 1], y.slice(2)],
    comment: ['a month and a year: Jan 26'],
  });
}
