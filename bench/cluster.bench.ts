/**
 * Cross-device inference. The same prompts, one run, on:
 *   single        llama-server on this device (the same llama.cpp build as the cluster)
 *   cluster+0ms   two devices: the coordinator runs the first half of the layers and one RPC
 *                 worker on loopback the rest (`--workers 2 --worker-layers all` for the layout
 *                 with every layer on workers and the coordinator only sampling)
 *   cluster+1ms   the same with 1 ms added round trip to each worker (delaying TCP proxy)
 *   cluster+5ms   … 5 ms
 * Each configuration reports single-stream decode tokens/s and, with --streams N concurrent
 * requests, aggregate tokens/s; ratios are against `single`. PolyLink reported 0.13×; the goal
 * is ≥ 0.85× at 1 ms. Every device here shares the same two cores, taking turns within a token.
 *
 *   npx tsx bench/cluster.bench.ts [--max-tokens 64] [--prompts 12] [--streams 4] [--workers 1]
 *     [--worker-layers half|all|N] [--worker-threads 2] [--threads 2] [--rtts 0,1,5] [--no-record]
 */
import { parseArgs } from 'node:util';
import { readGgufFileInfo } from 'node-llama-cpp';
import { ClusterBackend, RpcWorker, type InferenceBackend } from '@sibyl/supplier';
import { DEFAULT_DEV_MODEL, ModelFetcher } from '@sibyl/model-runtime';
import { freePort } from '@sibyl/localnet';
import { DelayProxy } from './lib/delay-proxy.js';
import { BENCH_PROMPTS } from './lib/prompts.js';
import { median, round } from './lib/stats.js';
import { report } from './lib/results.js';

const { values } = parseArgs({
  options: {
    'max-tokens': { type: 'string', default: '64' },
    prompts: { type: 'string', default: '12' },
    streams: { type: 'string', default: '4' },
    'worker-threads': { type: 'string', default: '2' },
    threads: { type: 'string', default: '2' },
    workers: { type: 'string', default: '1' },
    'worker-layers': { type: 'string', default: 'half' },
    rtts: { type: 'string', default: '0,1,5' },
    'no-record': { type: 'boolean', default: false },
  },
});
const maxTokens = Number(values['max-tokens']);
const prompts = BENCH_PROMPTS.slice(0, Number(values.prompts));
const streams = Number(values.streams);
const modelPath = await new ModelFetcher().ensure(DEFAULT_DEV_MODEL.artifact);

async function generate(backend: InferenceBackend, prompt: string): Promise<{ tokens: number; decodeMs: number }> {
  let first = 0;
  let last = 0;
  const result = await backend.generate({
    body: { kind: 'chat', messages: [{ role: 'user', content: prompt }], stop: [] },
    sampling: { maxTokens, temperatureMilli: 0, topPMilli: 1000, seed: null },
    signal: new AbortController().signal,
    onStart: () => undefined,
    onText: () => {
      last = performance.now();
      if (!first) first = last;
    },
  });
  return { tokens: result.completionTokens, decodeMs: last - first };
}

async function measure(backend: InferenceBackend) {
  await generate(backend, prompts[0]!); // warm
  const single: number[] = [];
  for (const p of prompts) {
    const r = await generate(backend, p);
    single.push(((r.tokens - 1) * 1000) / r.decodeMs);
  }
  const started = performance.now();
  const parallel = await Promise.all(Array.from({ length: streams }, (_, i) => generate(backend, prompts[i % prompts.length]!)));
  const aggregate = (parallel.reduce((n, r) => n + r.tokens, 0) * 1000) / (performance.now() - started);
  return { tok_per_s_p50: round(median(single)), [`aggregate_tok_per_s_${streams}_streams`]: round(aggregate) };
}

const rows: Record<string, Record<string, number>> = {};
const threads = Number(values.threads);
const workerThreads = Number(values['worker-threads']);
{
  const backend = await ClusterBackend.start({ modelPath, workers: [], capacity: streams, contextLength: 1024, threads });
  rows.single = await measure(backend);
  await backend.close();
  console.error('single', JSON.stringify(rows.single));
}
const workers: RpcWorker[] = [];
const workerCount = Number(values.workers);
/** Layers on the workers: `all`, `half` of the model's blocks (the rest on the coordinator), or a count. */
async function placement(spec: string): Promise<number | undefined> {
  if (spec === 'all') return undefined;
  if (spec !== 'half') return Number(spec);
  const { architectureMetadata } = await readGgufFileInfo(modelPath, { readTensorInfo: false });
  return Math.floor(Number((architectureMetadata as { block_count?: number }).block_count) / 2);
}
const workerLayers = await placement(values['worker-layers']);
for (let i = 0; i < workerCount; i++) workers.push(await RpcWorker.start({ host: '127.0.0.1', port: await freePort(), threads: workerThreads }));
for (const rttMs of values.rtts.split(',').map(Number)) {
  const proxies = rttMs > 0 ? await Promise.all(workers.map((w) => DelayProxy.start({ host: '127.0.0.1', port: Number(w.endpoint.split(':')[1]) }, rttMs))) : [];
  const endpoints = rttMs > 0 ? proxies.map((p) => `127.0.0.1:${p.port}`) : workers.map((w) => w.endpoint);
  const backend = await ClusterBackend.start({ modelPath, workers: endpoints, capacity: streams, contextLength: 1024, threads: workerLayers === undefined ? 1 : threads, workerLayers });
  rows[`cluster+${rttMs}ms`] = await measure(backend);
  console.error(`cluster+${rttMs}ms`, JSON.stringify(rows[`cluster+${rttMs}ms`]));
  await backend.close();
  for (const p of proxies) await p.close();
}
for (const w of workers) await w.stop();

const aggKey = `aggregate_tok_per_s_${streams}_streams`;
const ratios: Record<string, { single_stream: number; aggregate: number }> = {};
for (const [name, row] of Object.entries(rows)) {
  if (name === 'single') continue;
  ratios[name] = {
    single_stream: round(row.tok_per_s_p50! / rows.single!.tok_per_s_p50!, 3),
    aggregate: round(row[aggKey]! / rows.single![aggKey]!, 3),
  };
}
report(
  'cluster-vs-single',
  {
    model: DEFAULT_DEV_MODEL.name,
    max_tokens: maxTokens,
    workers: workerCount,
    worker_layers: workerLayers ?? 'all',
    worker_threads: workerThreads,
    single_threads: threads,
    rows,
    ratio_vs_single: ratios,
    goal: { 'cluster+1ms single_stream': '>= 0.85', polylink: 0.13 },
  },
  !values['no-record'],
);
process.exit(0);
