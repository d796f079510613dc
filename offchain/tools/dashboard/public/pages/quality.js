// Quality: α and reputation per supplier after each TIQE+ round, the rounds, and slashes with
// their reasons.
import { getJson } from '../api.js';
import { html } from '../html.js';
import { colour, lineChart } from '../charts.js';
import { accountText, int, ppm, sbl, shortAddress, supplierLink, tag } from '../format.js';
import { table } from './common.js';

/** A chart of `field` (α or reputation, ppm) per supplier against the block of each round's end. */
export function qualityChart(suppliers, field, label) {
  return lineChart({
    series: suppliers.map((s, i) => ({
      label: shortAddress(s.address),
      colour: colour(i),
      points: s.points.map((p) => ({ x: p.block, y: p[field] / 1e6, note: `round #${p.round}${p.withheld ? ', withheld' : ''}` })),
    })),
    xLabel: 'block',
    yLabel: label,
    label: `${label} per supplier over time`,
    yMin: 0,
    yMax: 1,
    yFormat: (v) => v.toFixed(2),
  });
}

export function roundsTable(rounds) {
  return table(
    [
      ['Round', (r) => `#${r.round}`],
      ['Supplier', (r) => supplierLink(r.supplier)],
      ['Model', (r) => (r.model === undefined ? '–' : html`<a href="#/model/${r.model}">${r.model}</a>`)],
      ['Session', (r) => (r.session === undefined ? '–' : `#${r.session}`)],
      ['Relays', (r) => int(r.relays), 'num'],
      ['Committee', (r) => int(r.committee?.length), 'num'],
      ['Status', (r) => tag(r.status)],
      ['α', (r) => ppm(r.alpha), 'num'],
      ['Median', (r) => ppm(r.median), 'num'],
      ['Reputation', (r) => ppm(r.reputation), 'num'],
      ['Revealed', (r) => int(r.revealed), 'num'],
      ['Note', (r) => (r.withheld ? 'relays withheld' : r.voidReason ?? '')],
      ['Opened / ended', (r) => `${int(r.openedAt)} / ${int(r.endedAt)}`],
    ],
    rounds,
    'No TIQE+ round indexed yet.',
  );
}

export function slashesTable(slashes) {
  return table(
    [
      ['Block', (s) => int(s.block), 'num'],
      ['Account', (s) => (s.role === 'Supplier' ? supplierLink(s.who) : accountText(s.who))],
      ['Role', (s) => s.role],
      ['Reason', (s) => tag(s.reason)],
      ['Amount (SBL)', (s) => sbl(s.amount), 'num'],
      ['Round', (s) => (s.round === undefined ? '–' : `#${s.round}`)],
    ],
    slashes,
    'No slash indexed.',
  );
}

export async function render() {
  const q = await getJson('quality');
  return html`<section id="quality">
    <h1>Quality</h1>
    <div class="grid2">
      <div class="panel"><h3>α per supplier (each finalized TIQE+ round)</h3><div id="chart-alpha">${qualityChart(q.suppliers, 'alpha', 'α')}</div></div>
      <div class="panel"><h3>Reputation per supplier (moving average of α)</h3><div id="chart-reputation">${qualityChart(q.suppliers, 'reputation', 'reputation')}</div></div>
    </div>
    <h2>Suppliers now</h2>
    ${table(
      [
        ['Supplier', (s) => supplierLink(s.address, true)],
        ['α of last round', (s) => ppm(s.quality), 'num'],
        ['Reputation', (s) => ppm(s.reputation), 'num'],
      ],
      q.current,
      'No supplier staked.',
    )}
    <h2>TIQE+ rounds</h2>
    ${roundsTable(q.rounds)}
    <h2>Slashes</h2>
    ${slashesTable(q.slashes)}
  </section>`;
}
