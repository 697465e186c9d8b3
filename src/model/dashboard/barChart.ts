// Horizontal bar charts as inline SVG: one row per label, a bar split into a main and a second
// part (following / muted, open / closed...), the value written after it. Theme colours come from
// the classes; the text equivalent is the caller's table.

import * as l10n from '@vscode/l10n';
import { escapeHtml } from './htmlText';

export interface BarRow {
  readonly label: string;
  readonly value: number;
  /** The part of `value` drawn in the second style (e.g. muted contacts). */
  readonly second?: number;
  /** What is written after the bar. */
  readonly text: string;
}

export interface BarStyle {
  /** The class of the main and of the second part of each bar. */
  readonly main: string;
  readonly second: string;
  /** The chart's accessible name (what it shows, then the rows). */
  readonly summary: string;
}

export function barChart(rows: readonly BarRow[], style: BarStyle): string {
  const max = Math.max(1, ...rows.map(r => r.value));
  const rowH = 26;
  const labelW = 120;
  const barW = 360;
  const width = labelW + barW + 140;
  const h = rows.length * rowH + 8;
  const bars = rows
    .map((r, i) => {
      const y = i * rowH + 4;
      const w = Math.max(2, Math.round((barW * r.value) / max));
      const wSecond = Math.round((w * (r.second ?? 0)) / Math.max(1, r.value));
      return `<g>
      <text x="${labelW - 8}" y="${y + 16}" text-anchor="end" class="label">${escapeHtml(r.label)}</text>
      <rect x="${labelW}" y="${y + 3}" width="${w - wSecond}" height="18" rx="2" class="${style.main}"/>
      ${wSecond ? `<rect x="${labelW + w - wSecond}" y="${y + 3}" width="${wSecond}" height="18" rx="2" class="${style.second}"/>` : ''}
      <text x="${labelW + w + 6}" y="${y + 16}" class="value">${escapeHtml(r.text)}</text>
    </g>`;
    })
    .join('');
  return `<svg role="img" aria-label="${escapeHtml(style.summary)}" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}">${bars}</svg>`;
}

/** A data table behind a disclosure: the text equivalent of a chart. */
export function dataTable(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return `<details><summary>${l10n.t('Show as a table')}</summary><table class="data"><thead><tr>${headers.map(h => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>
  <tbody>${rows.map(r => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${escapeHtml(c)}</th>` : `<td>${escapeHtml(c)}</td>`)).join('')}</tr>`).join('')}</tbody></table></details>`;
}
