/**
 * Issue 3 bench (b): a concurrency sweep through the gateway. For 1, 2, 4, 8 and 16 concurrent
 * clients (each sending requests back to back for a fixed number of rounds) against one
 * supplier whose context holds 16 sequences: aggregate completion tokens/s, its ratio to one
 * client, time to first token and request latency percentiles.
 *
 *   npx tsx bench/concurrency.bench.ts [--levels 1,2,4,8,16] [--requests-per-client 2] [--max-tokens 48] [--no-record]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import OpenAI from 'openai';
import { startLocalNetwork } from '@sibyl/localnet';
import { BENCH_PROMPTS } from './lib/prompts.js';
import { percentile, round } from './lib/stats.js';
import { report } from './lib/results.js';
import { streamChat } from './lib/openai-stream.js';

const { values } = parseArgs({
  options: {
    levels: { type: 'string', default: '1,2,4,8,16' },
    'requests-per-client': { type: 'string', default: '2' },
    'max-tokens': { type: 'string', default: '48' },
    'no-record': { type: 'boolean', default: false },
  },
});
const levels = values.levels.split(',').map(Number);
const perClient = Number(values['requests-per-client']);
const maxTokens = Number(values['max-tokens']);
const capacity = Math.max(...levels);

const dataDir = mkdtempSync(join(tmpdir(), 'sibyl-bench-'));
const net = await startLocalNetwork({
  dataDir,
  chainPort: 0,
  natsPort: 0,
  gatewayPort: 0,
  supplierCapacity: capacity,
  contextLength: 512,
  // The relay path alone, as in gateway.bench.ts: no block ticker, no validator in this process.
  blockIntervalMs: 0,
  validator: false,
  ownProcesses: true,
  log: () => undefined,
});
const client = new OpenAI({ baseURL: net.gateway, apiKey: net.apiKey, maxRetries: 0, timeout: 600_000 });

const one = (prompt: string) => streamChat(client, net.modelName, prompt, maxTokens);

await one(BENCH_PROMPTS[0]!); // warm up
const rows = [];
for (const clients of levels) {
  const started = performance.now();
  const samples = (
    await Promise.all(
      Array.from({ length: clients }, async (_, c) => {
        const out = [];
        for (let r = 0; r < perClient; r++) out.push(await one(BENCH_PROMPTS[(c * perClient + r) % BENCH_PROMPTS.length]!));
        return out;
      }),
    )
  ).flat();
  const seconds = (performance.now() - started) / 1000;
  const tokens = samples.reduce((n, s) => n + s.tokens, 0);
  rows.push({
    clients,
    requests: samples.length,
    tokens,
    aggregate_tok_per_s: round(tokens / seconds),
    ttft_ms_p50: round(percentile(samples.map((s) => s.ttftMs), 50)),
    ttft_ms_p95: round(percentile(samples.map((s) => s.ttftMs), 95)),
    latency_ms_p50: round(percentile(samples.map((s) => s.latencyMs), 50)),
    latency_ms_p95: round(percentile(samples.map((s) => s.latencyMs), 95)),
  });
  console.error(JSON.stringify(rows.at(-1)));
}
await net.stop();
rmSync(dataDir, { recursive: true, force: true });
const base = rows[0]!.aggregate_tok_per_s;
report(
  'concurrency-sweep',
  {
    supplier_sequences: capacity,
    max_tokens: maxTokens,
    rows: rows.map((r) => ({ ...r, throughput_vs_1_client: round(r.aggregate_tok_per_s / base, 2) })),
  },
  !values['no-record'],
);
process.exit(0);
