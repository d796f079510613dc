/**
 * Relay-miner bench (issue 5): the supplier's mined-relay store against the naive baseline, side
 * by side in one run, each in its own child process so RSS figures never mix:
 *
 *   store    @sibyl/relay-mining's MinedRelayStore: add() appends to an on-disk log and keeps
 *            ~48 B a relay in typed arrays; the tree is built once, at claim time (buildTree).
 *   pointer  a sum trie of heap objects re-hashed along the path on every insert, values in
 *            memory (what POKT's relay miner does), same node format: the roots must agree.
 *
 * Runs `store` at --relays (default 1,000,000), then `store` and `pointer` at --naive-relays
 * (default 100,000) so ratios compare equal N. One child at a time: Node runs JS on one core, so
 * every throughput here is single-core. Values are ≈ 369-byte relay leaves (synthetic-relays.ts).
 *
 *   npm run bench:relay-miner -- [--relays N] [--naive-relays N] [--json] [--no-record]
 *
 * Progress goes to stderr (not with --json); the last line of stdout is the JSON result, also
 * recorded in bench/results/relay-miner.json unless --no-record.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  MinedRelayStore,
  blake2Ready,
  blake2b256,
  decodeProof,
  encodeProof,
  verifyProof,
  type NodeSummary,
} from '@sibyl/relay-mining';
import { PointerSumTrie } from './pointer-sum-trie.js';
import { SyntheticRelays, benchKeyOf } from './synthetic-relays.js';
import { report } from '../lib/results.js';
import { round } from '../lib/stats.js';

const { values } = parseArgs({
  options: {
    relays: { type: 'string', default: '1000000' },
    'naive-relays': { type: 'string', default: '100000' },
    json: { type: 'boolean', default: false },
    'no-record': { type: 'boolean', default: false },
    // Internal: how the parent starts a measuring child.
    child: { type: 'string' },
    template: { type: 'string' },
    dir: { type: 'string' },
  },
});
const log = (line: string) => values.json || console.error(line);
const BATCH = 8192;
const MB = 1 << 20;

const rss = () => process.memoryUsage().rss;
const collect = () => (globalThis as { gc?: () => void }).gc?.();
const peakRss = () => process.resourceUsage().maxRSS * 1024;
/** Hex without @polkadot/util, which the measuring children must not load (it is ~16 MB of RSS the store does not use). */
const toHex = (bytes: Uint8Array) => `0x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('hex')}`;

/** One batch of relays in flat buffers, refilled in place: the generator adds nothing to the RSS it measures. */
class RelayBatch {
  readonly keys: Uint8Array;
  readonly values: Uint8Array;
  readonly weights = new BigUint64Array(BATCH);
  length = 0;

  constructor(private readonly relays: SyntheticRelays) {
    this.keys = new Uint8Array(BATCH * 32);
    this.values = new Uint8Array(BATCH * relays.valueBytes);
  }

  /** Fills relays [from, to); returns the time it took (mostly the relay digests). */
  fill(from: number, to: number): number {
    const t = performance.now();
    this.length = to - from;
    for (let j = 0; j < this.length; j++) this.weights[j] = this.relays.write(from + j, this.key(j), this.value(j));
    return performance.now() - t;
  }

  key(j: number): Uint8Array {
    return this.keys.subarray(32 * j, 32 * j + 32);
  }

  value(j: number): Uint8Array {
    const size = this.relays.valueBytes;
    return this.values.subarray(size * j, size * j + size);
  }
}

/** The claim: build the tree, prove and verify every path. A function, so the tree is garbage once it returns. */
function buildAndProve(store: MinedRelayStore) {
  let t = performance.now();
  const tree = store.buildTree();
  const buildMs = performance.now() - t;
  const afterBuild = rss();
  const seed = blake2b256(new TextEncoder().encode('relay-miner bench seed'));
  // Timed over 8 paths, more than the chain's default maximum (2), for stable per-path figures.
  const paths = 8;
  let proveMs = 0;
  let verifyMs = 0;
  const sizes: number[] = [];
  const depths: number[] = [];
  for (let i = 0; i < paths; i++) {
    t = performance.now();
    const { proof } = tree.prove(i, seed);
    const encoded = encodeProof(proof);
    proveMs += performance.now() - t;
    sizes.push(encoded.length);
    depths.push(proof.siblings.length);
    t = performance.now();
    verifyProof(tree.root, seed, i, decodeProof(encoded), benchKeyOf);
    verifyMs += performance.now() - t;
  }
  return { root: tree.root as NodeSummary, buildMs, afterBuild, paths, proveMs, verifyMs, sizes, depths };
}

async function measureStore(relays: SyntheticRelays, n: number, dir: string) {
  collect();
  const baseline = rss();
  const store = await MinedRelayStore.open({ dir, session: BigInt(n), model: 0 });
  const batch = new RelayBatch(relays);
  let genMs = 0;
  let addMs = 0;
  let addRss = 0;
  for (let from = 0; from < n; from += BATCH) {
    const to = Math.min(n, from + BATCH);
    genMs += batch.fill(from, to);
    const t = performance.now();
    for (let j = 0; j < batch.length; j++) if (!store.add(batch.key(j), batch.weights[j]!, batch.value(j))) throw new Error(`relay ${from + j} refused`);
    addMs += performance.now() - t;
    addRss = Math.max(addRss, rss());
    if (from % (20 * BATCH) === 0) log(`relay-miner: store ${to}/${n}, rss ${round(rss() / MB, 1)} MB`);
  }
  let t = performance.now();
  await store.flush();
  const flushMs = performance.now() - t;
  collect();
  const afterAdd = rss();
  const storeBytes = store.memoryBytes;

  const claim = buildAndProve(store);
  const logBytes = statSync(store.path).size;
  const { root } = claim;
  await store.close();
  // Everything up to the proofs; the replay below runs after the tree is dropped (a restart).
  const peak = peakRss();
  collect();

  t = performance.now();
  const reopened = await MinedRelayStore.open({ dir, session: BigInt(n), model: 0 });
  const replayMs = performance.now() - t;
  const afterReplay = rss();
  if (reopened.size !== n || reopened.totalWeight !== root.sum) throw new Error('the replayed log differs');
  await reopened.discard();

  return {
    relays: n,
    value_bytes: relays.valueBytes,
    add_s: round(addMs / 1000, 3),
    add_relays_per_s: Math.round(n / (addMs / 1000)),
    add_us_per_relay: round((addMs * 1000) / n, 3),
    digest_us_per_relay: round((genMs * 1000) / n, 3),
    flush_ms: round(flushMs, 1),
    build_tree_s: round(claim.buildMs / 1000, 3),
    // Everything the claim costs: every add plus the one build.
    add_and_build_relays_per_s: Math.round(n / ((addMs + claim.buildMs) / 1000)),
    proof_paths: claim.paths,
    prove_ms_per_path: round(claim.proveMs / claim.paths, 3),
    verify_ms_per_path: round(claim.verifyMs / claim.paths, 3),
    proof_bytes_mean: Math.round(claim.sizes.reduce((a, b) => a + b, 0) / claim.paths),
    proof_bytes_max: Math.max(...claim.sizes),
    proof_depth_max: Math.max(...claim.depths),
    replay_s: round(replayMs / 1000, 3),
    log_bytes: logBytes,
    rss_baseline_mb: round(baseline / MB, 1),
    rss_after_add_mb: round(afterAdd / MB, 1),
    rss_max_during_add_mb: round(addRss / MB, 1),
    rss_after_build_mb: round(claim.afterBuild / MB, 1),
    rss_peak_mb: round(peak / MB, 1),
    rss_after_replay_mb: round(afterReplay / MB, 1),
    bytes_per_relay_after_add: Math.round((afterAdd - baseline) / n),
    bytes_per_relay_peak: Math.round((peak - baseline) / n),
    // What the store itself holds per relay (typed arrays at their current capacity), without allocator slack.
    store_array_bytes_per_relay: Math.round(storeBytes / n),
    root: { hash: toHex(root.hash), sum: root.sum.toString(), count: root.count.toString() },
  };
}

function measurePointer(relays: SyntheticRelays, n: number) {
  collect();
  const baseline = rss();
  const trie = new PointerSumTrie();
  const batch = new RelayBatch(relays);
  let insertMs = 0;
  for (let from = 0; from < n; from += BATCH) {
    const to = Math.min(n, from + BATCH);
    batch.fill(from, to);
    const t = performance.now();
    // The trie keeps what it is given, so it gets its own copies (as it would from a decoder).
    for (let j = 0; j < batch.length; j++) if (!trie.insert(batch.key(j).slice(), batch.weights[j]!, batch.value(j).slice())) throw new Error(`relay ${from + j} refused`);
    insertMs += performance.now() - t;
    if (from % (4 * BATCH) === 0) log(`relay-miner: pointer ${to}/${n}, rss ${round(rss() / MB, 1)} MB`);
  }
  collect();
  const after = rss();
  const root = trie.summary;
  return {
    relays: n,
    add_s: round(insertMs / 1000, 3),
    add_relays_per_s: Math.round(n / (insertMs / 1000)),
    add_us_per_relay: round((insertMs * 1000) / n, 3),
    rss_baseline_mb: round(baseline / MB, 1),
    rss_after_add_mb: round(after / MB, 1),
    rss_peak_mb: round(peakRss() / MB, 1),
    bytes_per_relay_after_add: Math.round((after - baseline) / n),
    bytes_per_relay_peak: Math.round((peakRss() - baseline) / n),
    root: { hash: toHex(root.hash), sum: root.sum.toString(), count: root.count.toString() },
  };
}

if (values.child) {
  await blake2Ready();
  const relays = new SyntheticRelays(values.template!);
  const n = Number(values.relays);
  const result = values.child === 'store' ? await measureStore(relays, n, values.dir!) : measurePointer(relays, n);
  console.log(JSON.stringify(result));
  process.exit(0);
}

type StoreResult = Awaited<ReturnType<typeof measureStore>>;
type PointerResult = ReturnType<typeof measurePointer>;

// Only the parent signs: the measuring children never load the keyring.
const template = await (await import('./signed-template.js')).signedTemplate();
const dir = mkdtempSync(join(tmpdir(), 'sibyl-relay-miner-bench-'));
function child(kind: 'store' | 'pointer', n: number): unknown {
  log(`relay-miner: ${kind}, ${n} relays`);
  const out = spawnSync(
    process.execPath,
    [...process.execArgv, '--expose-gc', fileURLToPath(import.meta.url), '--child', kind, '--relays', String(n), '--template', template, '--dir', dir, ...(values.json ? ['--json'] : [])],
    { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', maxBuffer: 16 * MB },
  );
  if (out.status !== 0) throw new Error(`${kind} child failed (${out.status ?? out.signal})`);
  return JSON.parse(out.stdout.trim().split('\n').at(-1)!);
}

try {
  const relays = Number(values.relays);
  const naiveRelays = Number(values['naive-relays']);
  const store = child('store', relays) as StoreResult;
  const storeSmall = child('store', naiveRelays) as StoreResult;
  const pointer = child('pointer', naiveRelays) as PointerResult;
  if (JSON.stringify(storeSmall.root) !== JSON.stringify(pointer.root)) throw new Error('the store and the pointer trie disagree on the root');
  log(`relay-miner: ${relays} relays: add ${store.add_relays_per_s}/s, ${store.bytes_per_relay_peak} B/relay peak, build ${store.build_tree_s} s`);
  log(`relay-miner: ${naiveRelays} relays: store add ${storeSmall.add_relays_per_s}/s vs pointer ${pointer.add_relays_per_s}/s`);
  report(
    'relay-miner',
    {
      relays,
      naive_relays: naiveRelays,
      store,
      store_at_naive_n: storeSmall,
      pointer_at_naive_n: pointer,
      roots_agree: true,
      ratios_store_over_pointer: {
        // At the same N.
        add_throughput: round(storeSmall.add_relays_per_s / pointer.add_relays_per_s, 2),
        add_and_build_throughput: round(storeSmall.add_and_build_relays_per_s / pointer.add_relays_per_s, 2),
        bytes_per_relay_after_add: round(storeSmall.bytes_per_relay_after_add / pointer.bytes_per_relay_after_add, 3),
        bytes_per_relay_peak: round(storeSmall.bytes_per_relay_peak / pointer.bytes_per_relay_peak, 3),
        // The store at --relays against the pointer trie at --naive-relays, per relay.
        add_throughput_at_full_n: round(store.add_relays_per_s / pointer.add_relays_per_s, 2),
        bytes_per_relay_peak_at_full_n: round(store.bytes_per_relay_peak / pointer.bytes_per_relay_peak, 3),
      },
    },
    !values['no-record'],
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
