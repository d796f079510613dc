// One model: its registration, price and usage per session, suppliers serving it, settlements, jobs.
import { getJson } from '../api.js';
import { html } from '../html.js';
import { barChart, lineChart } from '../charts.js';
import { accountText, int, jobLink, perbill, sbl, sblNumber, supplierLink, tag } from '../format.js';
import { card, page, table } from './common.js';

export function render(id) {
  return page(() => getJson(`models/${encodeURIComponent(id)}`), view, 'Model');
}

function view(d) {
  const m = d.model;
  const sessions = d.sessions;
  const priced = sessions.filter((s) => s.price !== undefined);
  return html`<section id="model" data-model="${d.id}">
    <h1>Model ${d.id}${m ? html`: ${m.name}` : ' (no longer registered)'}</h1>
    ${m
      ? html`<div class="cards">
          ${card('Status', tag(m.status), `registered at block ${int(m.registeredAt)}`)}
          ${card('Price / 1k CU (SBL)', sbl(m.price, 9), `floor ${sbl(m.priceFloor, 9)}`)}
          ${card('Suppliers serving', int(d.suppliers.length))}
          ${card('Context', `${int(m.contextLength)} tokens`, m.quantization)}
          ${card('Compute weights', `${m.computeWeights.promptToken} / ${m.computeWeights.completionToken}`, 'CU per prompt / completion token')}
          ${card('Royalty', perbill(m.royalty), html`owner ${accountText(m.owner)}`)}
        </div>
        <div class="panel"><dl class="kv">
          <dt>sha256</dt><dd class="mono">${m.sha256}</dd>
          <dt>size</dt><dd>${int(m.sizeBytes)} bytes</dd>
          <dt>license</dt><dd>${m.license}</dd>
          <dt>URIs</dt><dd>${m.uris.map((u) => html`<div class="mono">${u}</div>`)}</dd>
          <dt>deposit</dt><dd>${sbl(m.deposit)} SBL</dd>
        </dl></div>`
      : ''}
    <div class="grid2">
      <div class="panel"><h3>Price per 1k CU, per session</h3>${lineChart({ series: [{ label: 'price', points: priced.map((s) => ({ x: s.session, y: sblNumber(s.price) })) }], xLabel: 'session', yLabel: 'SBL per 1k CU', xFormat: (s) => `#${s}` })}</div>
      <div class="panel"><h3>Compute units per session</h3>${barChart({
        categories: sessions.map((s) => s.session),
        series: [
          { label: 'claimed relays', values: sessions.map((s) => Number(s.claimedCu)) },
          { label: 'jobs', values: sessions.map((s) => Number(s.jobCu)) },
        ],
        xLabel: 'session',
        yLabel: 'compute units',
        xFormat: (s) => `#${s}`,
      })}</div>
    </div>
    <h2>Suppliers serving it</h2>
    ${table([['Supplier', (a) => supplierLink(a, true)]], d.suppliers, 'No supplier serves this model.')}
    <h2>Per session</h2>
    ${table(
      [
        ['Session', (s) => `#${s.session}`],
        ['Claims', (s) => int(s.claims), 'num'],
        ['Relays (mined / est.)', (s) => `${int(s.minedRelays)} / ${int(s.estimatedRelays)}`, 'num'],
        ['CU claimed', (s) => int(s.claimedCu), 'num'],
        ['Job CU', (s) => int(s.jobCu), 'num'],
        ['CU settled', (s) => int(s.settledCu), 'num'],
        ['Price / 1k CU', (s) => sbl(s.price, 9), 'num'],
        ['Utilization', (s) => (s.utilization === undefined ? '–' : `${(s.utilization / 1e4).toFixed(1)}%`), 'num'],
        ['Charged (SBL)', (s) => sbl(s.charged), 'num'],
      ],
      [...sessions].reverse(),
      'No usage indexed.',
    )}
    <h2>Jobs</h2>
    ${table(
      [
        ['Job', (j) => jobLink(j.job)],
        ['Status', (j) => tag(j.status)],
        ['Supplier', (j) => supplierLink(j.supplier)],
        ['CU', (j) => int(j.computeUnits), 'num'],
        ['Charged (SBL)', (j) => sbl(j.charged), 'num'],
      ],
      d.jobs,
      'No job indexed.',
    )}
  </section>`;
}
