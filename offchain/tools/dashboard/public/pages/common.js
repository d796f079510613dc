// Pieces the pages share: cards, tables and the not-found message.
import { ApiError } from '../api.js';
import { html } from '../html.js';

export const card = (label, value, sub) => html`<div class="card"><div class="label">${label}</div><div class="value">${value}</div>${sub ? html`<div class="sub">${sub}</div>` : ''}</div>`;

/**
 * A table: `columns` are [heading, cell(row), 'num'?]; `empty` is shown when there are no rows.
 */
export function table(columns, rows, empty = 'None yet.') {
  if (!rows || rows.length === 0) return html`<p class="empty">${empty}</p>`;
  return html`<div class="table-wrap"><table>
    <thead><tr>${columns.map(([heading, , kind]) => html`<th class="${kind ?? ''}">${heading}</th>`)}</tr></thead>
    <tbody>${rows.map((row) => html`<tr>${columns.map(([, cell, kind]) => html`<td class="${kind ?? ''}">${cell(row)}</td>`)}</tr>`)}</tbody>
  </table></div>`;
}

/** Renders `load()`'s result with `view`, or says plainly what is not there (a 404) or failed. */
export async function page(load, view, what) {
  try {
    return view(await load());
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
      return html`<h1>${what} not found</h1><p class="error not-found">${error.message}</p><p><a href="#/">Back to the summary</a></p>`;
    }
    throw error;
  }
}
