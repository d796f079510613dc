/**
 * A proof that one leaf sits in a claimed sum tree and is the leaf a given path lands on, its
 * SCALE encoding, and the verifier. The chain's Rust verifier mirrors {@link verifyProof} step for
 * step (README.md, "Verifying a proof"); test-vectors/smst.json pins both to the same bytes.
 */
import { blake2b256 } from './blake2.js';
import { concatBytes } from './bytes.js';
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
import { decodeCompactU32, decodeCompactU64, encodeCompactU32, encodeCompactU64 } from './scale-compact.js';

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

/**
 * Siblings as SCALE `Vec<Option<Sibling>>`, `Sibling = ([u8; 32], Compact<u64>, Compact<u64>)`:
 * `None` (one byte) for an empty subtree. Mined keys all lie below the difficulty target, so the
 * top of every branch in a sparse session is a run of empty siblings; this keeps them nearly free.
 */
export function encodeSiblings(siblings: readonly NodeSummary[]): Uint8Array {
  if (siblings.length > MAX_PROOF_DEPTH) throw new SumTreeError('proof-too-deep', `${siblings.length} siblings`);
  const parts: Uint8Array[] = [encodeCompactU32(siblings.length)];
  for (const sibling of siblings) {
    if (sibling.count === 0n) parts.push(NONE);
    else parts.push(SOME, sibling.hash, encodeCompactU64(sibling.sum), encodeCompactU64(sibling.count));
  }
  return concatBytes(...parts);
}

/** Decodes {@link encodeSiblings}' layout from `at`; returns the siblings and the offset after them. */
export function decodeSiblings(bytes: Uint8Array, at: number): [NodeSummary[], number] {
  const [count, first] = scale(() => decodeCompactU32(bytes, at));
  if (count > MAX_PROOF_DEPTH) throw new SumTreeError('proof-too-deep', `${count} siblings, at most ${MAX_PROOF_DEPTH}`);
  const siblings: NodeSummary[] = [];
  let next = first;
  for (let i = 0; i < count; i++) {
    const tag = bytes[next];
    if (tag === 0) {
      siblings.push({ hash: new Uint8Array(HASH_BYTES), sum: 0n, count: 0n });
      next += 1;
      continue;
    }
    if (tag !== 1) throw new SumTreeError('malformed-proof', `sibling ${i} has option tag ${tag}`);
    if (next + 1 + HASH_BYTES > bytes.length) throw new SumTreeError('malformed-proof', `sibling ${i} is truncated`);
    const hash = bytes.slice(next + 1, next + 1 + HASH_BYTES);
    const [sum, afterSum] = scale(() => decodeCompactU64(bytes, next + 1 + HASH_BYTES));
    const [leaves, afterCount] = scale(() => decodeCompactU64(bytes, afterSum));
    // An empty subtree has one encoding, None, as the chain insists.
    if (leaves === 0n) throw new SumTreeError('malformed-proof', `sibling ${i} is an empty subtree written as Some`);
    siblings.push({ hash, sum, count: leaves });
    next = afterCount;
  }
  return [siblings, next];
}

/** Encodes as SCALE `(Vec<u8>, Compact<u64>, siblings)`: value, weight, {@link encodeSiblings}. */
export function encodeProof(proof: SumTreeProof): Uint8Array {
  return concatBytes(encodeCompactU32(proof.value.length), proof.value, encodeCompactU64(proof.weight), encodeSiblings(proof.siblings));
}

/** Decodes {@link encodeProof}'s layout; rejects non-canonical encodings and trailing bytes as 'malformed-proof'. */
export function decodeProof(bytes: Uint8Array): SumTreeProof {
  const [valueLength, valueAt] = scale(() => decodeCompactU32(bytes, 0));
  if (valueAt + valueLength > bytes.length) throw new SumTreeError('malformed-proof', `proof ends at byte ${bytes.length}, needs ${valueAt + valueLength}`);
  const value = bytes.slice(valueAt, valueAt + valueLength);
  const [weight, siblingsAt] = scale(() => decodeCompactU64(bytes, valueAt + valueLength));
  const [siblings, end] = decodeSiblings(bytes, siblingsAt);
  if (end !== bytes.length) throw new SumTreeError('malformed-proof', `${bytes.length - end} trailing bytes`);
  return { value, weight, siblings };
}

const NONE = Uint8Array.of(0);
const SOME = Uint8Array.of(1);

/** Runs a compact decoder, reporting its failure as a malformed proof. */
function scale<T>(decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    throw new SumTreeError('malformed-proof', (error as Error).message);
  }
}
