// The dashboard's body as HTML with inline SVG charts (pure). Every text from the file goes
// through escapeHtml; colours are VS Code theme variables, so light, dark and high-contrast
// themes all work; every chart has a text equivalent.

import { barChart, dataTable } from './barChart';
import { renderBusiness } from './businessHtml';
import type { CategoryRow, DashboardData, MonthRow } from './dashboardData';
import { escapeHtml } from './htmlText';

// colours are classes (the webview's CSP allows no inline styles): see the panel's stylesheet
const SERIES: { key: keyof Omit<MonthRow, 'month'>; label: string; cls: string }[] = [
  { key: 'accepted', label: 'accepted', cls: 's-accepted' },
  { key: 'ignored', label: 'ignored', cls: 's-ignored' },
  { key: 'notKnown', label: "didn't know", cls: 's-notknown' },
  { key: 'removed', label: 'removed', cls: 's-removed' },
];

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function renderDashboard(data: DashboardData): string {
  if (data.empty) {
    return emptyState();
  }
  const t = data.totals;
  return `
<header>
  <h1>Your network at a glance</h1>
  <p class="totals">
    <span><strong>${t.contacts}</strong> contacts</span>
    <span><strong>${t.pending}</strong> invitations waiting</span>
    <span><strong>${t.unfollowed}</strong> connected but muted</span>
    <span><strong>${t.archived}</strong> in the archive</span>
  </p>
</header>
${renderBusiness(data.business)}
<section aria-labelledby="h-cat"><h2 id="h-cat">The network by category</h2>${categoryChart(data.categories)}</section>
<section aria-labelledby="h-tri"><h2 id="h-tri">Triage over time</h2>${triageChart(data.months)}</section>
<section aria-labelledby="h-fu"><h2 id="h-fu">Follow-ups</h2>${followUps(data)}</section>
<section aria-labelledby="h-lost"><h2 id="h-lost">Client companies with no current contact</h2>${lostClients(data)}</section>
<section aria-labelledby="h-cov"><h2 id="h-cov">Content coverage</h2>${coverage(data)}</section>`;
}

function emptyState(): string {
  return `
<section class="empty" aria-labelledby="h-empty">
  <h1 id="h-empty">Nothing to show yet</h1>
  <ol>
    <li><button data-command="contractorNetwork.importLinkedInExport">Import your LinkedIn data export</button> (LinkedIn: Settings, Data privacy, Get a copy of your data), or add contacts to network.yaml by hand.</li>
    <li><button data-command="contractorNetwork.triage">Triage your invitations</button>: accept most, ignore the time-wasters.</li>
    <li>Package what you know as a blueprint in network.yaml, then <button data-command="contractorNetwork.newPost">write the first post</button>.</li>
  </ol>
  <p><button data-command="contractorNetwork.openNetworkFile">Open network.yaml</button></p>
</section>`;
}

function categoryChart(rows: readonly CategoryRow[]): string {
  if (rows.length === 0) {
    return '<p>No contacts yet.</p>';
  }
  const summary = rows.map(r => `${r.label}: ${r.total}${r.unfollowed ? `, ${r.unfollowed} muted` : ''}`).join('; ');
  const bars = rows.map(r => ({
    label: r.label,
    value: r.total,
    second: r.unfollowed,
    text: `${r.total}${r.unfollowed ? ` · ${r.unfollowed} muted` : ''}`,
  }));
  return `${barChart(bars, { main: 's-following', second: 's-muted', summary: `Contacts by category. ${summary}` })}
  <p class="legend"><span class="swatch s-following"></span> following <span class="swatch s-muted"></span> connected but muted (unfollowed)</p>
  ${dataTable(
    ['Category', 'Contacts', 'Muted'],
    rows.map(r => [r.label, String(r.total), String(r.unfollowed)]),
  )}`;
}

function triageChart(months: readonly MonthRow[]): string {
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
        return `<rect x="${x}" y="${y}" width="${colW - 16}" height="${sh}" class="${s.cls}"><title>${escapeHtml(`${monthLabel(m.month)}: ${v} ${s.label}`)}</title></rect>`;
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
      .map(m => `${monthLabel(m.month)}: ${SERIES.map(s => `${m[s.key]} ${s.label}`).join(', ')}`)
      .join('; ') || 'no decisions in the last twelve months';
  return `<svg role="img" aria-label="${escapeHtml(`Decisions per month. ${summary}`)}" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${axis}${cols}</svg>
  <p class="legend">${SERIES.map(s => `<span class="swatch ${s.cls}"></span> ${s.label}`).join(' ')}</p>
  ${dataTable(
    ['Month', ...SERIES.map(s => s.label)],
    months.map(m => [monthLabel(m.month), ...SERIES.map(s => String(m[s.key]))]),
  )}`;
}

function followUps(data: DashboardData): string {
  const f = data.followUps;
  const list = f.list.length
    ? `<ul class="due">${f.list.map(d => `<li><button data-command="contractorNetwork.revealPerson" data-name="${escapeHtml(d.name)}">${escapeHtml(d.name)}</button> <span class="${d.overdueDays > 0 ? 'overdue' : ''}">${escapeHtml(d.text)}</span></li>`).join('')}</ul>`
    : '<p>Nobody is due: you are in touch with everyone your cadence asks for.</p>';
  return `<p class="totals"><span><strong class="overdue">${f.overdue}</strong> overdue</span><span><strong>${f.dueToday}</strong> due today</span><span><strong>${f.nextTwoWeeks}</strong> due in the next two weeks</span></p>${list}`;
}

function lostClients(data: DashboardData): string {
  if (data.lostClients.length === 0) {
    return '<p>You know someone at every client company.</p>';
  }
  const items = data.lostClients
    .map(c => `<li><strong>${escapeHtml(c.company)}</strong> <span class="muted">${escapeHtml(c.why)}</span></li>`)
    .join('');
  return `<ul class="lost">${items}</ul>
  <p class="legend">Nobody in your contacts works there now: a warm door has closed. Ask whoever moved who took over.</p>`;
}

const CELL_TEXT: Record<string, { mark: string; text: string }> = {
  published: { mark: '●', text: 'published' },
  draft: { mark: '◐', text: 'draft' },
  missing: { mark: '○', text: 'missing' },
  unplanned: { mark: '·', text: 'not planned' },
};

function coverage(data: DashboardData): string {
  if (data.coverage.length === 0) {
    return '<p>No blueprints yet: add them under <code>blueprints:</code> in network.yaml (an id, a title, a promise, the channels to talk about it in).</p>';
  }
  const head = `<tr><th scope="col">Blueprint</th>${data.channels.map(c => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr>`;
  const rows = data.coverage
    .map(
      r =>
        `<tr><th scope="row">${escapeHtml(r.title)}</th>${r.cells
          .map(c => {
            const t = CELL_TEXT[c.state];
            const sent = c.sentTo ? ` · sent to ${c.sentTo}` : '';
            const label = `${r.title}, ${c.channel}: ${t.text}${c.drafts.length ? ` (${c.drafts.length} draft${c.drafts.length === 1 ? '' : 's'})` : ''}${sent}`;
            const attrs = c.drafts.length
              ? `data-command="vscode.open" data-path="${escapeHtml(c.drafts[0].path)}"`
              : `data-command="contractorNetwork.newPost" data-blueprint="${escapeHtml(r.blueprint)}" data-channel="${escapeHtml(c.channel)}"`;
            return `<td class="cell ${c.state}"><button ${attrs} aria-label="${escapeHtml(label)}" title="${escapeHtml(c.drafts.length ? `Open ${c.drafts[0].path}` : `Start a ${c.channel} for this blueprint`)}"><span aria-hidden="true">${t.mark}</span> ${t.text}${sent}</button></td>`;
          })
          .join('')}</tr>`,
    )
    .join('');
  return `<table class="coverage"><thead>${head}</thead><tbody>${rows}</tbody></table>
  <p class="legend">● published · ◐ drafted · ○ planned, nothing yet · "not planned": the blueprint does not name this channel. "sent to 12": people who got one of its drafts by Share with Audience. Click a cell to open the draft or start one.</p>`;
}

function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${MONTH_NAMES[Number(m) - 1]} ${y.slice(2)}`;
}
