/**
 * The sum-tree test vectors (test-vectors/smst.json, described in README.md): built here, written
 * by gen-vectors.ts, and rebuilt by the tests to prove the committed file still matches the code.
 * Everything is derived from fixed inputs, so the output is byte-for-byte stable.
 */
import { u8aToHex } from '@polkadot/util';
import {
  EMPTY_SUMMARY,
  SumTree,
  SumTreeError,
  U64_MAX,
  blake2b256,
  encodeProof,
  innerSummary,
  keyBit,
  verifyProof,
  type LeafInput,
  type NodeSummary,
  type SumTreeProof,
} from '../src/index.js';

const PATHS = 4;

/** The vectors' keys: blake2b-256 of the value's first 4 bytes (le32 of the leaf's number). */
export const vectorKeyOf = (value: Uint8Array): Uint8Array => blake2b256(value.subarray(0, 4));

const le32 = (n: number) => {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n, true);
  return out;
};

/** Leaf number n: value = le32(n) ‖ filler, lengths chosen so both 1- and 2-byte Compact prefixes occur. */
function vectorLeaf(n: number, weight: bigint): LeafInput {
  const fillerLength = [0, 5, 63, 64, 300][n % 5]!;
  const value = new Uint8Array(4 + fillerLength);
  value.set(le32(n));
  for (let j = 0; j < fillerLength; j++) value[4 + j] = (n * 31 + j) & 0xff;
  return { key: vectorKeyOf(value), value, weight };
}

const variedWeight = (n: number) => 1n + BigInt((n * 7919) % 1000);

/** The first `count` numbers from 0 up whose keys satisfy `accept`. */
function numbersWhere(count: number, accept: (key: Uint8Array) => boolean): number[] {
  const found: number[] = [];
  for (let n = 0; found.length < count; n++) if (accept(blake2b256(le32(n)))) found.push(n);
  return found;
}

/** The first three numbers whose keys share their top `bits` bits. */
function threeSharingPrefix(bits: number): number[] {
  const buckets = new Map<number, number[]>();
  for (let n = 0; ; n++) {
    const key = blake2b256(le32(n));
    const prefix = ((key[0]! << 16) | (key[1]! << 8) | key[2]!) >>> (24 - bits);
    const bucket = buckets.get(prefix) ?? [];
    bucket.push(n);
    if (bucket.length === 3) return bucket;
    buckets.set(prefix, bucket);
  }
}

const hex = u8aToHex;
const summaryJson = (s: NodeSummary) => ({ hash: hex(s.hash), sum: s.sum.toString(), count: s.count.toString() });

interface Reject {
  description: string;
  root?: ReturnType<typeof summaryJson>;
  pathIndex: number;
  proof: string;
  error: string;
}

/** A tampered proof and the error code the verifier must give it (checked here before it is written). */
function reject(description: string, root: NodeSummary, seed: Uint8Array, pathIndex: number, proof: SumTreeProof, error: string, claimedRoot?: NodeSummary): Reject {
  try {
    verifyProof(claimedRoot ?? root, seed, pathIndex, proof, vectorKeyOf);
  } catch (e) {
    if (e instanceof SumTreeError && e.code === error) {
      return { description, ...(claimedRoot ? { root: summaryJson(claimedRoot) } : {}), pathIndex, proof: hex(encodeProof(proof)), error };
    }
    throw e;
  }
  throw new Error(`vector "${description}" verified but should fail with ${error}`);
}

function buildCase(name: string, description: string, leaves: LeafInput[], seed: Uint8Array, rejects: (tree: SumTree) => Reject[] = () => []) {
  const tree = SumTree.fromLeaves(leaves);
  const proofs =
    tree.root.count === 0n
      ? []
      : Array.from({ length: PATHS }, (_, i) => {
          const p = tree.prove(i, seed);
          verifyProof(tree.root, seed, i, p.proof, vectorKeyOf);
          return { pathIndex: i, r: p.offset.toString(), leafIndex: p.leafIndex, leafKey: hex(p.key), depth: p.proof.siblings.length, proof: hex(encodeProof(p.proof)) };
        });
  return {
    name,
    description,
    leaves: leaves.map((l) => ({ key: hex(l.key), value: hex(l.value), weight: l.weight.toString() })),
    root: summaryJson(tree.root),
    proofs,
    rejects: rejects(tree),
  };
}

export function buildSmstVectors() {
  const seed = blake2b256(new TextEncoder().encode('sibyl/smst-test-vectors/seed'));
  const fifty = Array.from({ length: 50 }, (_, n) => vectorLeaf(n, variedWeight(n)));
  const cases = [
    buildCase('empty', 'no leaves: the root is (0x00…00, 0, 0) and there is nothing to prove (empty-claim)', [], seed),
    buildCase('one-leaf', 'the root is the leaf itself, proofs have no siblings', [vectorLeaf(0, 7n)], seed, (tree) => {
      const { key } = tree.prove(0, seed);
      // The root a prover would claim for the non-compact tree: the leaf under one inner node.
      const wrapped = keyBit(key, 0) === 0 ? innerSummary(tree.root, EMPTY_SUMMARY) : innerSummary(EMPTY_SUMMARY, tree.root);
      return [reject('the lone leaf wrapped in an inner node with an empty sibling', tree.root, seed, 0, { ...tree.prove(0, seed).proof, siblings: [EMPTY_SUMMARY] }, 'non-canonical', wrapped)];
    }),
    buildCase('two-leaves', 'two leaves', [vectorLeaf(1, 3n), vectorLeaf(2, 5n)], seed),
    buildCase(
      'three-shared-prefix',
      'three keys sharing their top 20 bits: one-sided inner nodes down to depth 20',
      threeSharingPrefix(20).map((n) => vectorLeaf(n, variedWeight(n))),
      seed,
    ),
    buildCase('fifty-leaves', 'leaves 0..49, weights 1 + (n·7919 mod 1000)', fifty, seed, (tree) => {
      const first = tree.prove(0, seed);
      // A path that lands elsewhere, to offer path 0's leaf for it.
      let other = 1;
      while (tree.prove(other, seed).leafIndex === first.leafIndex) other++;
      const sibling = first.proof.siblings[0]!;
      return [
        reject(`path 0's proof offered for path ${other}, which lands on another leaf`, tree.root, seed, other, first.proof, 'wrong-leaf-for-path'),
        reject('sibling 0 with its sum raised by 1', tree.root, seed, 0, { ...first.proof, siblings: [{ ...sibling, sum: sibling.sum + 1n }, ...first.proof.siblings.slice(1)] }, 'root-mismatch'),
        reject('the leaf weight raised by 1', tree.root, seed, 0, { ...first.proof, weight: first.proof.weight + 1n }, 'root-mismatch'),
        reject('a claimed root whose sum is 1 too high', tree.root, seed, 0, first.proof, 'root-sum-mismatch', { ...tree.root, sum: tree.root.sum + 1n }),
        reject('a claimed root whose count is 1 too high', tree.root, seed, 0, first.proof, 'root-count-mismatch', { ...tree.root, count: tree.root.count + 1n }),
        reject('a proof from the two-leaves tree', tree.root, seed, 0, SumTree.fromLeaves([vectorLeaf(1, 3n), vectorLeaf(2, 5n)]).prove(0, seed).proof, 'root-mismatch'),
      ];
    }),
    buildCase(
      'mined-like',
      '16 keys below 2^248 (top 8 bits zero, as mined digests share leading zeros): a chain of one-sided inner nodes at the top',
      numbersWhere(16, (key) => key[0] === 0).map((n) => vectorLeaf(n, variedWeight(n))),
      seed,
    ),
    buildCase('large-weights', 'weights summing to exactly u64::MAX', [vectorLeaf(3, U64_MAX - 1000n), vectorLeaf(4, 999n), vectorLeaf(5, 1n)], seed),
  ];
  return {
    format: 'sibyl-smst-v2',
    note: 'See offchain/libs/relay-mining/README.md. Byte strings are 0x-hex; u64 values are decimal strings.',
    keyOfValue: 'blake2b-256 of the first 4 bytes of the value',
    seed: hex(seed),
    cases,
  };
}
