// One on-chain job: its record (until pruned) and what the indexer saw of it.
import { getJson } from '../api.js';
import { html } from '../html.js';
import { accountText, int, modelLink, sbl, supplierLink, tag } from '../format.js';
import { page } from './common.js';

export function render(id) {
  return page(() => getJson(`jobs/${encodeURIComponent(id)}`), view, 'Job');
}

function view(d) {
  const j = d.onChain;
  const i = d.indexed;
  const names = d.models;
  return html`<section id="job" data-job="${d.id}">
    <h1>Job #${d.id} ${tag(i?.status ?? j?.status?.toLowerCase())}</h1>
    <div class="panel"><dl class="kv">
      <dt>application</dt><dd>${accountText(j?.app ?? i?.app, true)}</dd>
      <dt>model</dt><dd>${modelLink(j?.model ?? i?.model, names)}</dd>
      <dt>session</dt><dd>${j?.session ?? i?.session ?? '–'}</dd>
      <dt>supplier</dt><dd>${supplierLink(j?.supplier ?? i?.supplier, true)}</dd>
      <dt>submitted at block</dt><dd>${int(j?.submittedAt ?? i?.submittedAt)}</dd>
      <dt>prompt tokens (declared)</dt><dd>${int(j?.promptTokens)}</dd>
      <dt>max tokens</dt><dd>${int(j?.maxTokens)}</dd>
      <dt>completion tokens</dt><dd>${int(j?.completionTokens)}</dd>
      <dt>compute units</dt><dd>${int(i?.computeUnits)}</dd>
      <dt>max price (SBL)</dt><dd>${sbl(j?.maxPrice ?? i?.maxPrice)}</dd>
      <dt>charged (SBL)</dt><dd>${sbl(j?.charged ?? i?.charged)}</dd>
      ${i?.reason ? html`<dt>reason</dt><dd>${i.reason}</dd>` : ''}
    </dl></div>
    ${j ? html`<h2>Input</h2><pre class="json">${j.input}</pre><h2>Output</h2><pre class="json">${j.output ?? '(none yet)'}</pre>` : html`<p class="empty">The job's record is pruned from chain; shown from the index.</p>`}
  </section>`;
}
