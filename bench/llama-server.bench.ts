/**
 * Sibyl against what a user would otherwise run: llama.cpp's own OpenAI-compatible
 * `llama-server`, same GGUF, same threads, same prompts, both through the official `openai`
 * client. The Sibyl side is the network `npm start` runs (its CLI, in its own process tree:
 * dev chain with its block ticker, bus, supplier, validator, gateway), the request path
 * gateway → NATS → supplier.
 *
 * For each level L of concurrent clients, a fresh network with L supplier sequences and a
 * llama-server with `-np L` (L slots of the same context each):
 *   L = 1   requests one at a time, each side a round of every prompt in turn (the side that
 *           goes first alternates by round): decode tok/s, end-to-end tok/s and TTFT, ratios and
 *           the paired TTFT difference (the same prompt on both sides);
 *   L > 1   L clients sending back to back, each side in turn (order alternating by level):
 *           aggregate tok/s, TTFT p50/p99.
 * Whichever side is measured, the other is stopped (SIGSTOP to its whole process tree), so each
 * side pays for its own background work and none of the rival's.
 *
 * Both sides run the same llama.cpp release (node-llama-cpp's bundle) on the same CPU features:
 * node-llama-cpp loads the best of its prebuilt CPU variants for the host (AVX-512 on a recent
 * Xeon), while scripts/build-llama-tools.sh builds an AVX2 baseline for portable clusters, which
 * would hand Sibyl a head start; so the llama-server here is built as a flavour with the host's
 * vector extensions (AVX-512 when present; AMX kernels stay off: they stopped with "illegal
 * instruction" here). `--llama-server PATH` takes another binary.
 *
 *   npx tsx bench/llama-server.bench.ts [--levels 1,4,16,64] [--rounds 2] [--requests-per-client 4]
 *     [--max-tokens 64] [--context 1024] [--threads 2] [--llama-server PATH] [--no-record]
 *     [--block-ms N] [--no-validator]
 *
 * `--block-ms` and `--no-validator` change the network's background work (its idle block ticker,
 * default every 2 s; its TIQE+ validator) to show what each costs the request path; a figure
 * measured with either is not `npm start`'s and is not recorded.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import OpenAI from 'openai';
import { DEFAULT_DEV_MODEL, ModelFetcher } from '@sibyl/model-runtime';
import { exited, freePort, llamaTool, spawnTool } from '@sibyl/supplier';
import { BENCH_PROMPTS } from './lib/prompts.js';
import { median, percentile, round } from './lib/stats.js';
import { streamChat, type StreamSample } from './lib/openai-stream.js';
import { report } from './lib/results.js';

const { values } = parseArgs({
  options: {
    levels: { type: 'string', default: '1,4,16,64' },
    rounds: { type: 'string', default: '2' },
    'requests-per-client': { type: 'string', default: '4' },
    'max-tokens': { type: 'string', default: '64' },
    context: { type: 'string', default: '1024' },
    threads: { type: 'string', default: '2' },
    'llama-server': { type: 'string' },
    'no-record': { type: 'boolean', default: false },
    'block-ms': { type: 'string' },
    'no-validator': { type: 'boolean', default: false },
  },
});
const levels = values.levels.split(',').map(Number);
const rounds = Number(values.rounds);
const perClient = Number(values['requests-per-client']);
const maxTokens = Number(values['max-tokens']);
const context = Number(values.context);
const threads = Number(values.threads);
const root = join(import.meta.dirname, '..');
const log = (line: string) => console.error(`[bench] ${line}`);

interface Endpoint {
  client: OpenAI;
  model: string;
  /** Prometheus endpoints whose stage histograms break the time down (Sibyl only). */
  metrics: string[];
  /** Stops (SIGSTOP) or continues (SIGCONT) every process of this side while the other is measured. */
  pause(): void;
  resume(): void;
  stop(): Promise<void>;
}

/** Each histogram's (sum, count) summed over its label sets, from the endpoints' /metrics. */
async function histograms(urls: string[]): Promise<Map<string, { sum: number; count: number }>> {
  const out = new Map<string, { sum: number; count: number }>();
  for (const url of urls) {
    const text = await (await fetch(url)).text();
    for (const line of text.split('\n')) {
      const m = /^(\w+)_(sum|count)(?:\{[^}]*\})? ([0-9.e+-]+)$/.exec(line);
      if (!m) continue;
      const h = out.get(m[1]!) ?? { sum: 0, count: 0 };
      h[m[2] as 'sum' | 'count'] += Number(m[3]);
      out.set(m[1]!, h);
    }
  }
  return out;
}

/** Mean milliseconds per observation of each stage between two scrapes. */
function stageMeans(before: Map<string, { sum: number; count: number }>, after: Map<string, { sum: number; count: number }>) {
  const stages = {
    gateway_admission_ms: 'sibyl_gateway_admission_seconds',
    gateway_relay_to_first_chunk_ms: 'sibyl_gateway_time_to_first_token_seconds',
    supplier_admission_ms: 'sibyl_supplier_admission_seconds',
    supplier_receive_to_first_chunk_ms: 'sibyl_supplier_time_to_first_token_seconds',
  };
  return Object.fromEntries(
    Object.entries(stages).map(([key, name]) => {
      const a = after.get(name);
      const b = before.get(name) ?? { sum: 0, count: 0 };
      const n = (a?.count ?? 0) - b.count;
      return [key, a && n > 0 ? round(((a.sum - b.sum) * 1000) / n) : null];
    }),
  );
}

/** Waits until `ready()` holds, failing if `child` exits first or `ms` pass. */
async function until(child: ChildProcess, what: string, ms: number, ready: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${what} exited with ${child.exitCode} before it was ready`);
    if (await ready().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} was not ready within ${ms / 1000} s`);
}

/** The network `npm start` runs, with `capacity` supplier sequences, on free ports. */
async function sibylNetwork(capacity: number): Promise<Endpoint> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sibyl-bench-net-'));
  const devJson = join(dataDir, 'dev.json');
  const [gatewayPort, chainPort, natsPort, metricsPort] = [await freePort(), await freePort(), await freePort(), await freePort()];
  const child = spawn(
    'npx',
    ['tsx', 'offchain/tools/localnet/src/cli.ts', '--quiet', '--data-dir', dataDir, '--dev-json', devJson,
      '--capacity', String(capacity), '--context', String(context), '--threads', String(threads),
      '--gateway-port', String(gatewayPort), '--chain-port', String(chainPort), '--nats-port', String(natsPort), '--metrics-port', String(metricsPort),
      // The explorer is no part of serving (and would want port 8090).
      '--dashboard-port', '0',
      ...(values['block-ms'] === undefined ? [] : ['--block-ms', values['block-ms']]),
      ...(values['no-validator'] ? ['--no-validator'] : [])],
    { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  /** Signals the network's whole process group (the CLI, its supplier and nats-server). */
  const signal = (name: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, name);
    } catch {
      // Already gone.
    }
  };
  const kill = () => signal('SIGKILL');
  process.once('exit', kill);
  await until(child, 'the Sibyl network', 600_000, async () => existsSync(devJson)).catch((e: Error) => {
    throw new Error(`${e.message}\n${stderr}`);
  });
  const dev = JSON.parse(readFileSync(devJson, 'utf8')) as { gateway: string; apiKey: string; model: string };
  return {
    client: new OpenAI({ baseURL: dev.gateway, apiKey: dev.apiKey, maxRetries: 0, timeout: 600_000 }),
    model: dev.model,
    metrics: [`${dev.gateway.replace(/\/v1$/, '')}/metrics`, `http://127.0.0.1:${metricsPort}/metrics`],
    pause: () => signal('SIGSTOP'),
    resume: () => signal('SIGCONT'),
    async stop() {
      signal('SIGCONT');
      signal('SIGINT');
      await Promise.race([exited(child), new Promise((r) => setTimeout(r, 30_000))]);
      if (child.exitCode === null) kill();
      process.removeListener('exit', kill);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The host's vector extensions as llama.cpp's CMake flags (what node-llama-cpp's variant for this
 * CPU uses, but AMX), and a name for the flavour they build.
 */
function hostCpuFlavor(): { name: string; flags: string } {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8');
  const has = (flag: string) => new RegExp(`^flags\\s*:.*\\b${flag}\\b`, 'm').test(cpu);
  const base = '-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_BMI2=ON';
  if (!['avx512f', 'avx512bw', 'avx512dq', 'avx512vl'].every(has)) return { name: 'avx2', flags: base };
  const extra = [
    ['avx512vbmi', 'AVX512_VBMI'],
    ['avx512_vnni', 'AVX512_VNNI'],
    ['avx512_bf16', 'AVX512_BF16'],
  ].filter(([flag]) => has(flag!));
  return {
    name: ['avx512', ...extra.map(([, name]) => name!.toLowerCase().replace('avx512_', ''))].join('-'),
    flags: [base, '-DGGML_AVX512=ON', ...extra.map(([, name]) => `-DGGML_${name}=ON`), '-DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF'].join(' '),
  };
}

/** llama-server built for this CPU's extensions (built once, cached beside the baseline tools). */
function hostLlamaServer(): string {
  const flavor = hostCpuFlavor();
  log(`llama-server: the ${flavor.name} flavour of the llama.cpp tools (built once)`);
  const dir = execFileSync('bash', ['scripts/build-llama-tools.sh'], {
    cwd: root,
    env: { ...process.env, SIBYL_LLAMA_TOOLS_FLAVOR: flavor.name, SIBYL_LLAMA_CPU_FLAGS: flavor.flags },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
    .toString()
    .trim()
    .split('\n')
    .at(-1)!;
  return llamaTool('llama-server', dir);
}

const llamaServerPath = values['llama-server'] ?? hostLlamaServer();

/** llama-server on the same file with `slots` parallel slots of `context` tokens each. */
async function llamaServer(modelPath: string, slots: number): Promise<Endpoint> {
  const port = await freePort();
  const child = spawnTool(
    llamaServerPath,
    ['-m', modelPath, '--host', '127.0.0.1', '--port', String(port), '-t', String(threads), '-tb', String(threads),
      '-c', String(context * slots), '-np', String(slots), '--no-webui'],
    () => undefined,
  );
  const base = `http://127.0.0.1:${port}`;
  await until(child, 'llama-server', 120_000, async () => (await fetch(`${base}/health`)).ok);
  return {
    client: new OpenAI({ baseURL: `${base}/v1`, apiKey: 'none', maxRetries: 0, timeout: 600_000 }),
    model: DEFAULT_DEV_MODEL.name,
    metrics: [],
    pause: () => child.kill('SIGSTOP'),
    resume: () => child.kill('SIGCONT'),
    async stop() {
      child.kill('SIGCONT');
      child.kill('SIGTERM');
      await exited(child);
    },
  };
}

const one = (side: Endpoint, prompt: string) => streamChat(side.client, side.model, prompt, maxTokens);

/**
 * Runs `work` against `side` with `other` stopped: each side's background work (Sibyl's chain,
 * validator and settlement; llama-server's spinning threads) lands in its own time, not in the
 * rival's. Without this the figures swung with which side went first (llama-server at 4 clients
 * 67 to 117 tok/s from one run to the next).
 */
async function alone<T>(side: Endpoint, other: Endpoint, work: () => Promise<T>): Promise<T> {
  other.pause();
  try {
    return await work();
  } finally {
    other.resume();
  }
}

/** End-to-end tokens per second of one request: completion tokens over request to last byte. */
const endToEnd = (s: StreamSample) => (s.tokens * 1000) / s.latencyMs;

function singleStream(sibyl: StreamSample[], llama: StreamSample[], stages: ReturnType<typeof stageMeans>) {
  const side = (xs: StreamSample[]) => ({
    requests: xs.length,
    tokens: xs.reduce((n, s) => n + s.tokens, 0),
    decode_tok_per_s_p50: round(median(xs.map((s) => s.tokPerS))),
    end_to_end_tok_per_s_p50: round(median(xs.map(endToEnd))),
    ttft_ms_p50: round(median(xs.map((s) => s.ttftMs))),
    ttft_ms_p99: round(percentile(xs.map((s) => s.ttftMs), 99)),
  });
  const s = side(sibyl);
  const l = side(llama);
  return {
    sibyl: s,
    llama_server: l,
    decode_tok_per_s_ratio: round(s.decode_tok_per_s_p50 / l.decode_tok_per_s_p50, 3),
    end_to_end_tok_per_s_ratio: round(s.end_to_end_tok_per_s_p50 / l.end_to_end_tok_per_s_p50, 3),
    added_ttft_ms_p50: round(s.ttft_ms_p50 - l.ttft_ms_p50),
    // The same prompt's TTFT difference, request by request: robust to prompts of different lengths.
    added_ttft_ms_p50_paired: round(median(sibyl.map((x, i) => x.ttftMs - llama[i]!.ttftMs))),
    // Where Sibyl's time to first token goes, mean per request (the gateway's relay-to-first-chunk
    // contains the supplier's receive-to-first-chunk, which contains its admission).
    sibyl_stages: stages,
  };
}

async function aggregate(side: Endpoint, clients: number) {
  const started = performance.now();
  const failures: string[] = [];
  const samples = (
    await Promise.all(
      Array.from({ length: clients }, async (_, c) => {
        const out: StreamSample[] = [];
        for (let r = 0; r < perClient; r++) {
          try {
            out.push(await one(side, BENCH_PROMPTS[(c * perClient + r) % BENCH_PROMPTS.length]!));
          } catch (error) {
            // A request that fails counts against its side (no tokens), and says why.
            failures.push((error as Error).message);
          }
        }
        return out;
      }),
    )
  ).flat();
  const seconds = (performance.now() - started) / 1000;
  const tokens = samples.reduce((n, s) => n + s.tokens, 0);
  return {
    requests: samples.length,
    failed: failures.length,
    ...(failures.length > 0 ? { first_failure: failures[0] } : {}),
    tokens,
    aggregate_tok_per_s: round(tokens / seconds),
    ttft_ms_p50: round(median(samples.map((s) => s.ttftMs))),
    ttft_ms_p99: round(percentile(samples.map((s) => s.ttftMs), 99)),
  };
}

const modelPath = await new ModelFetcher().ensure(DEFAULT_DEV_MODEL.artifact);
let single: ReturnType<typeof singleStream> | undefined;
const concurrent = [];
for (const [n, clients] of levels.entries()) {
  log(`level ${clients}: starting the Sibyl network and llama-server with ${clients} slot(s)`);
  const sibyl = await sibylNetwork(clients);
  const llama = await llamaServer(modelPath, clients);
  try {
    // Warm both: the first request loads weights into the page cache and fills lazy state.
    await one(sibyl, BENCH_PROMPTS[0]!);
    await one(llama, BENCH_PROMPTS[0]!);
    if (clients === 1) {
      const s: StreamSample[] = [];
      const l: StreamSample[] = [];
      const before = await histograms(sibyl.metrics);
      for (let r = 0; r < rounds; r++) {
        // A whole round of prompts per side, the first side alternating: each side's background
        // work (block production, heartbeats) then runs at its own pace during its round, as it
        // would serving alone, instead of bunching into short turns.
        const order = r % 2 === 0 ? ([sibyl, llama] as const) : ([llama, sibyl] as const);
        for (const side of order) {
          const other = side === sibyl ? llama : sibyl;
          const out = side === sibyl ? s : l;
          await alone(side, other, async () => {
            for (const prompt of BENCH_PROMPTS) out.push(await one(side, prompt));
          });
        }
      }
      single = singleStream(s, l, stageMeans(before, await histograms(sibyl.metrics)));
      log(JSON.stringify(single));
    } else {
      const order = n % 2 === 0 ? ([sibyl, llama] as const) : ([llama, sibyl] as const);
      const rows = new Map<Endpoint, Awaited<ReturnType<typeof aggregate>>>();
      for (const side of order) rows.set(side, await alone(side, side === sibyl ? llama : sibyl, () => aggregate(side, clients)));
      const s = rows.get(sibyl)!;
      const l = rows.get(llama)!;
      concurrent.push({ clients, sibyl: s, llama_server: l, aggregate_ratio: round(s.aggregate_tok_per_s / l.aggregate_tok_per_s, 3) });
      log(JSON.stringify(concurrent.at(-1)));
    }
  } finally {
    await llama.stop();
    await sibyl.stop();
  }
}

report(
  'sibyl-vs-llama-server',
  {
    model: DEFAULT_DEV_MODEL.name,
    llama_server: llamaServerPath,
    threads,
    context_per_slot: context,
    max_tokens: maxTokens,
    // The network's background work, when not npm start's (then not recorded).
    network: { block_ms: values['block-ms'] === undefined ? 'default' : Number(values['block-ms']), validator: !values['no-validator'] },
    single_stream: single,
    concurrent,
    goal: { decode_tok_per_s_ratio: '>= 0.99', added_ttft_ms_p50: '<= 10', aggregate_ratio: '>= 1.0' },
  },
  !values['no-record'] && values['block-ms'] === undefined && !values['no-validator'],
);
process.exit(0);
