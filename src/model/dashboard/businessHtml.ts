// The dashboard's business half as HTML (pure): the pipeline chart, the channels to market, IR35
// and day rates. Every text from the file goes through escapeHtml; every chart has a table.

import { barChart, dataTable } from './barChart';
import type { BusinessData } from './businessData';
import { escapeHtml } from './htmlText';
import { stageLabel } from '../opportunities/opportunity';

export function renderBusiness(data: BusinessData): string {
  if (data.total === 0) {
    return `<section aria-labelledby="h-pipe"><h2 id="h-pipe">Pipeline</h2>
  <p>No opportunities yet. <button data-command="contractorNetwork.logOpportunity">Log the first one</button> when a recruiter, an agency or a client brings you a role.</p></section>`;
  }
  return `
<section aria-labelledby="h-pipe"><h2 id="h-pipe">Pipeline</h2>${pipeline(data)}</section>
<section aria-labelledby="h-chan"><h2 id="h-chan">Channels to market</h2>${channels(data)}</section>
<section aria-labelledby="h-terms"><h2 id="h-terms">Open work: IR35 and day rates</h2>${terms(data)}</section>`;
}

function pipeline(data: BusinessData): string {
  const rows = data.pipeline.map(s => ({
    label: stageLabel(s.stage),
    value: s.count,
    text: String(s.count),
  }));
  const summary = data.pipeline.map(s => `${stageLabel(s.stage)}: ${s.count}`).join('; ');
  const open = data.pipeline.filter(s => !s.closed).reduce((n, s) => n + s.count, 0);
  return `<p class="totals"><span><strong>${open}</strong> open</span><span><strong>${data.total}</strong> in all</span></p>
  ${barChart(rows, { main: 's-following', second: 's-muted', summary: `Opportunities by stage. ${summary}` })}
  ${dataTable(
    ['Stage', 'Opportunities'],
    data.pipeline.map(s => [stageLabel(s.stage), String(s.count)]),
  )}`;
}

function channels(data: BusinessData): string {
  if (data.channels.length === 0) {
    return '<p>No opportunity names a recruiter or an agency in <code>via</code> yet.</p>';
  }
  const rows = data.channels
    .map(
      c =>
        `<tr><th scope="row"><button data-command="contractorNetwork.revealPerson" data-name="${escapeHtml(c.name)}">${escapeHtml(c.name)}</button>${c.company ? ` <span class="muted">${escapeHtml(c.company)}</span>` : ''}</th><td>${c.open}</td><td>${c.won}</td><td>${c.lost}</td><td>${c.total}</td></tr>`,
    )
    .join('');
  return `<table class="data channels"><thead><tr><th scope="col">Recruiter or agency</th><th scope="col">Open</th><th scope="col">Won</th><th scope="col">Lost</th><th scope="col">In all</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function terms(data: BusinessData): string {
  const { open, outside, inside, undetermined } = data.ir35;
  if (open === 0) {
    return '<p>Nothing open right now.</p>';
  }
  const share = Math.round((100 * outside) / open);
  const unknown = open - outside - inside - undetermined;
  const ir35 = `<p><strong>${share}%</strong> of open work is outside IR35 (${outside} of ${open}; ${inside} inside, ${undetermined} undetermined${unknown ? `, ${unknown} not said` : ''}).</p>`;
  const rates = data.rates.length
    ? `<ul class="rates">${data.rates.map(r => `<li><strong>${Math.round(r.perDay).toLocaleString('en-GB')}/day</strong> ${escapeHtml(r.title)} <span class="muted">(${escapeHtml(r.written)})</span></li>`).join('')}</ul>`
    : '';
  const leftOut = data.ratesLeftOut
    ? `<p class="legend">${data.ratesLeftOut} open opportunit${data.ratesLeftOut === 1 ? 'y has' : 'ies have'} no rate with a unit read as hour, day, week, month or year, so ${data.ratesLeftOut === 1 ? 'it is' : 'they are'} left out.</p>`
    : '';
  return `${ir35}<h3>Day rates</h3>${rates || '<p>No open opportunity has a rate yet.</p>'}
  <p class="legend">Converted at 8 hours a day, 5 days a week, 21 days a month, 230 days a year.</p>${leftOut}`;
}
