/**
 * @jest-environment ./test/support/native-arrays-environment.js
 *
 * The network explorer end to end (issue 19, docs/dashboard.md): chat completions through the
 * gateway with the official `openai` SDK are claimed, proven, scored by TIQE+ and settled; then the
 * dashboard, started on that chain, backfills those blocks and shows them — checked through its
 * JSON API and in headless Chromium (the summary names the model and the supplier, the usage page
 * draws its charts, the supplier page its α history), with screenshots saved under
 * test-artifacts/dashboard/. A restart with the same data directory keeps the history.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import OpenAI from 'openai';
import type { EventRecord } from '@polkadot/types/interfaces';
import { startDashboard, type Dashboard } from '@sibyl/dashboard';
import { launchChromium, screenshot, type HeadlessBrowser } from '@sibyl/dashboard/browser';
import { freePort, type LocalNetwork } from '@sibyl/localnet';
import { startTestNetwork } from './support/test-network.js';
import { until } from './support/until.js';

const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/dashboard/', import.meta.url));
const quiet = process.env.SIBYL_TEST_LOG ? (line: string) => console.error(line) : () => undefined;

let net: LocalNetwork;
let metricsPort: number;
let dashboard: Dashboard | undefined;
let browser: HeadlessBrowser | undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'sibyl-dashboard-'));
const events: EventRecord[] = [];
let unsubscribe: (() => void) | undefined;

beforeAll(async () => {
  metricsPort = await freePort();
  net = await startTestNetwork({
    blockIntervalMs: 1_000,
    validator: true,
    supplierMetricsPort: metricsPort,
    sessions: { sessionLength: 20 },
    relayMining: { claimWindow: 10, proofWindow: 10 },
  });
  unsubscribe = (await net.api.query.system.events((records) => {
    for (const r of records) if (['settlement', 'tiqe'].includes(r.event.section)) events.push(r);
  })) as unknown as () => void;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await dashboard?.stop();
  unsubscribe?.();
  await net?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const eventData = (method: string) => events.filter((r) => r.event.method === method).map((r) => r.event.data.toJSON() as unknown[]);

async function getJson(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${dashboard!.url}${path}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function start(backfill?: number): Promise<Dashboard> {
  return freePort().then((port) =>
    startDashboard({
      rpc: net.rpc,
      port,
      host: '127.0.0.1',
      dataDir,
      backfill,
      supplierMetrics: `http://127.0.0.1:${metricsPort}/metrics`,
      gatewayMetrics: `${net.gateway.replace(/\/v1$/, '')}/metrics`,
      log: quiet,
    }),
  );
}

test('settled relays show on the dashboard: API, summary, usage charts, the supplier’s α history; a restart keeps them', async () => {
  const supplier = net.actors.supplier.address;
  const client = new OpenAI({ baseURL: net.gateway, apiKey: net.apiKey, maxRetries: 0 });
  for (const colour of ['red', 'blue', 'green']) {
    const reply = await client.chat.completions.create({ model: net.modelName, messages: [{ role: 'user', content: `Name one thing that is ${colour}.` }], max_tokens: 8 });
    expect(reply.usage?.completion_tokens).toBeGreaterThan(0);
  }
  const settled = await until('the settlement', () => eventData('Settled').find((d) => d[1] === supplier), 200_000);
  await until('the supplier’s finalized TIQE+ round', () => eventData('RoundFinalized').find((d) => d[1] === supplier), 30_000);
  const settledSession = Number(settled[0]);
  const head = (await net.api.rpc.chain.getHeader()).number.toNumber();

  // Started after the fact, the dashboard backfills the blocks it missed.
  dashboard = await start();
  expect(dashboard.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  await dashboard.indexer.reached(head, 60_000);

  const summary = await getJson('/api/summary');
  expect(summary.status).toBe(200);
  expect(JSON.stringify(summary.body)).toContain(net.modelName);
  expect(JSON.stringify((summary.body.roles as Record<string, unknown>).Supplier)).toContain(supplier);

  const usage = (await getJson('/api/usage')).body as { sessions: { session: number; models: Record<string, { claims: number; settlements: number; charged: string }> }[] };
  const served = usage.sessions.find((s) => s.session === settledSession)?.models[String(net.modelId)];
  expect(served?.claims).toBeGreaterThanOrEqual(1);
  expect(served?.settlements).toBeGreaterThanOrEqual(1);
  expect(BigInt(served!.charged)).toBe(BigInt(settled[10] as string | number));

  const supplierPage = (await getJson(`/api/suppliers/${supplier}`)).body as { record: { quality: unknown[]; sessions: number[] }; claims: { status: string }[] };
  expect(supplierPage.record.quality.length).toBeGreaterThanOrEqual(1);
  expect(supplierPage.record.sessions).toContain(settledSession);
  expect(supplierPage.claims.some((c) => c.status === 'settled')).toBe(true);
  expect((await getJson(`/api/suppliers/${net.actors.app.address}`)).status).toBe(404);
  expect((await getJson('/api/suppliers/not-an-address')).status).toBe(400);
  expect((await getJson('/api/jobs/987654')).status).toBe(404);
  expect((await getJson('/api/models/424242')).status).toBe(404);
  expect((await getJson(`/api/models/${net.modelId}`)).status).toBe(200);
  const governance = (await getJson('/api/governance')).body as { parameters: Record<string, unknown> };
  expect(Object.keys(governance.parameters)).toEqual(expect.arrayContaining(['sessions', 'relayMining', 'settlement', 'tiqe', 'pricing']));
  const metrics = (await getJson('/api/metrics')).body as { supplier: { ok: boolean; families: { name: string }[] } };
  expect(metrics.supplier.ok).toBe(true);
  expect(metrics.supplier.families.some((f) => f.name === 'sibyl_supplier_relays_total')).toBe(true);

  browser = await launchChromium();
  const page = await browser.page();
  const url = dashboard.url;
  const shot = (name: string) => join(ARTIFACTS, `${name}.png`);

  await screenshot(page, `${url}/#/`, '#summary', shot('summary'));
  const summaryText = await page.$eval('#summary', (el) => (el as unknown as { innerText: string }).innerText);
  expect(summaryText).toContain(net.modelName);
  expect(summaryText).toContain(supplier);

  await screenshot(page, `${url}/#/usage`, '#usage', shot('usage'));
  expect(await page.$$eval('#chart-relays svg.chart .bar', (els) => els.length)).toBeGreaterThanOrEqual(1);
  expect(await page.$$eval('#chart-prices svg.chart .point', (els) => els.length)).toBeGreaterThanOrEqual(1);
  expect(await page.$$eval('#chart-split svg.chart .bar', (els) => els.length)).toBeGreaterThanOrEqual(1);

  await screenshot(page, `${url}/#/supplier/${supplier}`, '#supplier', shot('supplier'));
  expect(await page.$$eval('#alpha-history svg.chart .point', (els) => els.length)).toBeGreaterThanOrEqual(1);

  await screenshot(page, `${url}/#/quality`, '#quality', shot('quality'));
  expect(await page.$$eval('#chart-alpha svg.chart .point', (els) => els.length)).toBeGreaterThanOrEqual(1);
  await screenshot(page, `${url}/#/model/${net.modelId}`, '#model', shot('model'));
  await screenshot(page, `${url}/#/governance`, '#governance', shot('governance'));

  // An unknown supplier's page says so.
  await page.goto(`${url}/#/supplier/${net.actors.app.address}`, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('.not-found', { visible: true, timeout: 15_000 });
  expect(await page.$eval('.not-found', (el) => el.textContent)).toContain('no supplier');

  // Live: the header follows new blocks.
  const liveBlock = async () => Number(/block #(\d+)/.exec((await page.$eval('#live', (el) => el.textContent)) ?? '')?.[1] ?? NaN);
  await until('a live block number', async () => (Number.isFinite(await liveBlock()) ? true : undefined), 15_000);
  const first = await liveBlock();
  await until('a newer live block', async () => ((await liveBlock()) > first ? true : undefined), 20_000);

  // Restarted on the same data directory with a backfill too short to reach the settled session,
  // the dashboard still has it: the history came from disk.
  await dashboard.stop();
  dashboard = await start(3);
  expect(dashboard.indexer.status.resumed).toBe(true);
  const again = (await getJson('/api/usage')).body as typeof usage;
  expect(again.sessions.find((s) => s.session === settledSession)?.models[String(net.modelId)]?.settlements).toBeGreaterThanOrEqual(1);
}, 300_000);
