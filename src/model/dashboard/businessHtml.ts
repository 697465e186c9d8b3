// The dashboard's business half as HTML (pure): the pipeline chart, the channels to market, IR35
// and day rates. Every text from the file goes through escapeHtml; every chart has a table.

import * as l10n from '@vscode/l10n';
import { barChart, dataTable } from './barChart';
import type { BusinessData } from './businessData';
import { escapeHtml } from './htmlText';
import { stageLabel } from '../opportunities/opportunity';

export function renderBusiness(data: BusinessData): string {
  if (data.total === 0) {
    const first = `<button data-command="contractorNetwork.logOpportunity">${l10n.t('Log the first one')}</button>`;
    return `<section aria-labelledby="h-pipe"><h2 id="h-pipe">${l10n.t('Pipeline')}</h2>
  <p>${l10n.t('No opportunities yet. {0} when a recruiter, an agency or a client brings you a role.', first)}</p></section>`;
  }
  return `
<section aria-labelledby="h-pipe"><h2 id="h-pipe">${l10n.t('Pipeline')}</h2>${pipeline(data)}</section>
<section aria-labelledby="h-chan"><h2 id="h-chan">${l10n.t('Channels to market')}</h2>${channels(data)}</section>
<section aria-labelledby="h-terms"><h2 id="h-terms">${l10n.t('Open work: IR35 and day rates')}</h2>${terms(data)}</section>`;
}

function pipeline(data: BusinessData): string {
  const rows = data.pipeline.map(s => ({
    label: stageLabel(s.stage),
    value: s.count,
    text: String(s.count),
  }));
  const summary = data.pipeline.map(s => `${stageLabel(s.stage)}: ${s.count}`).join('; ');
  const open = data.pipeline.filter(s => !s.closed).reduce((n, s) => n + s.count, 0);
  return `<p class="totals"><span>${l10n.t('{0} open', `<strong>${open}</strong>`)}</span><span>${l10n.t('{0} in all', `<strong>${data.total}</strong>`)}</span></p>
  ${barChart(rows, { main: 's-following', second: 's-muted', summary: l10n.t('Opportunities by stage. {0}', summary) })}
  ${dataTable(
    [l10n.t('Stage'), l10n.t('Opportunities')],
    data.pipeline.map(s => [stageLabel(s.stage), String(s.count)]),
  )}`;
}

function channels(data: BusinessData): string {
  if (data.channels.length === 0) {
    return `<p>${l10n.t('No opportunity names a recruiter or an agency in {0} yet.', '<code>via</code>')}</p>`;
  }
  const rows = data.channels
    .map(
      c =>
        `<tr><th scope="row"><button data-command="contractorNetwork.revealPerson" data-name="${escapeHtml(c.name)}">${escapeHtml(c.name)}</button>${c.company ? ` <span class="muted">${escapeHtml(c.company)}</span>` : ''}</th><td>${c.open}</td><td>${c.won}</td><td>${c.lost}</td><td>${c.total}</td></tr>`,
    )
    .join('');
  const head = [l10n.t('Recruiter or agency'), l10n.t('Open'), l10n.t('Won'), l10n.t('Lost'), l10n.t('In all')]
    .map(h => `<th scope="col">${h}</th>`)
    .join('');
  return `<table class="data channels"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`;
}

function terms(data: BusinessData): string {
  const { open, outside, inside, undetermined } = data.ir35;
  if (open === 0) {
    return `<p>${l10n.t('Nothing open right now.')}</p>`;
  }
  const share = Math.round((100 * outside) / open);
  const unknown = open - outside - inside - undetermined;
  const pct = `<strong>${share}%</strong>`;
  const ir35 = `<p>${
    unknown
      ? l10n.t(
          '{0} of open work is outside IR35 ({1} of {2}; {3} inside, {4} undetermined, {5} not said).',
          pct,
          outside,
          open,
          inside,
          undetermined,
          unknown,
        )
      : l10n.t(
          '{0} of open work is outside IR35 ({1} of {2}; {3} inside, {4} undetermined).',
          pct,
          outside,
          open,
          inside,
          undetermined,
        )
  }</p>`;
  const perDay = (n: number): string => `<strong>${l10n.t('{0}/day', Math.round(n).toLocaleString('en-GB'))}</strong>`;
  const rates = data.rates.length
    ? `<ul class="rates">${data.rates.map(r => `<li>${perDay(r.perDay)} ${escapeHtml(r.title)} <span class="muted">(${escapeHtml(r.written)})</span></li>`).join('')}</ul>`
    : '';
  const n = data.ratesLeftOut;
  const leftOut = n
    ? `<p class="legend">${
        n === 1
          ? l10n.t(
              '1 open opportunity has no rate with a unit read as hour, day, week, month or year, so it is left out.',
            )
          : l10n.t(
              '{0} open opportunities have no rate with a unit read as hour, day, week, month or year, so they are left out.',
              n,
            )
      }</p>`
    : '';
  return `${ir35}<h3>${l10n.t('Day rates')}</h3>${rates || `<p>${l10n.t('No open opportunity has a rate yet.')}</p>`}
  <p class="legend">${l10n.t('Converted at 8 hours a day, 5 days a week, 21 days a month, 230 days a year.')}</p>${leftOut}`;
}
