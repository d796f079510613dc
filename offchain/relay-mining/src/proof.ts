/**
 * A proof that one leaf sits in a claimed sum tree and is the leaf a given path lands on, its
 * SCALE encoding, and the verifier. The chain's Rust verifier mirrors {@link verifyProof} step for
 * step (README.md, "Verifying a proof"); test-vectors/smst.json pins both to the same bytes.
 */
import { blake2b256 } from './blake2.js';
import {
  HASH_BYTES,
  KEY_BYTES,
  SumTreeError,
  U64_MAX,
  bytesEqual,
  checkWeight,
  innerSummary,
  keyBit,
  leafHash,
  type NodeSummary,
} from './node-summary.js';
import { pathOffset } from './proof-paths.js';
import { decodeCompactU32, encodeCompactU32 } from './compact-u32.js';

/** A key has 256 bits, so no leaf of a compact tree sits deeper than 256. */
export const MAX_PROOF_DEPTH = 256;

export interface SumTreeProof {
  /** The leaf's value (for relays, the encoded relay leaf); its key is derived from it. */
  value: Uint8Array;
  weight: bigint;
  /** Summaries of the sibling subtrees from the root down: siblings[0] is the root's other child. */
  siblings: NodeSummary[];
}

/** Derives a leaf's key from its value: for relays, {@link relayLeafKey}. */
export type KeyOfValue = (value: Uint8Array) => Uint8Array;

export interface VerifiedPath {
  key: Uint8Array;
  /** r_i, the CU offset the path targeted. */
  offset: bigint;
  depth: number;
}

/**
 * Checks that `proof` proves the leaf path `pathIndex` lands on in the tree claimed as `root`.
 * Throws {@link SumTreeError} with the first failing check's code.
 */
export function verifyProof(root: NodeSummary, seed: Uint8Array, pathIndex: number, proof: SumTreeProof, keyOf: KeyOfValue): VerifiedPath {
  if (root.count === 0n || root.sum === 0n) throw new SumTreeError('empty-claim', 'an empty claim has nothing to prove');
  const depth = proof.siblings.length;
  if (depth > MAX_PROOF_DEPTH) throw new SumTreeError('proof-too-deep', `${depth} siblings, at most ${MAX_PROOF_DEPTH}`);
  checkWeight(proof.weight);
  let key: Uint8Array;
  try {
    key = keyOf(proof.value);
  } catch (error) {
    throw new SumTreeError('bad-value', `no key for the leaf's value: ${(error as Error).message}`);
  }
  if (key.length !== KEY_BYTES) throw new SumTreeError('bad-key', `a key is ${KEY_BYTES} bytes, not ${key.length}`);
  proof.siblings.forEach(checkSibling);

  // Bottom-up: path[j] is the node at depth j on the way to the leaf.
  const path: NodeSummary[] = new Array<NodeSummary>(depth + 1);
  path[depth] = { hash: leafHash(key, blake2b256(proof.value), proof.weight), sum: proof.weight, count: 1n };
  for (let j = depth - 1; j >= 0; j--) {
    const child = path[j + 1]!;
    const sibling = proof.siblings[j]!;
    // A subtree holding one leaf is that leaf: wrapping it in inner nodes would let one tree have many roots.
    if (sibling.count === 0n && child.count === 1n) throw new SumTreeError('non-canonical', `a lone leaf is wrapped in an inner node at depth ${j}`);
    path[j] = keyBit(key, j) === 0 ? innerSummary(child, sibling) : innerSummary(sibling, child);
  }
  const top = path[0]!;
  if (!bytesEqual(top.hash, root.hash)) throw new SumTreeError('root-mismatch', 'the branch does not hash to the claimed root');
  if (top.sum !== root.sum) throw new SumTreeError('root-sum-mismatch', `the branch sums to ${top.sum}, the claim to ${root.sum}`);
  if (top.count !== root.count) throw new SumTreeError('root-count-mismatch', `the branch counts ${top.count} leaves, the claim ${root.count}`);

  // Top-down: replay the weighted walk; it must turn the way the key's bits do at every level.
  const offset = pathOffset(seed, pathIndex, root.sum);
  let r = offset;
  for (let j = 0; j < depth; j++) {
    const bit = keyBit(key, j);
    const leftSum = bit === 0 ? path[j + 1]!.sum : proof.siblings[j]!.sum;
    const goesRight = r >= leftSum;
    if (goesRight) r -= leftSum;
    if ((goesRight ? 1 : 0) !== bit) throw new SumTreeError('wrong-leaf-for-path', `path ${pathIndex} turns ${goesRight ? 'right' : 'left'} at depth ${j}, away from this leaf`);
  }
  // Implied by the walk (r < node sum all the way down), checked so the invariant is explicit.
  if (r >= proof.weight) throw new SumTreeError('wrong-leaf-for-path', `path ${pathIndex} passes this leaf`);
  return { key, offset, depth };
}

function checkSibling(sibling: NodeSummary, depth: number): void {
  if (sibling.hash.length !== HASH_BYTES || sibling.sum > U64_MAX || sibling.count > U64_MAX || sibling.sum < 0n || sibling.count < 0n) {
    throw new SumTreeError('malformed-sibling', `sibling ${depth} is not a node summary`);
  }
  if (sibling.count === 0n) {
    if (sibling.sum !== 0n || sibling.hash.some((b) => b !== 0)) throw new SumTreeError('malformed-sibling', `empty sibling ${depth} is not (0, 0, 0)`);
  } else if (sibling.sum < sibling.count) {
    // Every leaf weighs at least 1.
    throw new SumTreeError('malformed-sibling', `sibling ${depth} sums ${sibling.sum} over ${sibling.count} leaves`);
  }
}

/** Encodes as SCALE `(Vec<u8>, u64, Vec<([u8; 32], u64, u64)>)`: value, weight, siblings. */
export function encodeProof(proof: SumTreeProof): Uint8Array {
  if (proof.siblings.length > MAX_PROOF_DEPTH) throw new SumTreeError('proof-too-deep', `${proof.siblings.length} siblings`);
  const valueLength = encodeCompactU32(proof.value.length);
  const siblingCount = encodeCompactU32(proof.siblings.length);
  const out = new Uint8Array(valueLength.length + proof.value.length + 8 + siblingCount.length + proof.siblings.length * (HASH_BYTES + 16));
  const view = new DataView(out.buffer);
  let at = 0;
  out.set(valueLength, at);
  at += valueLength.length;
  out.set(proof.value, at);
  at += proof.value.length;
  view.setBigUint64(at, proof.weight, true);
  at += 8;
  out.set(siblingCount, at);
  at += siblingCount.length;
  for (const sibling of proof.siblings) {
    out.set(sibling.hash, at);
    view.setBigUint64(at + HASH_BYTES, sibling.sum, true);
    view.setBigUint64(at + HASH_BYTES + 8, sibling.count, true);
    at += HASH_BYTES + 16;
  }
  return out;
}

/** Decodes {@link encodeProof}'s layout; rejects non-canonical lengths and trailing bytes as 'malformed-proof'. */
export function decodeProof(bytes: Uint8Array): SumTreeProof {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const need = (at: number, n: number) => {
    if (at + n > bytes.length) throw new SumTreeError('malformed-proof', `proof ends at byte ${bytes.length}, needs ${at + n}`);
  };
  const compactAt = (at: number): [number, number] => {
    try {
      return decodeCompactU32(bytes, at);
    } catch (error) {
      throw new SumTreeError('malformed-proof', (error as Error).message);
    }
  };
  const [valueLength, valueAt] = compactAt(0);
  let at = valueAt;
  need(at, valueLength);
  const value = bytes.slice(at, at + valueLength);
  at += valueLength;
  need(at, 8);
  const weight = view.getBigUint64(at, true);
  at += 8;
  const [siblingCount, siblingsAt] = compactAt(at);
  at = siblingsAt;
  if (siblingCount > MAX_PROOF_DEPTH) throw new SumTreeError('proof-too-deep', `${siblingCount} siblings, at most ${MAX_PROOF_DEPTH}`);
  need(at, siblingCount * (HASH_BYTES + 16));
  const siblings: NodeSummary[] = [];
  for (let i = 0; i < siblingCount; i++) {
    siblings.push({ hash: bytes.slice(at, at + HASH_BYTES), sum: view.getBigUint64(at + HASH_BYTES, true), count: view.getBigUint64(at + HASH_BYTES + 8, true) });
    at += HASH_BYTES + 16;
  }
  if (at !== bytes.length) throw new SumTreeError('malformed-proof', `${bytes.length - at} trailing bytes`);
  return { value, weight, siblings };
}
