// Display formats. Amounts arrive as planck (10⁻¹² SBL) in decimal strings, α and reputation
// as parts per million, royalties as parts per billion.
import { html } from './html.js';

const PLANCK_PER_SBL = 10n ** 12n;

/** Planck → SBL with up to `digits` decimals (trailing zeros dropped). */
export function sbl(planck, digits = 6) {
  if (planck === undefined || planck === null) return '–';
  const value = BigInt(planck);
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  const whole = abs / PLANCK_PER_SBL;
  const fraction = (abs % PLANCK_PER_SBL).toString().padStart(12, '0').slice(0, digits).replace(/0+$/, '');
  const wholeText = whole.toLocaleString('en-US');
  if (!fraction && whole === 0n && abs > 0n) return `${sign}<0.${'0'.repeat(digits - 1)}1`;
  return `${sign}${wholeText}${fraction ? `.${fraction}` : ''}`;
}

/** Planck → SBL as a float, for chart scales. */
export const sblNumber = (planck) => Number(BigInt(planck ?? 0)) / 1e12;

/** Parts per million → a 0–1 decimal. */
export const ppm = (value) => (value === undefined || value === null ? '–' : (value / 1e6).toFixed(3));

/** Parts per billion → a percentage. */
export const perbill = (value) => (value === undefined || value === null ? '–' : `${(value / 1e7).toFixed(2)}%`);

export const int = (value) => (value === undefined || value === null ? '–' : Number(value).toLocaleString('en-US'));

export const shortAddress = (address) => (address && address.length > 14 ? `${address.slice(0, 6)}…${address.slice(-6)}` : address ?? '–');

/** A link to a supplier's page; `full` shows the whole address. */
export const supplierLink = (address, full = false) =>
  address ? html`<a class="addr${full ? '' : ' short'}" href="#/supplier/${encodeURIComponent(address)}" title="${address}">${full ? address : shortAddress(address)}</a>` : '–';

export const accountText = (address, full = false) =>
  address ? html`<span class="addr${full ? '' : ' short'}" title="${address}">${full ? address : shortAddress(address)}</span>` : '–';

export const modelLink = (id, names = {}) => (id === undefined || id === null ? '–' : html`<a href="#/model/${id}">${names[id] ?? `model ${id}`}</a>`);

export const jobLink = (id) => html`<a href="#/job/${id}">#${id}</a>`;

export const tag = (text) => (text ? html`<span class="tag ${text}">${text}</span>` : '–');

export const time = (ms) => (ms ? new Date(ms).toISOString().replace('T', ' ').slice(0, 19) : '–');
