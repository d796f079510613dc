// One supplier: stake, declared service, sessions served, claims and proofs, α history and slashes.
import { getJson } from '../api.js';
import { html } from '../html.js';
import { accountText, int, jobLink, modelLink, ppm, sbl, tag } from '../format.js';
import { card, page, table } from './common.js';
import { colour, lineChart } from '../charts.js';
import { roundsTable, slashesTable } from './quality.js';

export function render(address) {
  return page(() => getJson(`suppliers/${encodeURIComponent(address)}`), view, 'Supplier');
}

function view(s) {
  const r = s.record;
  const names = s.models;
  const unlocking = (s.bond?.unlocking ?? []).reduce((sum, c) => sum + BigInt(c.value), 0n);
  return html`<section id="supplier" data-address="${s.address}">
    <h1>Supplier <span class="addr">${s.address}</span></h1>
    <div class="cards">
      ${card('Stake (SBL)', s.bond ? sbl(s.bond.active) : 'not staked', unlocking > 0n ? `${sbl(unlocking.toString())} unlocking` : '')}
      ${card('Models served', s.config ? s.config.models.length : '–', s.config ? html`${s.config.models.map((m) => html`${modelLink(m, names)} `)}` : '')}
      ${card('Capacity', s.config ? `${int(s.config.capacityTps)} tokens/s` : '–', s.config?.device)}
      ${card('α of last round', ppm(s.quality), 'tiqe.quality')}
      ${card('Reputation', ppm(s.reputation), 'tiqe.reputation')}
      ${card('Sessions served', int(r?.sessions.length ?? 0), r?.sessions.length ? `last #${r.sessions[r.sessions.length - 1]}` : '')}
      ${card('Claims', int(r?.claims ?? 0), `${int(r?.proven ?? 0)} proven · ${int(r?.void ?? 0)} void`)}
      ${card('Settled', int(r?.settled ?? 0), `${sbl(r?.earned ?? '0')} SBL earned`)}
      ${card('Slashed (SBL)', sbl(r?.slashed ?? '0'))}
      ${card('Jobs answered', int(r?.jobsCompleted ?? 0))}
    </div>

    <div class="panel" id="alpha-history">
      <h3>α and reputation history (each finalized TIQE+ round)</h3>
      ${alphaChart(r)}
    </div>

    <h2>Claims and proofs</h2>
    ${table(
      [
        ['Session', (c) => `#${c.session}`],
        ['Model', (c) => modelLink(c.model, names)],
        ['App', (c) => accountText(c.app)],
        ['Mined relays', (c) => int(c.relays), 'num'],
        ['CU claimed', (c) => int(c.computeUnits), 'num'],
        ['Paths', (c) => int(c.paths), 'num'],
        ['Claimed at', (c) => int(c.block), 'num'],
        ['Status', (c) => tag(c.status)],
        ['Round', (c) => (c.round === undefined ? '–' : `#${c.round}`)],
        ['α', (c) => ppm(c.alpha), 'num'],
        ['Earned (SBL)', (c) => sbl(c.earned), 'num'],
        ['Slashed (SBL)', (c) => sbl(c.slashed), 'num'],
      ],
      s.claims,
      'No claim indexed.',
    )}

    <h2>Sessions served</h2>
    <p class="mono">${r?.sessions.length ? r.sessions.map((n) => `#${n}`).join(' ') : 'None indexed.'}</p>

    <h2>TIQE+ rounds</h2>
    ${roundsTable(s.rounds)}

    <h2>Slashes</h2>
    ${slashesTable(s.slashes)}

    <h2>Jobs</h2>
    ${table(
      [
        ['Job', (j) => jobLink(j.job)],
        ['Status', (j) => tag(j.status)],
        ['Model', (j) => modelLink(j.model, names)],
        ['CU', (j) => int(j.computeUnits), 'num'],
        ['Charged (SBL)', (j) => sbl(j.charged), 'num'],
      ],
      s.jobs,
      'No job indexed.',
    )}
  </section>`;
}

/** α and reputation after each of the supplier's finalized rounds, against the block it ended in. */
function alphaChart(record) {
  if (!record || record.quality.length === 0) return html`<p class="empty">No finalized TIQE+ round for this supplier yet.</p>`;
  const points = (field) => record.quality.map((p) => ({ x: p.block, y: p[field] / 1e6, note: `round #${p.round}${p.withheld ? ', withheld' : ''}` }));
  return lineChart({
    series: [
      { label: 'α', colour: colour(0), points: points('alpha') },
      { label: 'reputation', colour: colour(1), points: points('reputation') },
    ],
    xLabel: 'block',
    yLabel: 'α / reputation',
    label: 'α and reputation history',
    yMin: 0,
    yMax: 1,
    yFormat: (v) => v.toFixed(2),
  });
}
