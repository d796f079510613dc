/**
 * The compact sparse Merkle sum tree over a fixed set of leaves, built once at claim time.
 *
 * Building is a most-significant-bit-first radix partition of the leaf indices: splitting a range
 * on bit `depth` is both the sort step and the tree's branching, so the whole tree costs one
 * partition pass per level and one hash per node, O(n) hashes. A range of one leaf is that leaf,
 * a range of two or more is an inner node (one side may be empty), as the format requires.
 *
 * Only summaries of subtrees with at least `cacheMinLeaves` leaves are kept (about 2n/min of
 * them); a proof recomputes the few small subtrees it needs from the leaf hashes. That keeps a
 * million-leaf tree at a few MB beyond the leaves themselves.
 */
import { blake2b256 } from './blake2.js';
import {
  EMPTY_SUMMARY,
  KEY_BYTES,
  SumTreeError,
  U64_MAX,
  checkWeight,
  innerSummary,
  keyBit,
  leafHash,
  type NodeSummary,
} from './node-summary.js';
import { pathOffset } from './proof-paths.js';
import type { SumTreeProof } from './proof.js';

/** The leaves a tree is built over, in struct-of-arrays form; leaf i's key is keys[32i, 32i+32). */
export interface LeafSet {
  readonly size: number;
  readonly keys: Uint8Array;
  readonly weights: BigUint64Array;
  /** Leaf hashes, 32 bytes per leaf, as {@link leafHash} computes them. */
  readonly leafHashes: Uint8Array;
  /** Leaf i's value, only read for the leaves a proof lands on. */
  readValue(index: number): Uint8Array;
}

export interface SumTreeOptions {
  /** Keep summaries of subtrees with at least this many leaves (default 32). */
  cacheMinLeaves?: number;
}

/** One proof path, resolved: which leaf it lands on and the proof of it. */
export interface PathProof {
  pathIndex: number;
  /** r_i, the CU offset the path targets. */
  offset: bigint;
  /** The leaf's index in its {@link LeafSet} (insertion order for a store). */
  leafIndex: number;
  key: Uint8Array;
  proof: SumTreeProof;
}

export interface LeafInput {
  key: Uint8Array;
  value: Uint8Array;
  weight: bigint;
}

const DEPTH_SLOTS = 257;

/** Proofs get their own bytes: a caller editing one must not reach into the tree. */
const copied = (node: NodeSummary): NodeSummary => ({ hash: node.hash.slice(), sum: node.sum, count: node.count });

export class SumTree {
  readonly root: NodeSummary;
  /** Leaf indices sorted by key (the partition leaves them so). */
  private readonly order: Uint32Array;
  private readonly cache = new Map<number, NodeSummary>();
  private readonly cacheMinLeaves: number;

  private constructor(
    private readonly leaves: LeafSet,
    options: SumTreeOptions,
  ) {
    this.cacheMinLeaves = Math.max(2, options.cacheMinLeaves ?? 32);
    this.order = new Uint32Array(leaves.size);
    for (let i = 0; i < leaves.size; i++) this.order[i] = i;
    this.root = this.build(0, leaves.size, 0);
  }

  static build(leaves: LeafSet, options: SumTreeOptions = {}): SumTree {
    return new SumTree(leaves, options);
  }

  /** A tree over leaves held in memory (tests, test vectors, small trees). */
  static fromLeaves(inputs: readonly LeafInput[], options: SumTreeOptions = {}): SumTree {
    const size = inputs.length;
    const keys = new Uint8Array(size * KEY_BYTES);
    const weights = new BigUint64Array(size);
    const leafHashes = new Uint8Array(size * KEY_BYTES);
    let total = 0n;
    inputs.forEach(({ key, value, weight }, i) => {
      if (key.length !== KEY_BYTES) throw new SumTreeError('bad-key', `a key is ${KEY_BYTES} bytes, not ${key.length}`);
      checkWeight(weight);
      total += weight;
      if (total > U64_MAX) throw new SumTreeError('sum-overflow', 'the weights add up past u64');
      keys.set(key, i * KEY_BYTES);
      weights[i] = weight;
      leafHashes.set(leafHash(key, blake2b256(value), weight), i * KEY_BYTES);
    });
    return new SumTree({ size, keys, weights, leafHashes, readValue: (i) => inputs[i]!.value }, options);
  }

  get size(): number {
    return this.leaves.size;
  }

  /** The leaf path `pathIndex` lands on, with its proof. Throws 'empty-claim' on an empty tree. */
  prove(pathIndex: number, seed: Uint8Array): PathProof {
    const offset = pathOffset(seed, pathIndex, this.root.sum);
    const siblings: NodeSummary[] = [];
    let r = offset;
    let lo = 0;
    let hi = this.leaves.size;
    for (let depth = 0; hi - lo >= 2; depth++) {
      const mid = this.splitSorted(lo, hi, depth);
      const left = this.summary(lo, mid, depth + 1);
      if (r < left.sum) {
        siblings.push(copied(this.summary(mid, hi, depth + 1)));
        hi = mid;
      } else {
        r -= left.sum;
        siblings.push(copied(left));
        lo = mid;
      }
    }
    const leafIndex = this.order[lo]!;
    return {
      pathIndex,
      offset,
      leafIndex,
      key: this.leaves.keys.slice(leafIndex * KEY_BYTES, (leafIndex + 1) * KEY_BYTES),
      proof: { value: this.leaves.readValue(leafIndex), weight: this.leaves.weights[leafIndex]!, siblings },
    };
  }

  private leafSummaryAt(index: number): NodeSummary {
    return { hash: this.leaves.leafHashes.subarray(index * KEY_BYTES, (index + 1) * KEY_BYTES), sum: this.leaves.weights[index]!, count: 1n };
  }

  private build(lo: number, hi: number, depth: number): NodeSummary {
    const n = hi - lo;
    if (n === 0) return EMPTY_SUMMARY;
    if (n === 1) return this.leafSummaryAt(this.order[lo]!);
    // Two leaves still together after all 256 bits have the same key.
    if (depth === 8 * KEY_BYTES) throw new SumTreeError('duplicate-key', 'two leaves have the same key');
    const mid = this.partition(lo, hi, depth);
    const node = innerSummary(this.build(lo, mid, depth + 1), this.build(mid, hi, depth + 1));
    if (n >= this.cacheMinLeaves) this.cache.set(lo * DEPTH_SLOTS + depth, node);
    return node;
  }

  /** Moves the range's leaves with bit `depth` = 0 before those with 1; returns where the 1s start. */
  private partition(lo: number, hi: number, depth: number): number {
    const { order } = this;
    const keys = this.leaves.keys;
    const byte = depth >> 3;
    const shift = 7 - (depth & 7);
    let i = lo;
    let j = hi - 1;
    while (i <= j) {
      const leaf = order[i]!;
      if (((keys[leaf * KEY_BYTES + byte]! >> shift) & 1) === 0) {
        i++;
      } else {
        order[i] = order[j]!;
        order[j] = leaf;
        j--;
      }
    }
    return i;
  }

  /** In the sorted order, the first index of [lo, hi) whose key has bit `depth` set (binary search). */
  private splitSorted(lo: number, hi: number, depth: number): number {
    const keys = this.leaves.keys;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (keyBit(keys, depth, this.order[mid]! * KEY_BYTES) === 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The summary of the subtree over sorted range [lo, hi) at `depth`: cached, or recomputed when small. */
  private summary(lo: number, hi: number, depth: number): NodeSummary {
    const n = hi - lo;
    if (n === 0) return EMPTY_SUMMARY;
    if (n === 1) return this.leafSummaryAt(this.order[lo]!);
    if (n >= this.cacheMinLeaves) {
      const cached = this.cache.get(lo * DEPTH_SLOTS + depth);
      if (!cached) throw new Error(`sum tree: no cached node at (${lo}, ${depth})`);
      return cached;
    }
    const mid = this.splitSorted(lo, hi, depth);
    return innerSummary(this.summary(lo, mid, depth + 1), this.summary(mid, hi, depth + 1));
  }
}
