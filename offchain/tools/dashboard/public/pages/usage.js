// Usage: relays and compute units per session and model, prices, settled charges and their
// split, and jobs — all from the indexer's per-session history.
import { getJson } from '../api.js';
import { html } from '../html.js';
import { barChart, colour, lineChart } from '../charts.js';
import { accountText, int, jobLink, modelLink, ppm, sbl, sblNumber, supplierLink, tag } from '../format.js';
import { table } from './common.js';

export const PAYOUT_PARTS = ['supplier', 'royalty', 'validators', 'gateways', 'treasury', 'refunded'];

/** The model ids seen in `sessions`, ascending. */
export const modelsIn = (sessions) => [...new Set(sessions.flatMap((s) => Object.keys(s.models)))].map(Number).sort((a, b) => a - b);

const modelName = (names, id) => names[id] ?? `model ${id}`;

export async function render() {
  const u = await getJson('usage');
  const names = u.models;
  const sessions = u.sessions;
  const ids = modelsIn(sessions);
  const categories = sessions.map((s) => s.session);
  const perModel = (value) => ids.map((id, i) => ({ label: modelName(names, id), colour: colour(i), values: sessions.map((s) => (s.models[id] ? value(s.models[id]) : 0)) }));

  const relays = barChart({ categories, series: perModel((m) => m.estimatedRelays), xLabel: 'session', yLabel: 'relays', label: 'relays per session and model', xFormat: (s) => `#${s}` });
  const computeUnits = barChart({
    categories,
    series: perModel((m) => Number(m.claimedCu) + Number(m.jobCu)),
    xLabel: 'session',
    yLabel: 'compute units',
    label: 'compute units per session and model',
    xFormat: (s) => `#${s}`,
  });
  const prices = lineChart({
    series: ids.map((id, i) => ({
      label: modelName(names, id),
      colour: colour(i),
      points: sessions.filter((s) => s.models[id]?.price !== undefined).map((s) => ({ x: s.session, y: sblNumber(s.models[id].price) })),
    })),
    xLabel: 'session',
    yLabel: 'SBL per 1k CU',
    label: 'price per model over sessions',
    xFormat: (s) => `#${s}`,
  });
  const split = barChart({
    categories,
    series: PAYOUT_PARTS.map((part, i) => ({ label: part, colour: colour(i), values: sessions.map((s) => sblNumber(s.totals.payout[part])) })),
    xLabel: 'session served',
    yLabel: 'SBL',
    label: 'settled amounts per session and their split',
    xFormat: (s) => `#${s}`,
  });

  const rows = [...sessions].reverse().flatMap((s) => Object.entries(s.models).map(([id, m]) => ({ session: s, id: Number(id), m })));
  const st = u.settlement;
  return html`<section id="usage">
    <h1>Usage</h1>
    <div class="grid2">
      <div class="panel"><h3>Relays per session (claimed, estimated from mined relays)</h3><div id="chart-relays">${relays}</div></div>
      <div class="panel"><h3>Compute units per session (claimed relays + answered jobs)</h3><div id="chart-cu">${computeUnits}</div></div>
      <div class="panel"><h3>Price per model (per 1k CU, in force each session)</h3><div id="chart-prices">${prices}</div></div>
      <div class="panel"><h3>Settled per session served: the charge's shares and what was refunded</h3><div id="chart-split">${split}</div></div>
    </div>

    <h2>Settlements (kept sessions)</h2>
    ${table(
      [
        ['Settlements', () => int(st.count), 'num'],
        ['Gross (SBL)', () => sbl(st.gross), 'num'],
        ['Charged (SBL)', () => sbl(st.charged), 'num'],
        ...PAYOUT_PARTS.map((part) => [`${part} (SBL)`, () => sbl(st.payout[part]), 'num']),
      ],
      [st],
    )}

    <h2>Per session and model</h2>
    ${table(
      [
        ['Session', (r) => `#${r.session.session}`],
        ['Start', (r) => int(r.session.start), 'num'],
        ['Model', (r) => modelLink(r.id, names)],
        ['Claims', (r) => int(r.m.claims), 'num'],
        ['Relays (mined / est.)', (r) => `${int(r.m.minedRelays)} / ${int(r.m.estimatedRelays)}`, 'num'],
        ['CU claimed', (r) => int(r.m.claimedCu), 'num'],
        ['Jobs', (r) => int(r.m.jobs), 'num'],
        ['Job CU', (r) => int(r.m.jobCu), 'num'],
        ['CU settled', (r) => int(r.m.settledCu), 'num'],
        ['Price / 1k CU', (r) => sbl(r.m.price, 9), 'num'],
        ['Charged (SBL)', (r) => sbl(r.m.charged), 'num'],
      ],
      rows,
      'No usage indexed yet.',
    )}

    <h2>Recent settlements</h2>
    ${table(
      [
        ['Block', (s) => int(s.block), 'num'],
        ['Session', (s) => `#${s.session}`],
        ['Supplier', (s) => supplierLink(s.supplier)],
        ['App', (s) => accountText(s.app)],
        ['Model', (s) => modelLink(s.model, names)],
        ['CU', (s) => int(s.estimatedCu), 'num'],
        ['α', (s) => ppm(s.alpha), 'num'],
        ['Round', (s) => (s.round === null ? s.unevaluated ?? '–' : `#${s.round}`)],
        ['Charged', (s) => sbl(s.charged), 'num'],
        ['Supplier', (s) => sbl(s.payout.supplier), 'num'],
        ['Validators', (s) => sbl(s.payout.validators), 'num'],
        ['Gateways', (s) => sbl(s.payout.gateways), 'num'],
        ['Treasury', (s) => sbl(s.payout.treasury), 'num'],
        ['Royalty', (s) => sbl(s.payout.royalty), 'num'],
        ['Refunded', (s) => sbl(s.payout.refunded), 'num'],
      ],
      u.recentSettlements,
      'Nothing settled yet.',
    )}

    <h2>Jobs</h2>
    <p>${Object.entries(u.jobs.byStatus).map(([status, n]) => html`${tag(status)} ${int(n)} `)}</p>
    ${table(
      [
        ['Job', (j) => jobLink(j.job)],
        ['Status', (j) => tag(j.status)],
        ['Model', (j) => modelLink(j.model, names)],
        ['App', (j) => accountText(j.app)],
        ['Supplier', (j) => supplierLink(j.supplier)],
        ['Session', (j) => (j.session === undefined ? '–' : `#${j.session}`)],
        ['CU', (j) => int(j.computeUnits), 'num'],
        ['Charged (SBL)', (j) => sbl(j.charged), 'num'],
      ],
      u.jobs.recent,
      'No jobs indexed.',
    )}
  </section>`;
}
