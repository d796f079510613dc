/**
 * On-chain bytes per (supplier, session) for K relays served (issue 5): what a supplier posts —
 * the claim extrinsic and the proof extrinsic — and what chain state holds while the session is
 * open, for K = 10, 10k and 1M, side by side in one run.
 *
 * Difficulty is at its steady state: the chain sets the mining probability to
 * min(1, targetRelays / relays per session), so the supplier mines min(K, targetRelays) of its
 * K relays and its tree never grows past that. The tree is built over that many ≈369-byte signed
 * relay leaves (synthetic-relays.ts); each proof path is encoded exactly as `submitProof` takes it
 * (encodeRelayPathProofs: the relay without what the claim implies, empty siblings as one byte,
 * later paths without the top of the tree they share with the path before).
 *
 * How many paths: the runtime's rule (relay-mining pallet, `path_count`) with its defaults —
 * 1 path while the claim is worth no more than the slash a missing proof costs, else one more per
 * doubling, at most 2. Worth = estimated CU (sum / p) × price; slash = 5% of the bond. Price and
 * bond default to the local network's (0.001 SBL per 1k CU, the 1000 SBL minimum supplier bond).
 * Proof sizes are averaged over `--seeds` proof seeds (and the largest reported), since a
 * branch's depth depends on which leaf the seed picks. Signed-extrinsic overhead is the
 * runtime's: MultiAddress::Id, sr25519 MultiSignature, mortal era, compact nonce and tip (≈ 110 B).
 *
 *   npx tsx bench/relay-miner/onchain-bytes.ts [--base-paths 1] [--max-paths 2] [--price-per-kcu 0.001]
 *     [--bond 1000] [--seeds 16] [--json] [--no-record]
 */
import { parseArgs } from 'node:util';
import { MinedRelayStore, blake2Ready, encodeRelayPathProofs, encodeCompactU32 } from '@sibyl/relay-mining';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signedTemplate } from './signed-template.js';
import { SyntheticRelays } from './synthetic-relays.js';
import { report } from '../lib/results.js';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    'no-record': { type: 'boolean', default: false },
    'base-paths': { type: 'string', default: '1' },
    'max-paths': { type: 'string', default: '2' },
    'price-per-kcu': { type: 'string', default: '0.001' },
    bond: { type: 'string', default: '1000' },
    seeds: { type: 'string', default: '16' },
  },
});
const log = (line: string) => values.json || console.error(line);

/** The runtime's defaults (`MiningParameters::default`) unless overridden. */
const TARGET_RELAYS = 10_000;
const BASE_PATHS = Number(values['base-paths']);
const MAX_PATHS = Number(values['max-paths']);
const MISSING_PROOF_SLASH = 0.05;
const PRICE_PER_KCU = Number(values['price-per-kcu']);
const BOND = Number(values.bond);
const SEEDS = Number(values.seeds);
/** Address (1 + 32) + MultiSignature (1 + 64) + era (2) + nonce (≤ 5) + tip (1) + version and length (≈ 4). */
const SIGNED_OVERHEAD = 110;
/** Call: pallet and call index, session Compact<u64>, app AccountId32, model Compact<u32> (small ids: 1 byte each). */
const CALL_HEAD = 2 + 1 + 32 + 1;
/** Claim state: value (root 48 + claimed_at 4 + proven 1 + paths 4) and key (prefix 32, twox64 + u64, blake2_128 + key tuple 68). */
const CLAIM_STATE = 57 + 32 + 16 + 16 + 68;

/** The pallet's `path_count`: base while worth ≤ at stake, then one more per doubling. */
function pathCount(worth: number, atStake: number): number {
  let paths = BASE_PATHS;
  for (let covered = atStake; covered < worth && paths < MAX_PATHS; covered *= 2) paths++;
  return paths;
}

await blake2Ready();
const relays = new SyntheticRelays(await signedTemplate());
const atStake = BOND * MISSING_PROOF_SLASH;
const rows = [];
for (const k of [10, 10_000, 1_000_000]) {
  const mined = Math.min(k, TARGET_RELAYS);
  const dir = mkdtempSync(join(tmpdir(), 'sibyl-onchain-bytes-'));
  const store = await MinedRelayStore.open({ dir, session: 1n, model: 0 });
  for (let i = 0; i < mined; i++) {
    const { key, weight, value } = relays.relay(i);
    // A mined key is uniform below the probability: a uniform 8-byte prefix (the key's random
    // bytes 8..16; the synthetic keys zero their top bits) scaled by mined / K.
    const view = new DataView(key.buffer, key.byteOffset, 16);
    view.setBigUint64(0, (view.getBigUint64(8) * BigInt(mined)) / BigInt(k));
    store.add(key, weight, value);
  }
  await store.flush();
  const tree = store.buildTree();
  const estimatedCu = (Number(tree.root.sum) * k) / mined;
  const worth = (estimatedCu / 1000) * PRICE_PER_KCU;
  const paths = pathCount(worth, atStake);
  const perSeed: number[] = [];
  const pathBytes: number[] = [];
  let depth = 0;
  for (let s = 0; s < SEEDS; s++) {
    const seed = new Uint8Array(32).fill(s + 1);
    const proven = Array.from({ length: paths }, (_, i) => tree.prove(i, seed));
    for (const { proof } of proven) depth = Math.max(depth, proof.siblings.length);
    const encoded = encodeRelayPathProofs(proven).map((bytes) => bytes.length);
    pathBytes.push(...encoded);
    perSeed.push(encoded.reduce((a, b) => a + b, 0));
  }
  const claimTx = SIGNED_OVERHEAD + CALL_HEAD + 48;
  const proofTx = (bytes: number) => SIGNED_OVERHEAD + CALL_HEAD + encodeCompactU32(paths).length + bytes;
  const mean = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
  const row = {
    relays: k,
    mined,
    worth_sbl: Math.round(worth * 1000) / 1000,
    slash_at_stake_sbl: atStake,
    proof_paths: paths,
    max_depth: depth,
    claim_tx_bytes: claimTx,
    proof_tx_bytes_mean: proofTx(mean(perSeed)),
    proof_tx_bytes_max: proofTx(Math.max(...perSeed)),
    extrinsic_bytes_mean: claimTx + proofTx(mean(perSeed)),
    extrinsic_bytes_max: claimTx + proofTx(Math.max(...perSeed)),
    bytes_per_path_mean: mean(pathBytes),
    bytes_per_path_max: Math.max(...pathBytes),
    state_bytes_while_open: CLAIM_STATE,
    state_bytes_after_close: 0,
  };
  log(
    `K=${k}: ${mined} mined, worth ${row.worth_sbl} SBL vs ${atStake} at stake → ${paths} path(s) (depth ≤ ${depth}): ` +
      `claim ${claimTx} B + proof ${row.proof_tx_bytes_mean} B mean (${row.proof_tx_bytes_max} max over ${SEEDS} seeds); state ${CLAIM_STATE} B until the session closes`,
  );
  rows.push(row);
  await store.discard();
  rmSync(dir, { recursive: true, force: true });
}
report(
  'relay-mining-onchain-bytes',
  {
    target_relays: TARGET_RELAYS,
    path_params: { base_paths: BASE_PATHS, max_paths: MAX_PATHS, missing_proof_slash: MISSING_PROOF_SLASH },
    price_per_kcu_sbl: PRICE_PER_KCU,
    bond_sbl: BOND,
    seeds: SEEDS,
    rows,
  },
  !values['no-record'],
);
process.exit(0);
