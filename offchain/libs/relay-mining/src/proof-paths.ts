/**
 * Which leaves a claim must prove (docs/relay-mining.md, "Claims and proofs (chain side)"). How
 * many is the chain's call, fixed when the claim is taken (relay-mining pallet, `path_count`) and
 * read back from the claim.
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
