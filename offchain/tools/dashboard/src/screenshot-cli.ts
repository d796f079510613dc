/**
 * A screenshot of a running dashboard, for the README or a report (docs/dashboard.md,
 * "Screenshots"):
 *   npx tsx offchain/tools/dashboard/src/screenshot-cli.ts --url http://127.0.0.1:8090 \
 *     [--page usage] [--out dashboard-usage.png] [--width 1280] [--height 900]
 * Pages: summary, usage, quality, governance, supplier/<address>, model/<id>, job/<id>.
 * Uses the system's Chromium (/usr/bin/chromium, or CHROMIUM_PATH).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium, screenshot } from './browser.js';

/** The element each page renders once its data is in. */
const READY: Record<string, string> = { summary: '#summary', usage: '#usage', quality: '#quality', governance: '#governance', supplier: '#supplier, .not-found', model: '#model, .not-found', job: '#job, .not-found' };

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: 'string', default: 'http://127.0.0.1:8090' },
      page: { type: 'string', default: 'summary' },
      out: { type: 'string' },
      width: { type: 'string', default: '1280' },
      height: { type: 'string', default: '900' },
    },
  });
  const name = values.page.split('/')[0]!;
  const ready = READY[name];
  if (!ready) throw new Error(`--page is one of ${Object.keys(READY).join(', ')} (supplier/<address>, model/<id>, job/<id>)`);
  const out = resolve(values.out ?? `dashboard-${name}.png`);
  const browser = await launchChromium();
  try {
    const page = await browser.page(Number(values.width), Number(values.height));
    await screenshot(page, `${values.url.replace(/\/$/, '')}/#/${values.page === 'summary' ? '' : values.page}`, ready, out);
  } finally {
    await browser.close();
  }
  console.log(out);
}

main().catch((error: Error) => {
  console.error(`screenshot: ${error.message}`);
  process.exit(1);
});
