// Charts as inline SVG, written by hand (no chart library, no build step): a line chart over a
// numeric x axis and a stacked bar chart over categories. Every data point is an SVG element
// with class `point` (lines) or `bar` (bars) and a <title> tooltip.
import { html, raw } from './html.js';

export const PALETTE = ['#2563eb', '#16a34a', '#dc2626', '#9333ea', '#ea580c', '#0891b2', '#ca8a04', '#db2777', '#4b5563', '#65a30d'];
export const colour = (i) => PALETTE[i % PALETTE.length];

const WIDTH = 720;
const HEIGHT = 260;
const PAD = { left: 72, right: 16, top: 14, bottom: 44 };
const PLOT_W = WIDTH - PAD.left - PAD.right;
const PLOT_H = HEIGHT - PAD.top - PAD.bottom;

/** Round tick values covering [lo, hi], about `count` of them. */
function ticks(lo, hi, count = 5) {
  if (!(hi > lo)) hi = lo + 1;
  const rough = (hi - lo) / count;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const norm = rough / magnitude;
  const step = (norm < 1.5 ? 1 : norm < 3 ? 2 : norm < 7 ? 5 : 10) * magnitude;
  const out = [];
  for (let v = Math.floor(lo / step) * step; v < hi + step * 0.999; v += step) out.push(Number(v.toPrecision(12)));
  return out;
}

const number = (v) =>
  v !== 0 && Math.abs(v) < 1e-6
    ? v.toExponential(1)
    : v.toLocaleString('en-US', Math.abs(v) >= 1e6 ? { notation: 'compact', maximumSignificantDigits: 3 } : { maximumSignificantDigits: 4 });

function frame({ yTicks, sy, yFormat, xLabel, yLabel, label }, body) {
  const grid = yTicks.map(
    (t) => html`<line class="grid" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${sy(t)}" y2="${sy(t)}"/><text x="${PAD.left - 6}" y="${sy(t) + 4}" text-anchor="end">${yFormat(t)}</text>`,
  );
  return html`<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${label ?? yLabel ?? 'chart'}">
    ${grid}
    <line class="axis" x1="${PAD.left}" x2="${PAD.left}" y1="${PAD.top}" y2="${HEIGHT - PAD.bottom}"/>
    <line class="axis" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${HEIGHT - PAD.bottom}" y2="${HEIGHT - PAD.bottom}"/>
    ${body}
    ${xLabel ? html`<text x="${PAD.left + PLOT_W / 2}" y="${HEIGHT - 6}" text-anchor="middle">${xLabel}</text>` : ''}
    ${yLabel ? html`<text transform="translate(14 ${PAD.top + PLOT_H / 2}) rotate(-90)" text-anchor="middle">${yLabel}</text>` : ''}
  </svg>`;
}

/**
 * Lines over a numeric x axis. `series`: [{ label, points: [{ x, y, note? }] }]. `yMin`/`yMax`
 * fix the y range (α: 0–1); otherwise it runs from 0 (or the lowest value) to the highest.
 */
export function lineChart({ series, xLabel, yLabel, label, yMin, yMax, xFormat = number, yFormat = number }) {
  const all = series.flatMap((s) => s.points);
  if (all.length === 0) return html`<p class="empty">No data yet.</p>`;
  let x0 = Math.min(...all.map((p) => p.x));
  let x1 = Math.max(...all.map((p) => p.x));
  if (x0 === x1) {
    x0 -= 1;
    x1 += 1;
  }
  const yTicks = ticks(yMin ?? Math.min(0, ...all.map((p) => p.y)), yMax ?? Math.max(...all.map((p) => p.y)));
  const y0 = yTicks[0];
  const y1 = yTicks[yTicks.length - 1];
  const sx = (x) => PAD.left + ((x - x0) / (x1 - x0)) * PLOT_W;
  const sy = (y) => PAD.top + PLOT_H - ((y - y0) / (y1 - y0 || 1)) * PLOT_H;
  const xTicks = ticks(x0, x1, 7).filter((t) => t >= x0 && t <= x1 && Number.isInteger(t));
  const xAxis = xTicks.map((t) => html`<text x="${sx(t)}" y="${HEIGHT - PAD.bottom + 16}" text-anchor="middle">${xFormat(t)}</text>`);
  const lines = series.map((s, i) => ({ s, i })).reverse().map(({ s, i }) => {
    const points = [...s.points].sort((a, b) => a.x - b.x);
    const path = points.map((p) => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`).join(' ');
    const dots = points.map(
      (p) => html`<circle class="point" cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="3.5" fill="${s.colour ?? colour(i)}"><title>${s.label} · ${xFormat(p.x)}: ${yFormat(p.y)}${p.note ? ` (${p.note})` : ''}</title></circle>`,
    );
    return html`<polyline class="line" points="${path}" stroke="${s.colour ?? colour(i)}"/>${dots}`;
  });
  return html`${frame({ yTicks, sy, yFormat, xLabel, yLabel, label }, html`${xAxis}${lines}`)}${legend(series)}`;
}

/**
 * Stacked bars over categories (sessions, say). `series`: [{ label, values }], one value per
 * category; zero values draw nothing.
 */
export function barChart({ categories, series, xLabel, yLabel, label, xFormat = String, yFormat = number }) {
  const totals = categories.map((_, c) => series.reduce((sum, s) => sum + (s.values[c] || 0), 0));
  if (categories.length === 0 || !totals.some((t) => t > 0)) return html`<p class="empty">No data yet.</p>`;
  const yTicks = ticks(0, Math.max(...totals));
  const y1 = yTicks[yTicks.length - 1];
  const sy = (y) => PAD.top + PLOT_H - (y / y1) * PLOT_H;
  const band = PLOT_W / categories.length;
  const barWidth = Math.max(2, Math.min(band * 0.7, 36));
  const every = Math.ceil(categories.length / 12);
  const bars = categories.map((category, c) => {
    const x = PAD.left + band * c + (band - barWidth) / 2;
    let base = 0;
    const stack = series.map((s, i) => {
      const value = s.values[c] || 0;
      if (value <= 0) return '';
      const top = sy(base + value);
      const height = sy(base) - top;
      base += value;
      return html`<rect class="bar" x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${barWidth.toFixed(1)}" height="${Math.max(height, 1).toFixed(1)}" fill="${s.colour ?? colour(i)}"><title>${s.label} · ${xFormat(category)}: ${yFormat(value)}</title></rect>`;
    });
    const tick = c % every === 0 ? html`<text x="${(x + barWidth / 2).toFixed(1)}" y="${HEIGHT - PAD.bottom + 16}" text-anchor="middle">${xFormat(category)}</text>` : '';
    return html`${stack}${tick}`;
  });
  return html`${frame({ yTicks, sy, yFormat, xLabel, yLabel, label }, bars)}${legend(series)}`;
}

export function legend(series) {
  if (series.length === 0) return raw('');
  return html`<div class="legend">${series.map(
    (s, i) => html`<span><svg width="10" height="10" aria-hidden="true"><rect width="10" height="10" rx="2" fill="${s.colour ?? colour(i)}"/></svg> ${s.label}</span>`,
  )}</div>`;
}
