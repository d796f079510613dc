/**
 * Issue 15 load run: many concurrent streaming clients through the gateway for a fixed time, over
 * the three-server bus cluster (docs/bus.md, "A cluster"), with the official `openai` client.
 *
 * Every request must come back whole: a stream counts as complete when it ends with a finish
 * reason and usage — the gateway has then checked the supplier's signed response hash against
 * every chunk it forwarded, so a chunk lost, reordered or altered on the bus fails the request
 * instead of passing. Reported: completed, lost (errors, or streams without a finish), TTFT
 * p50/p99 (request to first text), aggregate completion tok/s, and how long requests queued at
 * the gateway for a free slot shows in TTFT.
 *
 *   npx tsx bench/bus-load.bench.ts [--clients 64] [--seconds 60] [--max-tokens 32] [--capacity 4] [--servers 3] [--no-record]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import OpenAI from 'openai';
import { DEFAULT_DEV_MODEL } from '@sibyl/model-runtime';
import { startLocalNetwork } from '@sibyl/localnet';
import { BENCH_PROMPTS } from './lib/prompts.js';
import { median, percentile, round } from './lib/stats.js';
import { report } from './lib/results.js';
import { streamChat } from './lib/openai-stream.js';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '64' },
    seconds: { type: 'string', default: '60' },
    'max-tokens': { type: 'string', default: '32' },
    capacity: { type: 'string', default: '4' },
    servers: { type: 'string', default: '3' },
    'no-record': { type: 'boolean', default: false },
  },
});
const clients = Number(values.clients);
const seconds = Number(values.seconds);
const maxTokens = Number(values['max-tokens']);
const servers = Number(values.servers) === 1 ? 1 : 3;

const dataDir = mkdtempSync(join(tmpdir(), 'sibyl-bus-load-'));
const net = await startLocalNetwork({
  dataDir,
  chainPort: 0,
  natsPort: 0,
  gatewayPort: 0,
  natsServers: servers,
  supplierCapacity: Number(values.capacity),
  contextLength: 512,
  blockIntervalMs: 0,
  validator: false,
  ownProcesses: true,
  // 64 clients on a few slots queue at the gateway for up to half a minute: let them wait.
  gateway: { busyWaitMs: 180_000 },
  log: () => undefined,
});
const client = new OpenAI({ baseURL: net.gateway, apiKey: net.apiKey, maxRetries: 0, timeout: 300_000 });

interface Result {
  ok: boolean;
  ttftMs: number;
  tokens: number;
  error?: string;
}

async function once(prompt: string): Promise<Result> {
  try {
    const { ttftMs, tokens, finish } = await streamChat(client, net.modelName, prompt, maxTokens);
    const ok = Boolean(finish) && tokens > 0;
    return { ok, ttftMs, tokens, error: ok ? undefined : 'stream ended without finish or usage' };
  } catch (error) {
    return { ok: false, ttftMs: NaN, tokens: 0, error: (error as Error).message };
  }
}

await once(BENCH_PROMPTS[0]!);
const results: Result[] = [];
const started = performance.now();
const end = started + seconds * 1000;
await Promise.all(
  Array.from({ length: clients }, async (_, c) => {
    for (let i = 0; performance.now() < end; i++) results.push(await once(BENCH_PROMPTS[(c + i) % BENCH_PROMPTS.length]!));
  }),
);
const wallS = (performance.now() - started) / 1000;
await net.stop();
rmSync(dataDir, { recursive: true, force: true });

const ok = results.filter((r) => r.ok);
const lost = results.filter((r) => !r.ok);
const ttft = ok.map((r) => r.ttftMs);
const errors = [...new Set(lost.map((r) => r.error))].slice(0, 5);
report(
  `bus-load-${clients}x${seconds}s`,
  {
    model: DEFAULT_DEV_MODEL.name,
    bus_servers: servers,
    clients,
    seconds,
    max_tokens: maxTokens,
    supplier_capacity: Number(values.capacity),
    requests: results.length,
    completed: ok.length,
    lost: lost.length,
    errors,
    ttft_ms_p50: round(median(ttft)),
    ttft_ms_p99: round(percentile(ttft, 99)),
    completion_tok_per_s: round(ok.reduce((n, r) => n + r.tokens, 0) / wallS),
    wall_s: round(wallS, 1),
    goal: { lost: '0' },
  },
  !values['no-record'],
);
process.exit(0);
