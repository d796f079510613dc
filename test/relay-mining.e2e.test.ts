/**
 * @jest-environment ./test/support/native-arrays-environment.js
 *
 * Relay mining end to end on the local network (issue 5 acceptance): K chat completions through
 * the gateway with the official `openai` SDK; when their session ends the supplier claims the
 * root of its mined-relay tree, proves the paths the chain draws after the claim (three: each
 * after the first sent without the top of the tree it shares with the one before), the proof's
 * relays become a TIQE+ round the dev validator scores, and the round's α settles the claim. The
 * settlement's amounts are checked against the formula: CU from the signed usage and the model's
 * weights, the session's price, the spend limit, the shares and α; and the application's deposit
 * loses exactly what was charged.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import OpenAI from 'openai';
import type { EventRecord } from '@polkadot/types/interfaces';
import { freePort, type LocalNetwork } from '@sibyl/localnet';
import { startTestNetwork } from './support/test-network.js';
import { until } from './support/until.js';

let net: LocalNetwork;
let client: OpenAI;
const events: EventRecord[] = [];
let unsubscribe: (() => void) | undefined;
let metricsPort: number;
const K = 5;

beforeAll(async () => {
  metricsPort = await freePort();
  net = await startTestNetwork({
    supplierMetricsPort: metricsPort,
    blockIntervalMs: 1_000,
    validator: true,
    sessions: { sessionLength: 40 },
    // Three paths, more than such a small claim needs, so that later paths' shared-branch
    // encoding is checked by the real runtime too.
    relayMining: { basePaths: 3, maxPaths: 3 },
    tiqe: { commitWindow: 20, revealWindow: 10 },
  });
  client = new OpenAI({ baseURL: net.gateway, apiKey: net.apiKey, maxRetries: 0 });
  unsubscribe = (await net.api.query.system.events((records) => {
    for (const r of records) if (['relayMining', 'settlement', 'tiqe', 'pricing'].includes(r.event.section)) events.push(r);
  })) as unknown as () => void;
}, 300_000);

afterAll(async () => {
  unsubscribe?.();
  await net?.stop();
});


const eventData = (method: string) =>
  events.filter((r) => r.event.method === method).map((r) => r.event.data.toJSON() as unknown as unknown[]);

test('K relays through the gateway are claimed, proven, evaluated and settled by the formula', async () => {
  const session = (await net.api.query.sessions.currentSession()).toBigInt();
  const deposit = async () => (await net.api.query.stakes.bonds('Application', net.actors.app.address)).unwrap().active.toBigInt();
  const depositBefore = await deposit();
  const weights = (await net.api.query.models.registry(net.modelId)).unwrap().computeWeights;
  let computeUnits = 0n;
  for (let i = 0; i < K; i++) {
    const reply = await client.chat.completions.create({
      model: net.modelName,
      messages: [{ role: 'user', content: `Name one thing that is ${['red', 'blue', 'green', 'small', 'loud'][i]}.` }],
      max_tokens: 16,
    });
    computeUnits += BigInt(reply.usage!.prompt_tokens) * weights.promptToken.toBigInt() + BigInt(reply.usage!.completion_tokens) * weights.completionToken.toBigInt();
  }
  // All K relays are in one session (40 blocks) unless it ended meanwhile; claims are per session.
  const inSession = (await net.api.query.sessions.currentSession()).toBigInt() === session;

  const claimed = await until('the claim', () => eventData('Claimed').find((d) => BigInt(d[0] as number) === session), 240_000);
  const root = claimed[4] as { sum: number; count: number };
  expect(claimed[5]).toBe(3);
  if (inSession) {
    expect(BigInt(root.sum)).toBe(computeUnits);
    expect(root.count).toBe(K);
  }
  const proven = await until('the proof', () => eventData('ClaimProven').find((d) => BigInt(d[0] as number) === session), 120_000);
  // Every relay mined (probability 1 before any difficulty update): the estimate is the sum.
  expect(BigInt(proven[4] as number)).toBe(BigInt(root.sum));

  const awaiting = await until('the TIQE+ round', () => eventData('AwaitingEvaluation').find((d) => BigInt(d[1] as number) === session), 60_000);
  const round = awaiting[0] as number;
  const finalized = await until('the round’s end', () => eventData('RoundFinalized').find((d) => d[0] === round), 240_000);
  const settled = await until('the settlement', () => eventData('Settled').find((d) => BigInt(d[0] as number) === session), 60_000);
  const [, supplier, app, , estimatedCu, price, alpha, scoredBy, , gross, charged, payout] = settled as [
    number, string, string, number, number, number, number, number | null, string | null, string | number, string | number, Record<string, string | number>,
  ];
  // Settled by the round's own α, and says so.
  expect(scoredBy).toBe(round);
  expect(supplier).toBe(net.actors.supplier.address);
  expect(app).toBe(net.actors.app.address);
  expect(alpha).toBe(finalized[2]);
  expect(BigInt(estimatedCu)).toBe(BigInt(root.sum));
  const sessionPrice = (await net.api.query.pricing.sessionPrices(session, net.modelId)).unwrap().toBigInt();
  expect(BigInt(price)).toBe(sessionPrice);
  const limit = (await net.api.query.stakes.applications(app)).unwrap().spendLimit.toBigInt();
  const expectedGross = [(BigInt(estimatedCu) * sessionPrice) / 1000n, limit].reduce((a, b) => (a < b ? a : b));
  expect(BigInt(gross)).toBe(expectedGross);

  // The split: supplier 70% × α (the rest refunded), royalty 10% (the model's), validators 10%,
  // gateways 5% in equal parts per opened relay, the treasury the rest. Perbill products round
  // to the nearest unit, ties down.
  const share = (parts: bigint, of: bigint) => (of * parts + 499_999_999n) / 1_000_000_000n;
  const g = BigInt(gross);
  const supplierShare = share(700_000_000n, g);
  const p = Object.fromEntries(Object.entries(payout).map(([k, v]) => [k, BigInt(v)]));
  expect(p.supplier! + p.refunded!).toBe(supplierShare);
  expect(p.supplier).toBe((supplierShare * BigInt(alpha)) / 1_000_000n);
  expect(p.royalty).toBe(share(100_000_000n, g));
  expect(p.validators! + 1n).toBeGreaterThanOrEqual(share(100_000_000n, g));
  const paths = BigInt(claimed[5] as number);
  expect(p.gateways).toBeLessThanOrEqual(share(50_000_000n, g));
  expect(p.gateways! + paths).toBeGreaterThan(share(50_000_000n, g));
  expect(p.supplier! + p.royalty! + p.validators! + p.gateways! + p.treasury!).toBe(BigInt(charged));
  expect(BigInt(charged)).toBe(g - p.refunded!);
  expect(depositBefore - (await deposit())).toBe(BigInt(charged));

  // The supplier's Prometheus metrics follow the claim (node runners watch these).
  const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
  // Sum of a counter's samples whose labels include every `label="value"` given.
  const metric = (name: string, ...labels: string[]) =>
    metrics
      .split('\n')
      .filter((line) => line.startsWith(`${name}{`) && labels.every((l) => line.includes(l)))
      .reduce((n, line) => n + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
  expect(metric('sibyl_supplier_mined_relays_total')).toBeGreaterThanOrEqual(root.count);
  expect(metric('sibyl_supplier_claims_total', 'step="claimed"')).toBeGreaterThanOrEqual(1);
  expect(metric('sibyl_supplier_claims_total', 'step="proven"')).toBeGreaterThanOrEqual(1);

  // Settled usage feeds the next repricing.
  const usage = (await net.api.query.pricing.usage(net.modelId)).toBigInt();
  expect(usage === BigInt(estimatedCu) || eventData('PriceUpdated').some((d) => BigInt(d[3] as number) >= BigInt(estimatedCu))).toBe(true);
}, 900_000);
