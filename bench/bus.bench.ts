/**
 * Issue 15 bench: the bus's authentication and encryption on versus off, in one run, over the
 * same model stream (docs/bus.md).
 *
 * - **on**: the Sibyl bus — nats-server 2.15 with logins delegated to the bus authorizer — and
 *   the sealed wire: the request sealed to the supplier, every frame sealed to the gateway.
 * - **off**: the same nats-server binary with no authentication at all, and the same messages in
 *   clear JSON.
 *
 * Everything else is shared: one node-llama-cpp context generating in this process, greedy, the
 * envelope signed and verified on both sides, one frame per generated text piece (the supplier
 * gathers pieces for 100 ms; a frame per piece is the worst case for per-frame cost). Requests
 * alternate between the sides prompt by prompt so machine noise hits both alike. Reported per
 * side: decode tok/s ((n−1)/(t_last − t_first)) and TTFT (publish to first chunk); the bus's own
 * share of TTFT (publish → supplier, plus the first chunk's trip back) and each frame's trip,
 * which generation's request-to-request swing does not blur; sealing's own cost timed in a loop;
 * and the time to connect one participant (TCP, login included). Goal: on/off tok/s ≥ 0.99 and
 * at most 2 ms added TTFT at p50.
 *
 *   npx tsx bench/bus.bench.ts [--rounds 4] [--max-tokens 64] [--connects 20] [--threads 1] [--no-record]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { connect, createInbox, type Msg, type NatsConnection } from '@nats-io/transport-node';
import { getLlama, LlamaChat, LlamaLogLevel } from 'node-llama-cpp';
import type { BusRole } from '@sibyl/bus-authorizer';
import { LocalBus, freePort, natsServerBinary } from '@sibyl/localnet';
import { DEFAULT_DEV_MODEL, ModelFetcher, toChatHistory } from '@sibyl/model-runtime';
import { waitForPort } from '@sibyl/supplier';
import {
  PeerSecrets,
  SealedRelayRequest,
  connectBus,
  decodeRelayBody,
  decodeRelayFrame,
  decodeRelayRequest,
  encodeMessage,
  fastSigner,
  hash256,
  inboxPrefixOf,
  sealRelayRequest,
  signEnvelope,
  subjects,
  verifyEnvelope,
  type RelayFrame,
  type RelayRequest,
} from '@sibyl/protocol';
import { BENCH_PROMPTS } from './lib/prompts.js';
import { median, percentile, round, streamSummary } from './lib/stats.js';
import { report } from './lib/results.js';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '4' },
    'max-tokens': { type: 'string', default: '64' },
    connects: { type: 'string', default: '20' },
    // One generation thread leaves the other core to the bus, both clients and the servers, so
    // what the sides differ in does not compete with generation itself (on two cores it would).
    threads: { type: 'string', default: '1' },
    'no-record': { type: 'boolean', default: false },
  },
});
const rounds = Number(values.rounds);
const maxTokens = Number(values['max-tokens']);
const connects = Number(values.connects);

await cryptoWaitReady();
const keyring = new Keyring({ type: 'sr25519' });
const supplierKey = fastSigner(keyring.addFromUri('//Bob'));
const gatewayKey = fastSigner(keyring.addFromUri('//Charlie'));
const roles: Record<string, BusRole[]> = { [supplierKey.address]: ['supplier'], [gatewayKey.address]: ['gateway'] };

const dataDir = mkdtempSync(join(tmpdir(), 'sibyl-bus-bench-'));
const bus = await LocalBus.start({ dataDir, ports: [0], roles: { rolesOf: async (a) => new Set(roles[a] ?? []) } });
const openPort = await freePort();
const openServer = spawn(natsServerBinary(), ['-a', '127.0.0.1', '-p', String(openPort)], { stdio: 'ignore' });
await waitForPort('127.0.0.1', openPort, openServer, 10_000);
const openUrl = `nats://127.0.0.1:${openPort}`;

// Connection set-up, one participant at a time.
async function connectTimes(open: () => Promise<NatsConnection>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < connects; i++) {
    const start = performance.now();
    const nc = await open();
    await nc.flush();
    times.push(performance.now() - start);
    await nc.close();
  }
  return times;
}
const connectOn = await connectTimes(() => connectBus({ servers: bus.urls, signer: gatewayKey, failFast: true }));
const connectOff = await connectTimes(() => connect({ servers: openUrl }));

/**
 * What sealing costs by itself, timed in a tight loop: the end-to-end figures below carry this
 * machine's generation noise (the auth-only side against the off side shows how much), these
 * bound the overhead without it.
 */
function sealingCosts() {
  const time = (n: number, fn: (i: number) => void) => {
    const start = performance.now();
    for (let i = 0; i < n; i++) fn(i);
    return ((performance.now() - start) * 1000) / n;
  };
  const gateway = new PeerSecrets(gatewayKey);
  const supplier = new PeerSecrets(supplierKey);
  const request: RelayRequest = { envelope: { payload: `0x${'00'.repeat(180)}`, signature: `0x${'00'.repeat(64)}` }, body: JSON.stringify({ kind: 'chat', messages: [{ role: 'user', content: BENCH_PROMPTS[3] }], stop: [] }) };
  const agreementUs = time(50, () => new PeerSecrets(gatewayKey).with(supplierKey.address));
  gateway.with(supplierKey.address);
  supplier.with(gatewayKey.address);
  const requests = Array.from({ length: 2_000 }, () => sealRelayRequest(gateway, supplierKey.address, request));
  const requestSealUs = time(2_000, () => sealRelayRequest(gateway, supplierKey.address, request));
  const opened = requests.map((r) => SealedRelayRequest.read(supplier, r.bytes));
  const requestOpenUs = time(2_000, (i) => opened[i]!.open());
  const frames = Array.from({ length: 5_000 }, (_, i) => opened[0]!.frames.seal({ t: 'chunk', seq: i, text: ' word' }));
  const writer = opened[1]!.frames;
  const frameSealUs = time(5_000, (i) => writer.seal({ t: 'chunk', seq: i, text: ' word' }));
  const frameOpenUs = time(5_000, (i) => requests[0]!.frames.open(frames[i]!));
  return {
    key_agreement_us: round(agreementUs, 1),
    request_seal_us: round(requestSealUs, 1),
    request_open_us: round(requestOpenUs, 1),
    frame_seal_us: round(frameSealUs, 1),
    frame_open_us: round(frameOpenUs, 1),
  };
}
const sealing = sealingCosts();

// One model, one sequence: the "supplier" generates for whichever side asks.
const modelPath = await new ModelFetcher().ensure(DEFAULT_DEV_MODEL.artifact);
const llama = await getLlama({ gpu: false, build: 'never', usePrebuiltBinaries: true, skipDownload: true, logLevel: LlamaLogLevel.error });
const model = await llama.loadModel({ modelPath });
const context = await model.createContext({ sequences: 1, contextSize: 1024, threads: Number(values.threads) });
const sequence = context.getSequence();

/** Decode tok/s as the generating side saw it, per side: separates generation from delivery. */
type Side = 'on' | 'auth' | 'off';
const generated: Record<Side, number[]> = { on: [], auth: [], off: [] };

/**
 * When the supplier received the current request and sent each chunk (requests run one at a time,
 * all in this process): what the bus itself adds to time to first token and to each frame,
 * apart from generation, whose own speed swings by several percent from request to request here.
 */
const supplierClock = { received: 0, sent: [] as number[] };

async function generate(side: Side, request: RelayRequest, send: (frame: RelayFrame) => void): Promise<void> {
  supplierClock.received = performance.now();
  supplierClock.sent = [];
  const envelope = verifyEnvelope(request.envelope);
  if (hash256(request.body) !== envelope.requestHash) throw new Error('body does not match');
  const body = decodeRelayBody(request.body);
  if (body.kind !== 'chat') throw new Error('chat only');
  await sequence.clearHistory();
  const chat = new LlamaChat({ contextSequence: sequence, autoDisposeSequence: false });
  send({ t: 'accepted', promptTokens: 0 });
  let seq = 0;
  let first = 0;
  let last = 0;
  await chat.generateResponse(toChatHistory(body.messages), {
    maxTokens: envelope.sampling.maxTokens,
    temperature: 0,
    onTextChunk: (text) => {
      last = performance.now();
      if (!first) first = last;
      supplierClock.sent.push(performance.now());
      send({ t: 'chunk', seq: seq++, text });
    },
  });
  generated[side].push(((seq - 1) * 1000) / (last - first));
  chat.dispose({ disposeSequence: false });
  send({ t: 'error', code: 'internal', message: 'end' }); // the bench's end marker (no signature needed here)
}

// The supplier's side on each bus.
const supplierOn = await connectBus({ servers: bus.urls, signer: supplierKey, failFast: true });
const supplierSecrets = new PeerSecrets(supplierKey);
supplierOn.subscribe(subjects.relay(supplierKey.address), {
  callback: (_e, msg: Msg) => {
    const sealed = SealedRelayRequest.read(supplierSecrets, msg.data);
    void generate('on', sealed.open(), (frame) => supplierOn.publish(msg.reply!, sealed.frames.seal(frame)));
  },
});
// Authentication without sealing, to tell the two costs apart: clear frames on the Sibyl bus.
const PLAIN_SUBJECT = `${subjects.relay(supplierKey.address)}.plain`;
supplierOn.subscribe(PLAIN_SUBJECT, {
  callback: (_e, msg: Msg) => void generate('auth', decodeRelayRequest(msg.data), (frame) => supplierOn.publish(msg.reply!, encodeMessage(frame))),
});
const supplierOff = await connect({ servers: openUrl });
supplierOff.subscribe(subjects.relay(supplierKey.address), {
  callback: (_e, msg: Msg) => void generate('off', decodeRelayRequest(msg.data), (frame) => supplierOff.publish(msg.reply!, encodeMessage(frame))),
});
await Promise.all([supplierOn.flush(), supplierOff.flush()]);

// The gateway's side on each bus.
const gatewayOn = await connectBus({ servers: bus.urls, signer: gatewayKey, failFast: true });
const gatewayOff = await connect({ servers: openUrl });
const gatewaySecrets = new PeerSecrets(gatewayKey);
let nonce = 1n;

interface Sample {
  ttftMs: number;
  tokens: number;
  tokPerS: number;
  /** The bus's share of TTFT: request publish → supplier, plus first chunk supplier → gateway. */
  busTtftMs: number;
  /** Median time a chunk spent between the supplier's send and the gateway's read. */
  deliveryMs: number;
}

async function relay(side: Side, prompt: string): Promise<Sample> {
  const text = JSON.stringify({ kind: 'chat', messages: [{ role: 'user', content: prompt }], stop: [] });
  const envelope = signEnvelope(
    {
      session: 1n,
      app: gatewayKey.address,
      gateway: gatewayKey.address,
      supplier: supplierKey.address,
      model: 1,
      requestHash: hash256(text),
      promptTokens: 256,
      sampling: { maxTokens, temperatureMilli: 0, topPMilli: 1000, seed: null },
      nonce: nonce++,
    },
    gatewayKey,
  );
  const request: RelayRequest = { envelope, body: text };
  const nats = side === 'off' ? gatewayOff : gatewayOn;
  const inbox = side === 'off' ? createInbox() : createInbox(inboxPrefixOf(gatewayKey.address));
  const sub = nats.subscribe(inbox);
  const start = performance.now();
  let open: (data: Uint8Array) => RelayFrame | undefined;
  if (side === 'on') {
    const sealed = sealRelayRequest(gatewaySecrets, supplierKey.address, request);
    open = (data) => sealed.frames.open(data);
    nats.publish(subjects.relay(supplierKey.address), sealed.bytes, { reply: inbox });
  } else {
    open = (data) => decodeRelayFrame(data);
    nats.publish(side === 'auth' ? PLAIN_SUBJECT : subjects.relay(supplierKey.address), encodeMessage(request), { reply: inbox });
  }
  let first = 0;
  let last = 0;
  let tokens = 0;
  const delivery: number[] = [];
  for await (const msg of sub) {
    const frame = open(msg.data);
    if (!frame) throw new Error(`${side}: a frame did not open`);
    if (frame.t === 'chunk') {
      last = performance.now();
      if (!first) first = last;
      delivery.push(last - supplierClock.sent[frame.seq]!);
      tokens++;
    }
    if (frame.t === 'error') break;
  }
  sub.unsubscribe();
  return {
    ttftMs: first - start,
    tokens,
    tokPerS: ((tokens - 1) * 1000) / (last - first),
    busTtftMs: supplierClock.received - start + delivery[0]!,
    deliveryMs: median(delivery),
  };
}

const samples: Record<Side, Sample[]> = { on: [], auth: [], off: [] };
const sides: Side[] = ['on', 'auth', 'off'];
for (const side of sides) await relay(side, BENCH_PROMPTS[0]!);
for (let r = 0; r < rounds; r++) {
  for (const [i, prompt] of BENCH_PROMPTS.entries()) {
    // Rotate which side goes first so drift favours none.
    for (let k = 0; k < sides.length; k++) {
      const side = sides[(i + r + k) % sides.length]!;
      samples[side].push(await relay(side, prompt));
    }
  }
}
const { on, off } = samples;

const onSummary = streamSummary(on);
const authSummary = streamSummary(samples.auth);
const offSummary = streamSummary(off);
await Promise.all([supplierOn.close(), supplierOff.close(), gatewayOn.close(), gatewayOff.close()]);
await context.dispose();
await model.dispose();
await llama.dispose();
await bus.stop();
openServer.kill('SIGTERM');
rmSync(dataDir, { recursive: true, force: true });

report(
  'bus-auth-encryption',
  {
    model: DEFAULT_DEV_MODEL.name,
    max_tokens: maxTokens,
    threads: Number(values.threads),
    on: onSummary,
    auth_only: authSummary,
    off: offSummary,
    tok_per_s_ratio: round(onSummary.tok_per_s_p50 / offSummary.tok_per_s_p50, 3),
    // The same prompt in the same round, side against side: robust to prompts and drift.
    tok_per_s_ratio_paired: round(median(on.map((s, i) => s.tokPerS / off[i]!.tokPerS)), 3),
    auth_only_tok_per_s_ratio_paired: round(median(samples.auth.map((s, i) => s.tokPerS / off[i]!.tokPerS)), 3),
    generated_tok_per_s_p50: { on: round(median(generated.on)), auth_only: round(median(generated.auth)), off: round(median(generated.off)) },
    added_ttft_ms_p50: round(onSummary.ttft_ms_p50 - offSummary.ttft_ms_p50),
    added_ttft_ms_p50_paired: round(median(on.map((s, i) => s.ttftMs - off[i]!.ttftMs))),
    auth_only_added_ttft_ms_p50_paired: round(median(samples.auth.map((s, i) => s.ttftMs - off[i]!.ttftMs))),
    bus_ttft_ms_p50: { on: round(median(on.map((s) => s.busTtftMs)), 3), auth_only: round(median(samples.auth.map((s) => s.busTtftMs)), 3), off: round(median(off.map((s) => s.busTtftMs)), 3) },
    added_bus_ttft_ms_p50_paired: round(median(on.map((s, i) => s.busTtftMs - off[i]!.busTtftMs)), 3),
    frame_delivery_ms_p50: { on: round(median(on.map((s) => s.deliveryMs)), 3), auth_only: round(median(samples.auth.map((s) => s.deliveryMs)), 3), off: round(median(off.map((s) => s.deliveryMs)), 3) },
    sealing,
    // Per token, a frame sealed and opened; per request, the request sealed and opened and one
    // frame: the overhead bound these give at the off side's speed.
    sealing_bound: {
      tok_per_s_ratio: round(1 / (1 + ((sealing.frame_seal_us + sealing.frame_open_us) * offSummary.tok_per_s_p50) / 1e6), 4),
      added_ttft_ms: round((sealing.request_seal_us + sealing.request_open_us + sealing.frame_seal_us + sealing.frame_open_us) / 1000, 3),
    },
    connect_ms: {
      on_p50: round(median(connectOn)),
      on_p90: round(percentile(connectOn, 90)),
      off_p50: round(median(connectOff)),
      off_p90: round(percentile(connectOff, 90)),
    },
    goal: { tok_per_s_ratio: '>= 0.99', added_ttft_ms_p50: '<= 2' },
  },
  !values['no-record'],
);
process.exit(0);
