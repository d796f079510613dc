/**
 * On-chain bytes per (supplier, session) for K relays served (issue 5): what a supplier posts —
 * the claim extrinsic and the proof extrinsic — and what chain state holds while the session is
 * open, for K = 10, 10k and 1M, side by side in one run.
 *
 * Difficulty is at its steady state: the chain sets the mining probability to
 * min(1, targetRelays / relays per session), so the supplier mines min(K, targetRelays) of its
 * K relays and its tree never grows past that. The tree is built over that many ≈365-byte signed
 * relay leaves (synthetic-relays.ts) and proven on the number of paths the chain's default
 * parameters require for the claimed (mined) compute units; every byte counted is SCALE as the chain
 * decodes it. Signed-extrinsic overhead is the runtime's: MultiAddress::Id, sr25519
 * MultiSignature, mortal era, compact nonce and tip (≈ 110 bytes).
 *
 *   npx tsx bench/relay-miner/onchain-bytes.ts [--base-paths 2] [--max-paths 8] [--json] [--no-record]
 */
import { parseArgs } from 'node:util';
import { MinedRelayStore, blake2Ready, encodeProof, encodeCompactU32, proofPathCount } from '@sibyl/relay-mining';
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
    // Governance could trade proof size for detection power: fewer paths.
    'base-paths': { type: 'string', default: '2' },
    'max-paths': { type: 'string', default: '8' },
  },
});
const log = (line: string) => values.json || console.error(line);

/** The runtime's defaults (`MiningParameters::default`) unless overridden. */
const TARGET_RELAYS = 10_000;
const PATHS = { basePaths: Number(values['base-paths']), unitCu: 100_000n, maxPaths: Number(values['max-paths']) };
/** Address (1 + 32) + MultiSignature (1 + 64) + era (2) + nonce (≤ 5) + tip (1) + version and length (≈ 4). */
const SIGNED_OVERHEAD = 110;
/** Call: pallet and call index, session u64, app AccountId32, model u32. */
const CALL_HEAD = 2 + 8 + 32 + 4;
/** Claim state: value (root 48 + claimed_at 4 + proven 1) and key (prefix 32, twox64 + u64, blake2_128 + key tuple 68). */
const CLAIM_STATE = 53 + 32 + 16 + 16 + 68;

await blake2Ready();
const relays = new SyntheticRelays(await signedTemplate());
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
  // The chain sizes a proof by the claimed (mined) sum, which difficulty keeps bounded.
  const paths = proofPathCount(tree.root.sum, PATHS);
  const seed = new Uint8Array(32).fill(7);
  let proofBytes = 0;
  let depth = 0;
  for (let i = 0; i < paths; i++) {
    const { proof } = tree.prove(i, seed);
    proofBytes += encodeProof(proof).length;
    depth = Math.max(depth, proof.siblings.length);
  }
  const claimTx = SIGNED_OVERHEAD + CALL_HEAD + 48;
  const proofTx = SIGNED_OVERHEAD + CALL_HEAD + encodeCompactU32(paths).length + proofBytes;
  const row = {
    relays: k,
    mined,
    proof_paths: paths,
    max_depth: depth,
    claim_tx_bytes: claimTx,
    proof_tx_bytes: proofTx,
    extrinsic_bytes: claimTx + proofTx,
    bytes_per_path: Math.round(proofBytes / paths),
    state_bytes_while_open: CLAIM_STATE,
    state_bytes_after_close: 0,
  };
  log(`K=${k}: ${mined} mined, ${paths} paths (depth ≤ ${depth}): claim ${claimTx} B + proof ${proofTx} B; state ${CLAIM_STATE} B until the session closes`);
  rows.push(row);
  await store.discard();
  rmSync(dir, { recursive: true, force: true });
}
report('relay-mining-onchain-bytes', { target_relays: TARGET_RELAYS, path_params: { ...PATHS, unitCu: PATHS.unitCu.toString() }, rows }, !values['no-record']);
process.exit(0);
