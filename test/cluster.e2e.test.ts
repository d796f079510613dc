/**
 * Cross-device suppliers on real llama.cpp processes: two RPC workers hold every layer, a
 * coordinator (llama-server) drives them, and the supplier daemon serves the cluster through the
 * same relay interface as a single device, end to end through the gateway and the openai SDK.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import OpenAI from 'openai';
import { ClusterBackend, RpcWorker, type InferenceBackend } from '@sibyl/supplier';
import { DEFAULT_DEV_MODEL, ModelFetcher, SAMPLED_TOP_K } from '@sibyl/model-runtime';
import type { RelayBody, SamplingParams } from '@sibyl/protocol';
import { TeacherForcer, fidelityVerdict } from '@sibyl/validator';
import { freePort, type LocalNetwork } from '@sibyl/localnet';
import { startTestNetwork } from './support/test-network.js';

let workers: RpcWorker[] = [];
let modelPath: string;
let net: LocalNetwork | undefined;

beforeAll(async () => {
  modelPath = await new ModelFetcher().ensure(DEFAULT_DEV_MODEL.artifact);
  for (let i = 0; i < 2; i++) workers.push(await RpcWorker.start({ host: '127.0.0.1', port: await freePort(), threads: 1 }));
}, 120_000);

afterAll(async () => {
  await net?.stop();
  for (const w of workers) await w.stop();
});

const GREEDY: SamplingParams = { maxTokens: 24, temperatureMilli: 0, topPMilli: 1000, seed: null };
/** The relay sampling contract's sampled chain, seeded: both backends must draw the same tokens. */
const SEEDED: SamplingParams = { maxTokens: 24, temperatureMilli: 900, topPMilli: 950, seed: 4242n };

async function generate(backend: InferenceBackend, prompt: string, sampling: SamplingParams = GREEDY): Promise<string> {
  let text = '';
  await backend.generate({
    body: { kind: 'completion', prompt, stop: [] },
    sampling,
    signal: new AbortController().signal,
    onStart: () => undefined,
    onText: (t) => {
      text += t;
    },
  });
  return text;
}

test('RPC workers refuse public or wildcard addresses', async () => {
  await expect(RpcWorker.start({ host: '0.0.0.0', port: 50099 })).rejects.toThrow(/unauthenticated/);
  await expect(RpcWorker.start({ host: '8.8.8.8', port: 50099 })).rejects.toThrow(/private/);
});

test('a 2-worker cluster answers exactly as one device does (greedy, and sampled with a seed)', async () => {
  const prompt = 'The history of the printing press begins';
  const single = await ClusterBackend.start({ modelPath, workers: [], capacity: 1, contextLength: 512, threads: 1, repack: false });
  const alone = await generate(single, prompt);
  const aloneSeeded = await generate(single, prompt, SEEDED).finally(() => single.close());
  const cluster = await ClusterBackend.start({ modelPath, workers: workers.map((w) => w.endpoint), capacity: 1, contextLength: 512 });
  const split = await generate(cluster, prompt);
  const splitSeeded = await generate(cluster, prompt, SEEDED).finally(() => cluster.close());
  expect(alone.length).toBeGreaterThan(10);
  expect(split).toBe(alone);
  expect(splitSeeded).toBe(aloneSeeded);
}, 180_000);

test('two devices, the coordinator holding half the layers and one worker the rest, answer as one device does', async () => {
  const prompt = 'A short guide to growing tomatoes:';
  const single = await ClusterBackend.start({ modelPath, workers: [], capacity: 1, contextLength: 512, threads: 1, repack: false });
  const alone = await generate(single, prompt).finally(() => single.close());
  // The coordinator's own layers run the worker's kernels (no repack), so the two agree exactly.
  const pair = await ClusterBackend.start({
    modelPath, workers: [workers[0]!.endpoint], workerLayers: 15, capacity: 1, contextLength: 512, threads: 1, repack: false,
  });
  const split = await generate(pair, prompt).finally(() => pair.close());
  expect(alone.length).toBeGreaterThan(10);
  expect(split).toBe(alone);
}, 180_000);

test('a cluster’s seeded answer replays as genuine under the validator (same sampling contract as one device)', async () => {
  // A chat: the cluster renders it exactly as validators do (the model's own chat template).
  const body: RelayBody = { kind: 'chat', messages: [{ role: 'user', content: 'Describe a thunderstorm over a valley.' }], stop: [] };
  const sampling = { ...SEEDED, maxTokens: 48 };
  const cluster = await ClusterBackend.start({ modelPath, workers: workers.map((w) => w.endpoint), capacity: 1, contextLength: 512 });
  const result = await cluster
    .generate({ body, sampling, signal: new AbortController().signal, onStart: () => undefined, onText: () => undefined })
    .finally(() => cluster.close());
  const forcer = await TeacherForcer.load({ modelPath, contextLength: 512 });
  try {
    const evidence = await forcer.force(forcer.promptTokens(body), result.tokens!, { top: SAMPLED_TOP_K });
    expect(fidelityVerdict(evidence, sampling)).toMatchObject({ outcome: 'genuine', stats: { sampledCheck: 'replay' } });
  } finally {
    await forcer.close();
  }
}, 180_000);

test('a cluster supplier serves relays through the gateway', async () => {
  net = await startTestNetwork({ supplierCapacity: 2, contextLength: 512, supplierRpcWorkers: workers.map((w) => w.endpoint) });
  const client = new OpenAI({ baseURL: net.gateway, apiKey: net.apiKey, maxRetries: 0 });
  const stream = await client.chat.completions.create({
    model: net.modelName,
    messages: [{ role: 'user', content: 'Name two oceans.' }],
    max_tokens: 16,
    temperature: 0,
    stream: true,
    stream_options: { include_usage: true },
  });
  let text = '';
  let usage: OpenAI.CompletionUsage | null | undefined;
  for await (const chunk of stream) {
    text += chunk.choices[0]?.delta.content ?? '';
    if (chunk.usage) usage = chunk.usage;
  }
  expect(text.length).toBeGreaterThan(0);
  expect(usage!.completion_tokens).toBeGreaterThan(0);
  expect(usage!.prompt_tokens).toBeGreaterThan(5);
}, 300_000);
