/**
 * The node format of the sparse Merkle sum tree (README.md, "Format"). The chain's verifier
 * recomputes these bytes, so every layout here is fixed:
 *
 *   leaf  = H(0x00 ‖ key[32] ‖ H(value) ‖ le64(weight)),                  sum = weight, count = 1
 *   inner = H(0x01 ‖ L.hash ‖ le64(L.sum) ‖ le64(L.count) ‖ R.hash ‖ le64(R.sum) ‖ le64(R.count)),
 *           sum = L.sum + R.sum, count = L.count + R.count
 *   empty = (32 zero bytes, 0, 0)
 *
 * with H = blake2b-256.
 */
import { blake2b256 } from './blake2.js';

export const KEY_BYTES = 32;
export const HASH_BYTES = 32;
export const U64_MAX = (1n << 64n) - 1n;

/** What a parent (and a claim) knows of a subtree. */
export interface NodeSummary {
  hash: Uint8Array;
  sum: bigint;
  count: bigint;
}

/** Why a tree or a proof was refused; `code` is what callers (and tests) branch on. */
export type SumTreeErrorCode =
  | 'empty-claim'
  | 'bad-key'
  | 'bad-value'
  | 'zero-weight'
  | 'weight-too-large'
  | 'sum-overflow'
  | 'duplicate-key'
  | 'malformed-proof'
  | 'malformed-sibling'
  | 'non-canonical'
  | 'proof-too-deep'
  | 'root-mismatch'
  | 'root-sum-mismatch'
  | 'root-count-mismatch'
  | 'wrong-leaf-for-path';

export class SumTreeError extends Error {
  constructor(
    readonly code: SumTreeErrorCode,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = 'SumTreeError';
  }
}

export const EMPTY_SUMMARY: NodeSummary = Object.freeze({ hash: new Uint8Array(HASH_BYTES), sum: 0n, count: 0n });

/** Bit `depth` of `key`, most significant bit of byte 0 first: it picks the child at that depth (0 = left). */
export function keyBit(key: Uint8Array, depth: number, keyOffset = 0): number {
  return (key[keyOffset + (depth >> 3)]! >> (7 - (depth & 7))) & 1;
}

export function checkWeight(weight: bigint): void {
  if (weight < 1n) throw new SumTreeError('zero-weight', 'a leaf weighs at least 1 CU');
  if (weight > U64_MAX) throw new SumTreeError('weight-too-large', `weight ${weight} does not fit a u64`);
}

// One scratch buffer per node kind: hashing runs millions of times at claim time, so no
// per-node allocation beyond the digest wasm-crypto returns.
const leafInput = new Uint8Array(1 + KEY_BYTES + HASH_BYTES + 8);
const leafView = new DataView(leafInput.buffer);
leafInput[0] = 0x00;

/** The leaf hash from the leaf's key, the hash of its value and its weight. */
export function leafHash(key: Uint8Array, valueHash: Uint8Array, weight: bigint, keyOffset = 0): Uint8Array {
  leafInput.set(key.subarray(keyOffset, keyOffset + KEY_BYTES), 1);
  leafInput.set(valueHash, 1 + KEY_BYTES);
  leafView.setBigUint64(1 + KEY_BYTES + HASH_BYTES, weight, true);
  return blake2b256(leafInput);
}

export function leafSummary(key: Uint8Array, value: Uint8Array, weight: bigint): NodeSummary {
  if (key.length !== KEY_BYTES) throw new SumTreeError('bad-key', `a key is ${KEY_BYTES} bytes, not ${key.length}`);
  checkWeight(weight);
  return { hash: leafHash(key, blake2b256(value), weight), sum: weight, count: 1n };
}

const innerInput = new Uint8Array(1 + 2 * (HASH_BYTES + 16));
const innerView = new DataView(innerInput.buffer);
innerInput[0] = 0x01;

/** The inner node over two children; throws 'sum-overflow' when the sum leaves u64. */
export function innerSummary(left: NodeSummary, right: NodeSummary): NodeSummary {
  const sum = left.sum + right.sum;
  if (sum > U64_MAX) throw new SumTreeError('sum-overflow', 'the weights add up past u64');
  innerInput.set(left.hash, 1);
  innerView.setBigUint64(1 + HASH_BYTES, left.sum, true);
  innerView.setBigUint64(1 + HASH_BYTES + 8, left.count, true);
  innerInput.set(right.hash, 1 + HASH_BYTES + 16);
  innerView.setBigUint64(1 + 2 * HASH_BYTES + 16, right.sum, true);
  innerView.setBigUint64(1 + 2 * HASH_BYTES + 24, right.count, true);
  return { hash: blake2b256(innerInput), sum, count: left.count + right.count };
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
