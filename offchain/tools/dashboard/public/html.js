// Markup from templates: every interpolated value is escaped unless it is markup made by `html`
// (or `raw`) itself, so names and strings read from the chain can never become markup.

export class Markup {
  constructor(text) {
    this.text = text;
  }
  toString() {
    return this.text;
  }
}

/** Trusted markup (only for strings this app builds). */
export const raw = (text) => new Markup(String(text));

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escape = (value) => String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);

function part(value) {
  if (value === undefined || value === null || value === false) return '';
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(part).join('');
  return escape(value);
}

/** Tagged template: `html\`<td>${name}</td>\`` escapes `name`; nested `html` results stay markup. */
export function html(strings, ...values) {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += part(values[i]) + strings[i + 1];
  return new Markup(out);
}
