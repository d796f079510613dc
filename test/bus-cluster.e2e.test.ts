/**
 * The bus as a cluster of three nats-servers (docs/bus.md, "A cluster"), on the real processes:
 * the jobs stream is stored on all three, and when the server holding the supplier's connection
 * is killed outright under load, every stream in flight either completes or ends with a clean
 * error, the gateway and supplier reconnect to the others and serve again, and no on-chain job
 * is lost.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import type { EventRecord } from '@polkadot/types/interfaces';
import OpenAI from 'openai';
import { jetstreamManager } from '@nats-io/jetstream';
import { findEvent, signAndWait } from '@sibyl/chain-client';
import type { LocalNetwork } from '@sibyl/localnet';
import { JOBS_STREAM } from '@sibyl/protocol';
import { startTestNetwork } from './support/test-network.js';
import { until } from './support/until.js';

let net: LocalNetwork;
let client: OpenAI;
const events: EventRecord[] = [];
let unsubscribe: (() => void) | undefined;

beforeAll(async () => {
  // Four slots: three for the streams, one left for the jobs (a job has `job_timeout`, 20 blocks, to be answered).
  net = await startTestNetwork({ natsServers: 3, supplierCapacity: 4, contextLength: 1024, blockIntervalMs: 2_000 });
  client = new OpenAI({ baseURL: net.gateway, apiKey: net.apiKey, maxRetries: 0, timeout: 90_000 });
  unsubscribe = (await net.api.query.system.events((records) => {
    for (const r of records) if (r.event.section === 'jobs') events.push(r);
  })) as unknown as () => void;
}, 300_000);

afterAll(async () => {
  unsubscribe?.();
  await net?.stop();
});

const completed = () => events.filter((r) => r.event.method === 'JobCompleted').map((r) => Number(r.event.data[0]!.toString()));

async function submitJob(n: number): Promise<number> {
  const input = JSON.stringify({ kind: 'chat', messages: [{ role: 'user', content: `Say the number ${n}.` }], stop: [] });
  const { events: submitted } = await signAndWait(
    net.api,
    net.api.tx.jobs.submit(net.modelId, input, 64, { maxTokens: 8, temperatureMilli: 0, topPMilli: 1000, seed: null }, 10n ** 15n),
    net.actors.app,
  );
  return Number(findEvent(submitted, 'jobs', 'JobSubmitted')!.event.data[0]!.toString());
}

type Outcome = { ok: true; text: string } | { ok: false; error: string };

async function streamOnce(i: number): Promise<Outcome> {
  try {
    const stream = await client.chat.completions.create({
      model: net.modelName,
      messages: [{ role: 'user', content: `Count slowly from ${i} to ${i + 40}.` }],
      temperature: 0,
      max_tokens: 64,
      stream: true,
    });
    let text = '';
    let finish: string | null | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? '';
      finish = chunk.choices[0]?.finish_reason ?? finish;
    }
    return finish ? { ok: true, text } : { ok: false, error: 'stream ended without a finish reason' };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

test('the jobs stream is stored on all three servers', async () => {
  const info = await (await jetstreamManager(net.busClient)).streams.info(JOBS_STREAM);
  expect(info.config.num_replicas).toBe(3);
  expect(info.cluster?.replicas?.length).toBe(2);
});

test('one server of three killed under load: streams complete or fail cleanly, everyone reconnects, no job is lost', async () => {
  const supplierConnection = `sibyl-supplier-${net.actors.supplier.address}`;
  const victim = await net.bus.serverHolding(supplierConnection);
  expect(victim).toBeDefined();
  const before = await Promise.all([1, 2, 3].map(submitJob));
  const started = Date.now();
  const streams = Array.from({ length: 3 }, (_, i) => streamOnce(i * 50));
  await new Promise((r) => setTimeout(r, 1_500));
  await victim!.kill();
  const killedAt = Date.now();
  const after = await Promise.all([4, 5, 6].map(submitJob));

  // Every stream settles — completed, or a clean error — rather than hanging.
  const outcomes = await Promise.all(streams);
  const settledIn = Date.now() - killedAt;
  for (const o of outcomes) if (!o.ok) expect(o.error).toMatch(/supplier|bus|connection|timed out|terminated/i);
  expect(settledIn).toBeLessThan(80_000);

  // The supplier is back on another server and relays flow again.
  const back = await until('the supplier on another server', async () => (await net.bus.serverHolding(supplierConnection)) ?? undefined, 30_000);
  expect(back).not.toBe(victim);
  const answer = await until(
    'a relay after the kill',
    async () => (await streamOnce(7)).ok || undefined,
    60_000,
  );
  expect(answer).toBe(true);

  // Every job submitted before and after the kill is answered.
  const jobs = [...before, ...after];
  const ended = (method: string) => events.filter((r) => r.event.method === method).map((r) => Number(r.event.data[0]!.toString()));
  await until('every job answered', () => jobs.every((j) => completed().includes(j) || ended('JobExpired').includes(j)) || undefined, 240_000);
  expect(jobs.filter((j) => !completed().includes(j))).toEqual([]);
  console.log(
    `bus cluster fault: ${outcomes.filter((o) => o.ok).length}/${outcomes.length} streams completed, ${outcomes.filter((o) => !o.ok).length} ended with a clean error ` +
      `(${outcomes.filter((o) => !o.ok).map((o) => (o as { error: string }).error).join('; ')}); settled ${settledIn} ms after the kill; ` +
      `all ${jobs.length} jobs answered ${Math.round((Date.now() - started) / 1000)} s after the first`,
  );
}, 400_000);
