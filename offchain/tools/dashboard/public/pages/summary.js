// Network summary: models, the four roles and their stake, the current session and block.
import { getJson } from '../api.js';
import { html } from '../html.js';
import { accountText, int, modelLink, perbill, sbl, supplierLink, tag } from '../format.js';
import { card, table } from './common.js';

const ROLE_NAMES = { Supplier: 'Suppliers', Validator: 'Validators', Gateway: 'Gateways', Application: 'Applications' };

export async function render() {
  const [s, metrics] = await Promise.all([getJson('summary'), getJson('metrics')]);
  const names = Object.fromEntries(s.models.map((m) => [m.id, m.name]));
  const roles = Object.entries(s.roles);
  const idx = s.indexer;
  return html`<section id="summary">
    <h1>Network summary <small class="mono">${s.chain} · runtime ${s.specVersion}</small></h1>
    <div class="cards">
      ${card('Current session', int(s.session.current), s.session.start !== undefined ? `from block ${int(s.session.start)}, ${int(s.session.length)} blocks` : '')}
      ${card('Best block', int(s.bestBlock), `finalized ${int(s.finalizedBlock)}`)}
      ${card('Indexed to', int(idx.lastBlock), idx.syncing ? 'catching up…' : `since block ${int(idx.firstBlock)}`)}
      ${card('Models', int(s.models.length), `${s.models.filter((m) => m.status === 'Active').length} active`)}
      ${roles.map(([role, r]) => card(ROLE_NAMES[role] ?? role, int(r.count), `${sbl(r.totalStake, 2)} SBL staked`))}
    </div>

    <h2>Stake per role</h2>
    ${table(
      [
        ['Role', ([role]) => ROLE_NAMES[role] ?? role],
        ['Members', ([, r]) => int(r.count), 'num'],
        ['Total stake (SBL)', ([, r]) => sbl(r.totalStake), 'num'],
      ],
      roles,
    )}

    <h2>Models</h2>
    ${table(
      [
        ['Id', (m) => m.id, 'num'],
        ['Name', (m) => modelLink(m.id, names)],
        ['Status', (m) => tag(m.status)],
        ['Quantization', (m) => m.quantization],
        ['Context', (m) => int(m.contextLength), 'num'],
        ['Price / 1k CU (SBL)', (m) => sbl(m.price, 9), 'num'],
        ['Floor (SBL)', (m) => sbl(m.priceFloor, 9), 'num'],
        ['Royalty', (m) => perbill(m.royalty), 'num'],
      ],
      s.models,
      'No model registered.',
    )}

    <h2>Suppliers</h2>
    ${table(
      [
        ['Address', (m) => supplierLink(m.address, true)],
        ['Stake (SBL)', (m) => sbl(m.stake), 'num'],
        ['Unlocking (SBL)', (m) => sbl(m.unlocking), 'num'],
      ],
      s.roles.Supplier.members,
      'No supplier staked.',
    )}
    ${['Validator', 'Gateway', 'Application'].map(
      (role) => html`<h2>${ROLE_NAMES[role]}</h2>${table(
        [
          ['Address', (m) => accountText(m.address, true)],
          ['Stake (SBL)', (m) => sbl(m.stake), 'num'],
          ['Unlocking (SBL)', (m) => sbl(m.unlocking), 'num'],
        ],
        s.roles[role].members,
        `No ${role.toLowerCase()} staked.`,
      )}`,
    )}
    ${offChain(metrics)}
  </section>`;
}

function offChain(metrics) {
  const reports = [['Supplier', metrics.supplier], ['Gateway', metrics.gateway]].filter(([, r]) => r);
  if (reports.length === 0) return '';
  return html`<h2>Off-chain metrics</h2><div class="grid2">${reports.map(
    ([who, r]) => html`<div class="panel"><h3>${who} · <span class="mono">${r.url}</span></h3>${
      r.ok
        ? table(
            [
              ['Metric', (f) => html`<span class="mono" title="${f.help ?? ''}">${f.name}</span>`],
              ['Value (summed)', (f) => Number(f.value.toPrecision(8)).toLocaleString('en-US'), 'num'],
            ],
            r.families.filter((f) => f.name.startsWith('sibyl_')),
          )
        : html`<p class="error">unreachable: ${r.error}</p>`
    }</div>`,
  )}</div>`;
}
