/**
 * @jest-environment ./test/support/native-arrays-environment.js
 *
 * TIQE+ end to end on the local network (issue 4 acceptance): two suppliers serve the dev model —
 * one honestly, one a Q2_K re-quantization passed off as the registered file — and claim and prove
 * their mined relays when the session ends. Each proof's opened relays become a TIQE+ round; a
 * committee of five validator daemons
 * (three honest, with 78% of the stake; one that always votes 1 and one that always votes 0)
 * fetches them over NATS, scores them, commits and reveals. The chain lands on the honest median:
 * the honest supplier keeps α above the threshold, the degraded one falls below it and loses
 * reputation, and both liars are slashed for deviating — one high, one low. A third supplier goes
 * away after proving its claim, so it cannot reveal the relays: it is voted withheld and slashed.
 * Each round's α then settles the claim: the degraded supplier is paid less, the rest refunded.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { EventRecord } from '@polkadot/types/interfaces';
import { accountFromUri, sbl, signAndWait } from '@sibyl/chain-client';
import { SupplierDaemon, llamaTool } from '@sibyl/supplier';
import { DEFAULT_DEV_MODEL, ModelFetcher } from '@sibyl/model-runtime';
import type { LocalNetwork } from '@sibyl/localnet';
import { SupplierProcess, startSessionWith } from '@sibyl/localnet';
import { hash256, signEnvelope, subjects, type RelayFrame } from '@sibyl/protocol';
import { RawGateway } from './support/raw-gateway.js';
import { ValidatorDaemon } from '@sibyl/validator';
import type { NatsConnection } from '@nats-io/transport-node';
import { startTestNetwork } from './support/test-network.js';
import { until } from './support/until.js';

let net: LocalNetwork;
let nats: NatsConnection;
let raw: RawGateway;
let degradedSupplier: SupplierDaemon;
let vanishingSupplier: SupplierProcess;
let mallory: KeyringPair;
let trent: KeyringPair;
const validators: ValidatorDaemon[] = [];
const events: EventRecord[] = [];
let unsubscribeEvents: (() => void) | undefined;
let nonce = 1n;

const log = process.env.SIBYL_TEST_LOG ? (line: string) => console.error(line) : () => undefined;

async function fund(to: string, amount: bigint): Promise<void> {
  await signAndWait(net.api, net.api.tx.balances.transferKeepAlive(to, amount), net.actors.source);
}

beforeAll(async () => {
  const fetcher = new ModelFetcher();
  const modelPath = await fetcher.ensure(DEFAULT_DEV_MODEL.artifact);
  const q2k = join(fetcher.cacheDir, 'models', `${DEFAULT_DEV_MODEL.artifact.sha256}.Q2_K.gguf`);
  if (!existsSync(q2k)) execFileSync(llamaTool('llama-quantize'), ['--allow-requantize', modelPath, q2k, 'Q2_K'], { stdio: 'ignore' });

  net = await startTestNetwork({
    blockIntervalMs: 1_000,
    // Long enough that each supplier's three relays usually share a session, hence one claim.
    sessions: { sessionLength: 30, suppliersPerSession: 8 },
    // Three paths per proof: a round evaluates up to three of a claim's relays. Claim and proof
    // windows of a minute or more: with eight parties evaluating on two cores, a transaction can
    // wait 20-50 s for its block while the 1 s ticker and everyone else's transactions add
    // blocks, so the default ten-block windows close before a claim sent at their open lands.
    relayMining: { basePaths: 3, maxPaths: 3, claimWindow: 60, proofWindow: 60 },
    supplierCapacity: 1,
    contextLength: 1024,
    // Windows counted in blocks pass quickly: every commit and reveal is a block on the dev chain.
    tiqe: { committeeSize: 5, relaysPerRound: 3, commitWindow: 120, revealWindow: 60 },
  });
  nats = await net.connectBus(net.actors.gateway);
  raw = new RawGateway(nats, net.actors.gateway);
  unsubscribeEvents = (await net.api.query.system.events((records) => {
    for (const r of records) {
      if (!['tiqe', 'relayMining', 'settlement'].includes(r.event.section)) continue;
      events.push(r);
      // Trent dies the moment its claim is proven: its round opens in the next block, and a
      // validator idle at that moment asks for the relays within a second — sooner than a
      // polling test would stop it.
      if (trent && r.event.method === 'ClaimProven' && (r.event.data.toJSON() as unknown[])[1] === trent.address) vanishingSupplier.kill();
    }
  })) as unknown as () => void;

  // The dishonest supplier: staked for the dev model, serving a Q2_K file in its place.
  // The drill is the model file it is given: the daemon is the real one.
  mallory = await stakeExtraSupplier('//Mallory');
  degradedSupplier = await SupplierDaemon.start({
    rpc: net.rpc,
    nats: net.nats,
    suri: '//Mallory',
    capacity: 1,
    contextLength: 1024,
    dataDir: mkdtempSync(join(tmpdir(), 'sibyl-mallory-')),
    modelFile: async () => q2k,
    log: (line) => log(`mallory: ${line}`),
  });
  // A supplier that will not be there to reveal.
  trent = await stakeExtraSupplier('//Trent');
  vanishingSupplier = new SupplierProcess({
    rpc: net.rpc,
    nats: net.nats,
    suri: '//Trent',
    address: trent.address,
    capacity: 1,
    contextLength: 1024,
    dataDir: mkdtempSync(join(tmpdir(), 'sibyl-trent-')),
    log,
  });
  await vanishingSupplier.start(nats);
  // Sessions snapshot suppliers at their start: serve from one that includes the newcomers.
  await startSessionWith(net.api, net.chain, net.actors.app.address, net.modelId, [net.actors.supplier.address, mallory.address, trent.address]);

  // Committee: Eve (1000, provisioned) and two more honest validators (3000 each); two liars (1000 each): 2/9 of the stake.
  const members: { suri: string; stake: bigint; lie?: number }[] = [
    { suri: '//Eve', stake: 0n },
    { suri: '//Validator2', stake: sbl(3_000) },
    { suri: '//Validator3', stake: sbl(3_000) },
    { suri: '//LiarHigh', stake: sbl(1_000), lie: 1 },
    { suri: '//LiarLow', stake: sbl(1_000), lie: 0 },
  ];
  for (const m of members.filter((m) => m.stake > 0n)) {
    const account = await accountFromUri(m.suri);
    await fund(account.address, m.stake + sbl(100));
    await signAndWait(net.api, net.api.tx.stakes.registerValidator(m.stake), account);
  }
  for (const m of members) {
    validators.push(
      await ValidatorDaemon.start({
        rpc: net.rpc,
        nats: net.nats,
        suri: m.suri,
        dataDir: mkdtempSync(join(tmpdir(), 'sibyl-validator-')),
        // A liar is the real daemon voting what it was told instead of what TIQE+ found.
        scoreRound: m.lie === undefined ? undefined : async () => m.lie!,
        log: (line) => log(`${m.suri}: ${line}`),
      }),
    );
  }
}, 900_000);

/** Funds and stakes `suri` as a supplier of the dev model. */
async function stakeExtraSupplier(suri: string): Promise<KeyringPair> {
  const account = await accountFromUri(suri);
  await fund(account.address, sbl(5_000));
  await signAndWait(net.api, net.api.tx.stakes.registerSupplier(sbl(2_000), [net.modelId], subjects.relay(account.address), 50, { Single: null }), account);
  return account;
}

afterAll(async () => {
  unsubscribeEvents?.();
  for (const v of validators) await v.stop().catch(() => undefined);
  await degradedSupplier?.stop().catch(() => undefined);
  await vanishingSupplier?.stop().catch(() => undefined);
  await nats?.close();
  await net?.stop();
});

const PROMPTS = [
  'What is the capital of France?',
  'Explain in one sentence what photosynthesis does.',
  'Give three tips for sleeping better.',
  'Why is the sky blue?',
];

/**
 * Sends one chat relay to `supplier` as the dev gateway and waits for its end. Half the relays
 * are sampled with a seed (validators replay them draw by draw), half greedy.
 */
async function relay(supplier: string, prompt: string): Promise<RelayFrame> {
  const sampled = nonce % 2n === 1n;
  const body = JSON.stringify({ kind: 'chat', messages: [{ role: 'user', content: prompt }], stop: [] });
  const envelope = signEnvelope(
    {
      session: (await net.api.query.sessions.currentSession()).toBigInt(),
      app: net.actors.app.address,
      gateway: net.actors.gateway.address,
      supplier,
      model: net.modelId,
      requestHash: hash256(body),
      // An upper bound on these prompts' tokens: what the app would pay for at most.
      promptTokens: 128,
      sampling: sampled
        ? { maxTokens: 32, temperatureMilli: 800, topPMilli: 950, seed: nonce * 7919n }
        : { maxTokens: 32, temperatureMilli: 0, topPMilli: 1000, seed: null },
      nonce: nonce++,
    },
    net.actors.gateway,
  );
  // No frame at all means nobody took the request (no responders): a supplier that is still
  // (re)subscribing on a loaded machine. The same envelope is sent again: its nonce was not used.
  for (let attempt = 1; ; attempt++) {
    const { frames } = await raw.relay(supplier, { envelope, body }, { timeoutMs: 120_000 });
    const last = frames.at(-1);
    if (last?.t === 'done' || last?.t === 'error') return last;
    if (frames.length > 0 || attempt === 10) throw new Error(`relay to ${supplier} ended after ${frames.length} frame(s), attempt ${attempt}`);
    await new Promise((r) => setTimeout(r, 3_000));
  }
}

type Finalized = { round: bigint; supplier: string; alpha: number; median: number; reputation: number };
function finalized(): Finalized[] {
  return events
    .filter((r) => r.event.method === 'RoundFinalized')
    .map((r) => {
      const d = r.event.data.toJSON() as unknown as [number, string, number, number, number, number, boolean];
      return { round: BigInt(d[0]), supplier: d[1], alpha: d[2] / 1e6, median: d[3] / 1e6, reputation: d[4] / 1e6 };
    });
}


test('the committee lands on the honest median: the degraded supplier falls below α, liars are slashed', async () => {
  const honest = net.actors.supplier.address;
  // Prompts with answers long enough to tell a Q2_K from the registered file: on a one-line
  // answer ("The capital of France is Paris.") both draw the same tokens, and a round that
  // samples only that relay (a session boundary can split the relays into claims of one) has
  // nothing to catch.
  for (const prompt of PROMPTS.slice(1, 4)) {
    expect((await relay(honest, prompt)).t).toBe('done');
    expect((await relay(mallory.address, prompt)).t).toBe('done');
    expect((await relay(trent.address, prompt)).t).toBe('done');
  }
  // Trent claims and proves its relays when the session ends, then goes away (killed as the
  // proof lands, above) before the committee can ask for them.
  await until(
    'Trent’s proven claim',
    () => (events.some((r) => r.event.method === 'ClaimProven' && (r.event.data.toJSON() as unknown[])[1] === trent.address) ? true : undefined),
    300_000,
  );
  await vanishingSupplier.stop();
  const both = await until(
    'a finalized round for each supplier',
    () => {
      const done = finalized();
      const h = done.find((f) => f.supplier === honest);
      const m = done.find((f) => f.supplier === mallory.address);
      return h && m ? { h, m } : undefined;
    },
    600_000,
  );
  // The model's calibrated threshold, which the chain applies to its rounds.
  const calibration = await net.api.query.tiqe.calibrations(net.modelId);
  const threshold = (calibration.isSome ? calibration.unwrap().alphaThreshold : (await net.api.query.tiqe.parameters()).alphaThreshold).toNumber() / 1e6;
  expect(both.h.alpha).toBeGreaterThanOrEqual(threshold);
  expect(both.m.alpha).toBeLessThan(threshold);
  expect(both.m.reputation).toBeLessThan(both.h.reputation);
  expect(events.some((r) => r.event.method === 'LowQuality' && (r.event.data.toJSON() as unknown[])[1] === mallory.address)).toBe(true);

  const slashed = events
    .filter((r) => r.event.method === 'ValidatorSlashed')
    .map((r) => r.event.data.toJSON() as unknown as [number, string, string, number]);
  const liarHigh = (await accountFromUri('//LiarHigh')).address;
  const liarLow = (await accountFromUri('//LiarLow')).address;
  expect(slashed.some(([round, who, reason]) => BigInt(round) === both.m.round && who === liarHigh && reason === 'ScoreDeviation')).toBe(true);
  expect(slashed.some(([round, who, reason]) => BigInt(round) === both.h.round && who === liarLow && reason === 'ScoreDeviation')).toBe(true);

  // The supplier that could not reveal: voted withheld by the committee and slashed.
  const trentsRound = await until(
    'Trent’s round',
    () => {
      const done = finalized().find((f) => f.supplier === trent.address);
      if (done) return done;
      // A void round or a dropped batch ends the wait with what happened, not a timeout.
      const ended = events.find(
        (r) => (r.event.method === 'RoundVoid' || r.event.method === 'BatchDropped') && (r.event.data.toJSON() as unknown[])[1] === trent.address,
      );
      return ended ? `${ended.event.method} ${JSON.stringify(ended.event.data.toJSON())}` : undefined;
    },
    600_000,
  );
  // On a void round this fails showing the event (its reason and how many revealed).
  expect(trentsRound).toMatchObject({ supplier: trent.address });
  const withheld = trentsRound as Finalized;
  expect(withheld.alpha).toBe(0);
  expect(
    events.some((r) => {
      const d = r.event.data.toJSON() as unknown[];
      return r.event.method === 'SupplierSlashed' && d[1] === trent.address && d[2] === 'MissingRelayReveal';
    }),
  ).toBe(true);
  const honestMembers = await Promise.all(['//Eve', '//Validator2', '//Validator3'].map(async (s) => (await accountFromUri(s)).address));
  expect(slashed.filter(([, who]) => honestMembers.includes(who))).toEqual([]);

  // Settlement follows each round: the supplier is paid its share × α, the rest is refunded.
  const settledFor = (who: string) =>
    events
      .filter((r) => r.event.method === 'Settled' && (r.event.data.toJSON() as unknown[])[1] === who)
      .map((r) => r.event.data.toJSON() as unknown as [number, string, string, number, string, string, number, number | null, string | null, string, string, Record<string, string | number>]);
  const honestPay = await until('the honest supplier’s settlement', () => settledFor(honest)[0], 120_000);
  const degradedPay = await until('the degraded supplier’s settlement', () => settledFor(mallory.address)[0], 120_000);
  expect(honestPay[6] / 1e6).toBeGreaterThanOrEqual(threshold);
  expect(degradedPay[6] / 1e6).toBeLessThan(threshold);
  expect(BigInt(degradedPay[11].refunded!)).toBeGreaterThan(BigInt(honestPay[11].refunded!));
}, 900_000);
