/**
 * Which leaves a claim must prove, and how many (DESIGN.md: relays, "Proof").
 *
 * Path i targets the CU offset r_i = u64le(H(seed ‖ le32(i))[0..8]) mod sum, where seed is chain
 * randomness revealed after the claim. The walk from the root goes left when r < L.sum, else
 * subtracts L.sum and goes right, so a leaf is hit in proportion to its weight: fake weight
 * padded into a tree is sampled exactly as often as it pays.
 */
import { blake2b256 } from './blake2.js';
import { SumTreeError, U64_MAX } from './node-summary.js';

export const SEED_BYTES = 32;

/** r_i for path `pathIndex` of a claim whose root sums to `rootSum` CU. */
export function pathOffset(seed: Uint8Array, pathIndex: number, rootSum: bigint): bigint {
  if (seed.length !== SEED_BYTES) throw new RangeError(`a path seed is ${SEED_BYTES} bytes, not ${seed.length}`);
  if (!Number.isInteger(pathIndex) || pathIndex < 0 || pathIndex > 0xffff_ffff) throw new RangeError(`path index ${pathIndex} is not a u32`);
  if (rootSum <= 0n) throw new SumTreeError('empty-claim', 'an empty claim has no paths');
  if (rootSum > U64_MAX) throw new SumTreeError('sum-overflow', 'a claim sums to at most u64::MAX');
  const input = new Uint8Array(SEED_BYTES + 4);
  input.set(seed);
  new DataView(input.buffer).setUint32(SEED_BYTES, pathIndex, true);
  const digest = blake2b256(input);
  const draw = new DataView(digest.buffer, digest.byteOffset, 8).getBigUint64(0, true);
  return draw % rootSum;
}

/**
 * How the number of proof paths grows with the claimed CU. These are off-chain defaults for
 * planning and tests; the chain's relay-mining parameters are authoritative and override them.
 */
export interface ProofPathParams {
  /** Paths for any claim below two units. */
  basePaths: number;
  /** One more path each time the claim doubles past this many CU. */
  unitCu: bigint;
  /** Upper bound, so proof cost on chain stays bounded. */
  maxPaths: number;
}

export const DEFAULT_PROOF_PATH_PARAMS: ProofPathParams = Object.freeze({ basePaths: 1, unitCu: 1_000_000n, maxPaths: 8 });

/**
 * min(maxPaths, basePaths + floor(log2(max(1, claimedSum / unitCu)))), with integer division;
 * 0 for an empty claim (nothing to prove).
 */
export function proofPathCount(claimedSum: bigint, params: ProofPathParams = DEFAULT_PROOF_PATH_PARAMS): number {
  if (claimedSum <= 0n) return 0;
  if (params.unitCu <= 0n) throw new RangeError('unitCu must be positive');
  const units = claimedSum / params.unitCu;
  // floor(log2(x)) for x ≥ 1 is its bit length minus one.
  const log2 = units <= 1n ? 0 : units.toString(2).length - 1;
  return Math.min(params.maxPaths, params.basePaths + log2);
}
