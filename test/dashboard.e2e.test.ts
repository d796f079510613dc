/**
 * @jest-environment ./test/support/native-arrays-environment.js
 *
 * The network explorer end to end (issue 19, docs/dashboard.md): chat completions through the
 * gateway with the official `openai` SDK are claimed, proven, scored by TIQE+ and settled; then the
 * dashboard, started on that chain, backfills those blocks and shows them — checked through its
 * JSON API and in headless Chromium (the summary names the model and the supplier, the usage page
 * draws its charts, the supplier page its α history), with screenshots saved under
 * test-artifacts/dashboard/. A restart with the same data directory keeps the history. On the
 * same network: a Council motion left open (one aye, one nay, short of its threshold) is listed
 * with its call and votes, and one that passes changes the parameters the open page shows; an
 * on-chain job answered by the supplier daemon and settled has its page; and `sibyl status` for
 * the supplier (the real command, docs/cli.md) shows the claim while it is on chain and proven,
 * then the α and earnings of the settled session.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import OpenAI from 'openai';
import type { EventRecord } from '@polkadot/types/interfaces';
import type { Page } from 'puppeteer-core';
import { devAccount, findEvent, passCouncilMotion, sbl, signAndWait } from '@sibyl/chain-client';
import { startDashboard, type Dashboard } from '@sibyl/dashboard';
import { launchChromium, screenshot, type HeadlessBrowser } from '@sibyl/dashboard/browser';
import { freePort, type LocalNetwork } from '@sibyl/localnet';
import { jsonOf, sibyl, type SibylRun } from './cli/run-sibyl.js';
import { startTestNetwork } from './support/test-network.js';
import { until } from './support/until.js';

const ARTIFACTS = fileURLToPath(new URL('../test-artifacts/dashboard/', import.meta.url));
const quiet = process.env.SIBYL_TEST_LOG ? (line: string) => console.error(line) : () => undefined;

let net: LocalNetwork;
let metricsPort: number;
let dashboard: Dashboard | undefined;
let browser: HeadlessBrowser | undefined;
let page: Page;
const dataDir = mkdtempSync(join(tmpdir(), 'sibyl-dashboard-'));
/** The CLI's keystore: empty, the supplier's key is given as its development URI. */
const cliHome = mkdtempSync(join(tmpdir(), 'sibyl-dashboard-cli-'));
const events: EventRecord[] = [];
let unsubscribe: (() => void) | undefined;

beforeAll(async () => {
  metricsPort = await freePort();
  net = await startTestNetwork({
    blockIntervalMs: 1_000,
    validator: true,
    supplierMetricsPort: metricsPort,
    sessions: { sessionLength: 20 },
    // A proof window long enough for `sibyl status` to start and read the proven claim before
    // the session closes and drops it.
    relayMining: { claimWindow: 10, proofWindow: 20 },
  });
  unsubscribe = (await net.api.query.system.events((records) => {
    for (const r of records) if (['settlement', 'tiqe', 'jobs', 'relayMining'].includes(r.event.section)) events.push(r);
  })) as unknown as () => void;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await dashboard?.stop();
  unsubscribe?.();
  await net?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(cliHome, { recursive: true, force: true });
});

const eventData = (method: string) => events.filter((r) => r.event.method === method).map((r) => r.event.data.toJSON() as unknown[]);

async function getJson(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${dashboard!.url}${path}`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** `sibyl status` for the supplier, signing nothing: its key as the development URI. */
function supplierStatus(...args: string[]): Promise<SibylRun> {
  return sibyl(['status', '--key', '//Bob', '--rpc', net.rpc, '--home', cliHome, '--json', ...args]);
}

const shot = (name: string) => join(ARTIFACTS, `${name}.png`);
const innerText = (selector: string) => page.$eval(selector, (el) => (el as unknown as { innerText: string }).innerText);

/** What later tests check, set up while the first one runs (a job takes a TIQE+ round to settle). */
const pending: {
  claimStatus?: SibylRun;
  settledAtHead?: number;
  job?: number;
  motion?: { hash: string; index: number };
} = {};

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
  // While the claim is on chain and proven (until its session closes), the supplier's status shows it.
  await until('the supplier’s proof', () => eventData('ClaimProven').find((d) => d[1] === supplier), 200_000);
  pending.claimStatus = await supplierStatus('--sessions', '4');
  const settled = await until('the settlement', () => eventData('Settled').find((d) => d[1] === supplier), 200_000);
  await until('the supplier’s finalized TIQE+ round', () => eventData('RoundFinalized').find((d) => d[1] === supplier), 30_000);
  const settledSession = Number(settled[0]);
  const head = (await net.api.rpc.chain.getHeader()).number.toNumber();
  pending.settledAtHead = head;
  // Now, so that they are under way while the pages below are checked: a job (answered by the
  // supplier daemon, scored, settled) and a Council motion that stays open.
  pending.job = await submitJob();
  pending.motion = await openMotion();

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
  page = await browser.page();
  const url = dashboard.url;

  await screenshot(page, `${url}/#/`, '#summary', shot('summary'));
  const summaryText = await innerText('#summary');
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

/** Submits a chat job as the application (Dave); returns its id. */
async function submitJob(): Promise<number> {
  const input = JSON.stringify({ kind: 'chat', messages: [{ role: 'user', content: 'What is the capital of France?' }], stop: [] });
  // An upper bound on the prompt's tokens under the dev model's template, as jobs-network.e2e declares.
  const sampling = { maxTokens: 12, temperatureMilli: 0, topPMilli: 1000, seed: null };
  const { events: submitted } = await signAndWait(net.api, net.api.tx.jobs.submit(net.modelId, input, 64, sampling, sbl('0.001')), net.actors.app);
  return Number(findEvent(submitted, 'jobs', 'JobSubmitted')!.event.data[0]!.toString());
}

/**
 * Proposes a pricing change to the Council as Alice with a threshold of two, Alice voting aye and
 * Charlie nay: short of its threshold, it stays open. (Bob, the third member, is the supplier,
 * whose daemon signs with the same key; the test does not sign for it.)
 */
async function openMotion(): Promise<{ hash: string; index: number }> {
  const { api } = net;
  const [alice, charlie] = await Promise.all([devAccount('Alice'), devAccount('Charlie')]);
  const current = await api.query.pricing.parameters();
  const call = api.tx.pricing.setParameters({ delta: Math.min(1_000_000, current.delta.toNumber() * 2 + 1), targetUtilization: current.targetUtilization, capMultiple: current.capMultiple });
  const proposed = await signAndWait(api, api.tx.council.propose(2, call.method, call.method.encodedLength), alice);
  const event = proposed.events.map(({ event: e }) => e).find((e) => api.events.council.Proposed.is(e));
  if (!event || !api.events.council.Proposed.is(event)) throw new Error('council.propose emitted no Proposed event');
  const { proposalHash, proposalIndex } = event.data;
  await signAndWait(api, api.tx.council.vote(proposalHash, proposalIndex, true), alice);
  await signAndWait(api, api.tx.council.vote(proposalHash, proposalIndex, false), charlie);
  return { hash: proposalHash.toHex(), index: proposalIndex.toNumber() };
}

test('sibyl status for the supplier: its stake, the proven claim while on chain, then the settled session’s α and earnings', async () => {
  const supplier = net.actors.supplier.address;
  type Report = {
    address: string;
    block: { number: number; hash: string };
    session: { current: number };
    stakes: { supplier: { active: string; config?: { models: number[] } } | null };
    claims: { session: number; app: string; model: number; relays: number; computeUnits: number; paths: number; proven: boolean }[];
    quality: { lastAlpha: number | null; reputation: number | null; sessions: { session: number; meanAlpha: number; rounds: number }[] };
    recent: { asSupplier: { settled: number; earned: string } };
  };
  const proof = eventData('ClaimProven').find((d) => d[1] === supplier)!;
  const claimed = eventData('Claimed').find((d) => d[1] === supplier && d[0] === proof[0])!;
  const atClaim = pending.claimStatus!;
  if (atClaim.code !== 0) throw new Error(`sibyl status exited ${atClaim.code}: ${atClaim.stderr}`);
  const before = jsonOf<Report>(atClaim);
  expect(before.address).toBe(supplier);
  expect(before.claims).toContainEqual(
    expect.objectContaining({
      session: Number(proof[0]),
      app: net.actors.app.address,
      model: net.modelId,
      relays: (claimed[4] as { count: number }).count,
      computeUnits: Number((claimed[4] as { sum: number | string }).sum),
      proven: true,
    }),
  );

  const settled = eventData('Settled').find((d) => d[1] === supplier)!;
  const settledSession = Number(settled[0]);
  const head = (await net.api.rpc.chain.getHeader()).number.toNumber();
  // From a few blocks before the settlement was seen to now (the lookback is bounded at 500).
  const blocks = Math.min(500, head - pending.settledAtHead! + 10);
  const result = await supplierStatus('--sessions', '16', '--blocks', String(blocks));
  if (result.code !== 0) throw new Error(`sibyl status exited ${result.code}: ${result.stderr}`);
  const after = jsonOf<Report>(result);
  expect(after.stakes.supplier?.config?.models).toContain(net.modelId);
  expect(Number(after.stakes.supplier?.active)).toBeGreaterThan(0);
  expect(after.session.current).toBeGreaterThan(settledSession);
  // The session's claim is settled and dropped; its α and what it paid the supplier remain.
  expect(after.claims.some((c) => c.session === settledSession)).toBe(false);
  // α and reputation as the chain had them at the block the report was read at (the job's round
  // may finalize while the command runs), and that α is a finalized round's.
  const at = await net.api.at(after.block.hash);
  const [quality, reputation] = await Promise.all([at.query.tiqe.quality(supplier), at.query.tiqe.reputation(supplier)]);
  expect(after.quality.lastAlpha).toBe(quality.unwrap().toNumber() / 1_000_000);
  expect(after.quality.reputation).toBe(reputation.unwrap().toNumber() / 1_000_000);
  const alphas = eventData('RoundFinalized').filter((d) => d[1] === supplier).map((d) => Number(d[2]) / 1_000_000);
  expect(alphas).toContain(after.quality.lastAlpha);
  const scored = after.quality.sessions.find((s) => s.session === settledSession);
  expect(scored?.rounds).toBeGreaterThanOrEqual(1);
  expect(scored!.meanAlpha).toBeGreaterThan(0);
  expect(after.recent.asSupplier.settled).toBeGreaterThanOrEqual(1);
  const paid = BigInt((settled[11] as Record<string, number | string>).supplier!);
  expect(sbl(after.recent.asSupplier.earned)).toBeGreaterThanOrEqual(paid);
}, 60_000);

test('an open Council motion is listed with its call and votes, in the API and on the governance page; a passed one changes the parameters shown', async () => {
  const { hash, index } = pending.motion!;
  const [alice, charlie] = await Promise.all([devAccount('Alice'), devAccount('Charlie')]);
  type Motion = { hash: string; index?: number; call?: { section: string; method: string; args: unknown }; threshold?: number; ayes: string[]; nays: string[]; end?: number };
  const motion = await until(
    'the motion on /api/governance',
    async () => ((await getJson('/api/governance')).body as { council: { motions: Motion[] } }).council.motions.find((m) => m.hash === hash && m.nays.length === 1),
    30_000,
  );
  expect(motion).toMatchObject({ index, threshold: 2, ayes: [alice.address], nays: [charlie.address], call: { section: 'pricing', method: 'setParameters' } });
  expect(motion.end).toBeGreaterThan(0);
  expect(JSON.stringify(motion.call?.args)).toContain('delta');

  await screenshot(page, `${dashboard!.url}/#/governance`, '#governance', shot('governance'));
  const text = await innerText('#governance');
  expect(text).toContain('pricing.setParameters');
  expect(text).toMatch(/1 \/ 2/);
  // Who voted which way, by short address.
  for (const voter of [alice.address, charlie.address]) expect(text).toContain(`${voter.slice(0, 6)}…${voter.slice(-6)}`);
  expect(text).not.toContain('No open motion.');

  // A motion that passes (Alice and Charlie, a majority) and executes: the parameter it sets is
  // shown at once (a ParametersSet event drops the cached reads), and it is no longer listed.
  const { api } = net;
  const current = await api.query.models.parameters();
  const maxRoyalty = current.maxRoyalty.toNumber() + 10_000_000;
  const call = api.tx.models.setParameters({ depositBase: current.depositBase, depositPerByte: current.depositPerByte, maxRoyalty });
  await passCouncilMotion(api, call, [alice, charlie]);
  const governance = await until(
    'the new models.parameters on /api/governance',
    async () => {
      const g = (await getJson('/api/governance')).body as { parameters: { models: { maxRoyalty: number } }; council: { motions: Motion[]; proposalCount: number } };
      return g.parameters.models.maxRoyalty === maxRoyalty ? g : undefined;
    },
    30_000,
  );
  expect(governance.council.motions.map((m) => m.hash)).toEqual([hash]);
  expect(governance.council.proposalCount).toBe(2);
  // The open page follows by itself (live updates, docs/dashboard.md): no reload.
  await page.waitForFunction(`/maxRoyalty\\s+${maxRoyalty}\\b/.test(document.querySelector('#governance')?.innerText ?? '')`, { timeout: 30_000 });
  await page.screenshot({ path: shot('governance-passed') as `${string}.png`, fullPage: true });
  const passed = await innerText('#governance');
  expect(passed).toContain('2 motions proposed so far');
  expect(passed).not.toContain('models.setParameters');
});

test('an on-chain job answered by the supplier daemon and settled: its API record and page', async () => {
  const job = pending.job!;
  const supplier = net.actors.supplier.address;
  const completed = await until('the supplier’s answer to the job', () => eventData('JobCompleted').find((d) => d[0] === job), 180_000);
  expect(completed[1]).toBe(supplier);
  const jobSettled = await until('the job’s settlement', () => eventData('JobSettled').find((d) => d[0] === job), 240_000);
  const head = (await net.api.rpc.chain.getHeader()).number.toNumber();
  await dashboard!.indexer.reached(head, 60_000);

  type JobView = {
    id: number;
    onChain?: { app: string; model: number; status: string; supplier?: string; output?: string; completionTokens?: number; charged?: string };
    indexed?: { status: string; supplier?: string; computeUnits?: string; charged?: string };
  };
  const view = await until(
    'the job settled on /api/jobs',
    async () => {
      const { status, body } = await getJson(`/api/jobs/${job}`);
      const v = body as JobView;
      return status === 200 && v.indexed?.status === 'settled' && v.onChain?.charged !== undefined ? v : undefined;
    },
    30_000,
  );
  expect(view.onChain).toMatchObject({ app: net.actors.app.address, model: net.modelId, status: 'Completed', supplier });
  expect(view.onChain!.output!.length).toBeGreaterThan(0);
  expect(view.onChain!.completionTokens).toBeGreaterThan(0);
  expect(view.onChain!.charged).toBe(String(jobSettled[1]));
  expect(view.indexed).toMatchObject({ status: 'settled', supplier, computeUnits: String(completed[4]), charged: String(jobSettled[1]) });
  const usage = (await getJson('/api/usage')).body as { jobs: { byStatus: Record<string, number>; recent: { job: number }[] } };
  expect(usage.jobs.recent.some((j) => j.job === job)).toBe(true);

  await screenshot(page, `${dashboard!.url}/#/job/${job}`, '#job', shot('job'));
  const text = await innerText('#job');
  expect(text).toContain(`Job #${job}`);
  expect(text).toContain(supplier);
  expect(text).toContain(view.onChain!.output!.trim());
  expect(text).toContain('What is the capital of France?');
}, 300_000);

