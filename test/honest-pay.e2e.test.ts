/**
 * @jest-environment ./test/support/native-arrays-environment.js
 *
 * Honest work is paid (issue 13 acceptance): the local network as `npm start` brings it up — dev
 * chain making a block every 2 s, NATS, a supplier serving the default model, the dev validator
 * and the gateway — takes 20 chat completions through the official `openai` SDK, greedy and
 * sampled, on varied questions. The supplier claims and proves them when their session ends,
 * TIQE+ scores each claim's sampled relays and settlement pays them: every round lands at or above
 * the model's registered α threshold, and every claim is settled on its round's α (none falls back
 * to reputation). The degraded side (a Q2_K supplier settling below the threshold) is
 * tiqe.e2e.test.ts.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { EventRecord } from '@polkadot/types/interfaces';
import type { LocalNetwork } from '@sibyl/localnet';
import OpenAI from 'openai';
import { startTestNetwork } from './support/test-network.js';
import { until } from './support/until.js';

/** Questions unlike the calibration prompts, of the kinds users ask. */
const QUESTIONS = [
  'What is the capital of Italy?',
  'Explain what a rainbow is in two sentences.',
  'Give three tips for staying focused while working.',
  'Why do we need sleep?',
  'Write a haiku about autumn leaves.',
  'What is 12 times 7?',
  'How do I make a cup of green tea?',
  'What does a firewall do on a computer network?',
  'Name three planets of the solar system.',
  'What is the difference between a lake and a sea?',
  'Suggest a name for a small coffee shop.',
  'How can I learn a new language faster?',
  'What is photosynthesis?',
  "Translate 'good night' into French.",
  'Why is exercise good for the heart?',
  'Describe a quiet beach at sunrise.',
  'What is an electric current?',
  'How do I write a short thank-you note?',
  'Who invented the telephone?',
  'What is a healthy breakfast?',
];

let net: LocalNetwork;
const events: EventRecord[] = [];
let unsubscribeEvents: (() => void) | undefined;

beforeAll(async () => {
  // What `npm start` runs: blocks every 2 s and the dev validator on the committee.
  net = await startTestNetwork({ blockIntervalMs: 2000, validator: true });
  unsubscribeEvents = (await net.api.query.system.events((records) => {
    for (const r of records) if (['tiqe', 'relayMining', 'settlement'].includes(r.event.section)) events.push(r);
  })) as unknown as () => void;
}, 600_000);

afterAll(async () => {
  unsubscribeEvents?.();
  await net?.stop();
});

const named = (method: string, supplier: string) =>
  events.filter((r) => r.event.method === method && String((r.event.data.toJSON() as unknown[])[1]) === supplier).map((r) => r.event.data.toJSON() as unknown[]);

test('20 honest chat relays are claimed, proven and settled at or above the registered α threshold', async () => {
  const client = new OpenAI({ baseURL: net.gateway, apiKey: net.apiKey, maxRetries: 0, timeout: 120_000 });
  const supplier = net.actors.supplier.address;
  const sessions = new Set<string>();
  for (const [i, question] of QUESTIONS.entries()) {
    sessions.add((await net.api.query.sessions.currentSession()).toString());
    // Half greedy, half sampled as clients leave it (the gateway seeds every sampled relay).
    const completion = await client.chat.completions.create({
      model: net.modelName,
      messages: [{ role: 'user', content: question }],
      max_tokens: 64,
      ...(i % 2 === 0 ? { temperature: 0 } : {}),
    });
    expect(completion.choices[0]?.message.content?.length).toBeGreaterThan(0);
    sessions.add((await net.api.query.sessions.currentSession()).toString());
  }

  // Every relay is claimed (the claims' trees count them), and every claim proven and settled.
  const ours = (method: string) => named(method, supplier).filter((d) => sessions.has(String(d[0])));
  const relaysIn = (claims: unknown[][]) => claims.reduce((sum: number, d) => sum + Number((d[4] as { count: number }).count), 0);
  const { claims, settled } = await until(
    'the relays claimed, proven and settled',
    () => {
      const claims = ours('Claimed');
      const settled = ours('Settled');
      return relaysIn(claims) >= QUESTIONS.length && settled.length === claims.length ? { claims, settled } : undefined;
    },
    600_000,
  ).catch((error: Error) => {
    // What the chain did instead: each event of the supplier's, by name.
    const seen = events.filter((r) => String((r.event.data.toJSON() as unknown[])[1]) === supplier).map((r) => `${r.event.method} ${JSON.stringify(r.event.data.toJSON())}`);
    throw new Error(`${error.message} (sessions ${[...sessions].join(', ')}):\n${seen.join('\n')}`);
  });
  expect(relaysIn(claims)).toBe(QUESTIONS.length);
  expect(ours('ClaimProven').length).toBe(claims.length);

  const calibration = await net.api.query.tiqe.calibrations(net.modelId);
  expect(calibration.isSome).toBe(true);
  const threshold = calibration.unwrap().alphaThreshold.toNumber();
  const rounds = named('RoundFinalized', supplier);
  expect(rounds.length).toBeGreaterThanOrEqual(claims.length);
  for (const round of rounds) expect(Number(round[2])).toBeGreaterThanOrEqual(threshold);
  for (const settlement of settled) {
    // [session, supplier, app, model, estimated_cu, price, alpha, round, unevaluated, …]
    expect(settlement[7]).not.toBeNull();
    expect(Number(settlement[6])).toBeGreaterThanOrEqual(threshold);
  }
  expect(named('LowQuality', supplier)).toEqual([]);
  expect(named('SupplierSlashed', supplier)).toEqual([]);
}, 900_000);
