// Governance: every pallet's current parameters, the authorities, and the Council's open motions.
import { getJson } from '../api.js';
import { html } from '../html.js';
import { accountText, int } from '../format.js';
import { table } from './common.js';

/** Flattens nested parameter structs into dotted keys. */
function flatten(value, prefix = '') {
  if (value && typeof value === 'object' && !Array.isArray(value)) return Object.entries(value).flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
  return [[prefix || 'value', Array.isArray(value) ? JSON.stringify(value) : String(value)]];
}

/** Who voted, one short address a line (the full one in its title). */
const voters = (accounts) => accounts.map((a) => html`<br>${accountText(a)}`);

/** "1 motion", "2 motions". */
const motionsCount = (n) => `${int(n)} ${n === 1 ? 'motion' : 'motions'}`;

export async function render() {
  const g = await getJson('governance');
  const motions = g.council.motions;
  return html`<section id="governance">
    <h1>Governance</h1>
    <h2>Council</h2>
    <p>${int(g.council.members.length)} members${g.council.prime ? html`, prime ${accountText(g.council.prime)}` : ''}; ${motionsCount(g.council.proposalCount)} proposed so far. ${g.sudoKey ? html`Sudo key: ${accountText(g.sudoKey)} (development chain).` : ''}</p>
    ${table([['Member', (m) => accountText(m, true)]], g.council.members, 'No Council members.')}
    <h2>Open motions</h2>
    ${table(
      [
        ['#', (m) => int(m.index)],
        ['Call', (m) => (m.call ? html`<span class="mono">${m.call.section}.${m.call.method}</span><details><summary>arguments</summary><pre class="json">${JSON.stringify(m.call.args, null, 2)}</pre></details>` : html`<span class="mono">${m.hash}</span>`)],
        ['Ayes', (m) => html`${m.ayes.length} / ${m.threshold ?? '–'}${voters(m.ayes)}`, 'num'],
        ['Nays', (m) => html`${int(m.nays.length)}${voters(m.nays)}`, 'num'],
        ['Ends at block', (m) => int(m.end), 'num'],
      ],
      motions,
      'No open motion.',
    )}
    <h2>Authorities</h2>
    <p>${int(g.authorities.authorities.length)} authorities; sessions of ${int(g.authorities.sessionPeriod)} blocks.</p>
    <h2>Parameters</h2>
    <p class="empty">As stored: amounts in planck (10⁻¹² SBL), Permill in millionths, Perbill in billionths, windows and periods in blocks.</p>
    <div class="grid2">${Object.entries(g.parameters).map(
      ([pallet, params]) => html`<div class="panel"><h3 class="mono">${pallet}.parameters</h3>${table(
        [
          ['Parameter', ([k]) => html`<span class="mono">${k}</span>`],
          ['Value', ([, v]) => v, 'num'],
        ],
        flatten(params),
      )}</div>`,
    )}</div>
  </section>`;
}
