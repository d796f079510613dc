// The single-page app: hash routes (#/, #/usage, #/quality, #/governance, #/supplier/<address>,
// #/model/<id>, #/job/<id>), each a page module that renders from the JSON API, re-rendered on
// each live block message (at most every two seconds, and always after the last one).
import { followBlocks } from './api.js';
import { html } from './html.js';
import * as summary from './pages/summary.js';
import * as usage from './pages/usage.js';
import * as quality from './pages/quality.js';
import * as governance from './pages/governance.js';
import * as supplier from './pages/supplier.js';
import * as model from './pages/model.js';
import * as job from './pages/job.js';

const ROUTES = [
  [/^$/, summary, 'summary'],
  [/^usage$/, usage, 'usage'],
  [/^quality$/, quality, 'quality'],
  [/^governance$/, governance, 'governance'],
  [/^supplier\/(.+)$/, supplier, 'quality'],
  [/^model\/(.+)$/, model, 'usage'],
  [/^job\/(.+)$/, job, 'usage'],
];

const main = document.getElementById('page');
const live = document.getElementById('live');
const RERENDER_MS = 2_000;

let rendering = false;
let again = false;
let lastRender = 0;
/** A re-render put off to the end of the two-second window, so the last block's data is shown. */
let deferred;

function route() {
  const path = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
  for (const [pattern, page, nav] of ROUTES) {
    const match = pattern.exec(path);
    if (match) return { page, nav, params: match.slice(1) };
  }
  return undefined;
}

async function render(fresh) {
  if (rendering) {
    again = true;
    return;
  }
  rendering = true;
  lastRender = Date.now();
  const current = route();
  for (const a of document.querySelectorAll('nav a')) a.classList.toggle('active', a.dataset.route === current?.nav);
  try {
    if (!current) {
      main.innerHTML = String(html`<h1>Not found</h1><p class="error">There is no page ${location.hash}.</p>`);
    } else {
      if (fresh) main.innerHTML = String(html`<p class="loading">Loading…</p>`);
      const markup = await current.page.render(...current.params);
      main.innerHTML = String(markup);
      main.dataset.page = current.nav;
      main.dataset.rendered = String(lastRender);
    }
  } catch (error) {
    main.innerHTML = String(html`<h1>Something went wrong</h1><p class="error">${error.message}</p>`);
  } finally {
    rendering = false;
    if (again) {
      again = false;
      void render(false);
    }
  }
}

function onBlock(state) {
  live.textContent = `block #${state.block ?? '–'} · session ${state.session ?? '–'}${state.syncing ? ' · syncing' : ''}`;
  const wait = lastRender + RERENDER_MS - Date.now();
  if (wait <= 0) {
    void render(false);
  } else if (!deferred) {
    // A block inside the window is not dropped: when blocks stop (a dev chain that builds one per
    // transaction), the page would otherwise keep what it read before the last one.
    deferred = setTimeout(() => {
      deferred = undefined;
      void render(false);
    }, wait);
  }
}

function onStream(open) {
  live.classList.toggle('on', open);
  live.classList.toggle('off', !open);
  if (!open) live.textContent = 'reconnecting…';
}

document.getElementById('lookup').addEventListener('submit', (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const id = String(form.get('id') ?? '').trim();
  if (id) location.hash = `#/${form.get('kind')}/${encodeURIComponent(id)}`;
});

window.addEventListener('hashchange', () => {
  clearTimeout(deferred);
  deferred = undefined;
  void render(true);
});
followBlocks(onBlock, onStream);
void render(true);
