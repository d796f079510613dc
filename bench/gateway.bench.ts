/**
 * Issue 3 bench (a): the same prompts through the whole Sibyl path (openai SDK → gateway →
 * NATS → supplier process → node-llama-cpp) and through node-llama-cpp called directly in this
 * process, interleaved prompt by prompt in one run so machine noise hits both alike.
 *
 * Per side: decode tokens/s ((n−1) / (t_last − t_first)) and time to first token (request to
 * first text). Goal: gateway/direct tok/s ≥ 0.97 and added TTFT ≤ 15 ms at p50. Everything
 * shares this machine's cores, so the client's and gateway's CPU per token is reported too: on
 * two cores it is taken straight from generation.
 *
 *   npx tsx bench/gateway.bench.ts [--rounds 2] [--max-tokens 64] [--no-record]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import OpenAI from 'openai';
import { getLlama, LlamaChat, LlamaLogLevel } from 'node-llama-cpp';
import { DEFAULT_DEV_MODEL, ModelFetcher, toChatHistory } from '@sibyl/model-runtime';
import { startLocalNetwork } from '@sibyl/localnet';
import { BENCH_PROMPTS } from './lib/prompts.js';
import { median, round, streamSummary } from './lib/stats.js';
import { streamChat } from './lib/openai-stream.js';
import { report } from './lib/results.js';
import { processCpuMs } from './lib/process-cpu.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '2' },
    'max-tokens': { type: 'string', default: '64' },
    'no-record': { type: 'boolean', default: false },
  },
});
const rounds = Number(values.rounds);
const maxTokens = Number(values['max-tokens']);

interface Sample {
  ttftMs: number;
  tokens: number;
  tokPerS: number;
}

const dataDir = mkdtempSync(join(tmpdir(), 'sibyl-bench-'));
const net = await startLocalNetwork({
  dataDir,
  chainPort: 0,
  natsPort: 0,
  gatewayPort: 0,
  supplierCapacity: 1,
  contextLength: 1024,
  // The relay path alone: blocks only for transactions and no validator in this process, as on
  // the 2-core machine every other CPU user (the dev chain interprets its runtime in wasm for
  // each block) takes from generation on both sides.
  blockIntervalMs: 0,
  validator: false,
  // The gateway in its own process, as `npm start` runs it.
  ownProcesses: true,
  log: () => undefined,
});
const gatewayPid = net.processes.gateway!.pid!;
const client = new OpenAI({ baseURL: net.gateway, apiKey: net.apiKey, maxRetries: 0 });

// The direct side: the same file, same context size and threads as the supplier's backend.
const modelPath = await new ModelFetcher().ensure(DEFAULT_DEV_MODEL.artifact);
const llama = await getLlama({ gpu: false, build: 'never', usePrebuiltBinaries: true, skipDownload: true, logLevel: LlamaLogLevel.error });
const model = await llama.loadModel({ modelPath });
const context = await model.createContext({ sequences: 1, contextSize: 1024, threads: llama.cpuMathCores });
const sequence = context.getSequence();

async function direct(prompt: string): Promise<Sample> {
  await sequence.clearHistory();
  const chat = new LlamaChat({ contextSequence: sequence, autoDisposeSequence: false });
  const start = performance.now();
  let first = 0;
  let last = 0;
  let tokens = 0;
  await chat.generateResponse(toChatHistory([{ role: 'user', content: prompt }]), {
    maxTokens,
    temperature: 0,
    onToken: (t) => {
      last = performance.now();
      if (!first) first = last;
      tokens += t.length;
    },
  });
  chat.dispose({ disposeSequence: false });
  return { ttftMs: first - start, tokens, tokPerS: ((tokens - 1) * 1000) / (last - first) };
}

const viaGateway = (prompt: string): Promise<Sample> => streamChat(client, net.modelName, prompt, maxTokens);

// Warm both sides once.
await direct(BENCH_PROMPTS[0]!);
await viaGateway(BENCH_PROMPTS[0]!);

const d: Sample[] = [];
const g: Sample[] = [];
/** CPU ms this process (client + dev chain) and the gateway's spend while the gateway side runs. */
let gatewayProcessCpuMs = 0;
const timed = async (side: 'direct' | 'gateway', fn: () => Promise<Sample>) => {
  const before = process.cpuUsage();
  const gatewayBefore = processCpuMs(gatewayPid);
  const sample = await fn();
  if (side === 'gateway') {
    const used = process.cpuUsage(before);
    gatewayProcessCpuMs += (used.user + used.system) / 1000 + processCpuMs(gatewayPid) - gatewayBefore;
  }
  return sample;
};
for (let r = 0; r < rounds; r++) {
  for (const [i, prompt] of BENCH_PROMPTS.entries()) {
    // Alternate which side goes first so drift does not favour one.
    if ((i + r) % 2 === 0) {
      d.push(await timed('direct', () => direct(prompt)));
      g.push(await timed('gateway', () => viaGateway(prompt)));
    } else {
      g.push(await timed('gateway', () => viaGateway(prompt)));
      d.push(await timed('direct', () => direct(prompt)));
    }
  }
}

const ds = streamSummary(d);
const gs = streamSummary(g);
await context.dispose();
await model.dispose();
await llama.dispose();
await net.stop();
rmSync(dataDir, { recursive: true, force: true });

report(
  'gateway-vs-direct',
  {
    model: DEFAULT_DEV_MODEL.name,
    max_tokens: maxTokens,
    direct: ds,
    gateway: gs,
    tok_per_s_ratio: round(gs.tok_per_s_p50 / ds.tok_per_s_p50, 3),
    added_ttft_ms_p50: round(gs.ttft_ms_p50 - ds.ttft_ms_p50),
    // The same prompt's TTFT difference, run by run: robust to prompts of different lengths.
    added_ttft_ms_p50_paired: round(median(g.map((s, i) => s.ttftMs - d[i]!.ttftMs))),
    client_and_gateway_cpu_ms_per_token: round(gatewayProcessCpuMs / gs.tokens, 3),
    goal: { tok_per_s_ratio: '>= 0.97', added_ttft_ms_p50: '<= 15' },
  },
  !values['no-record'],
);
process.exit(0);
