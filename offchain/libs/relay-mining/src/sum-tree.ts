/**
 * The compact sparse Merkle sum tree over a fixed set of leaves, built once at claim time
 * (tree-builder.ts: the leaves sorted by key, key-sort.ts, then one hash per node, O(n) hashes,
 * with at most `batchLeaves` leaf hashes in memory at a time).
 *
 * A built tree keeps the leaves' sorted order (4 B a leaf) and the summaries of its subtrees with
 * at least `cacheMinLeaves` leaves (node-cache.ts, ~60 B each, about 1.6n/min of them), but no
 * leaf hashes: a proof recomputes the few small subtrees it needs from their leaves' values, which
 * `readValues` reads back (from the log, for a store's tree). That keeps a million-leaf tree at a
 * few MB beyond the leaves' keys and weights, which it shares with its store (leaf-columns.ts).
 */
import { LeafColumns, MAX_LEAVES } from './leaf-columns.js';
import { NodeCache } from './node-cache.js';
import { EMPTY_SUMMARY, SumTreeError, U64_MAX, innerSummary, leafSummary, type NodeSummary } from './node-summary.js';
import { pathOffset } from './proof-paths.js';
import type { SumTreeProof } from './proof.js';
import { sortByKey, splitSorted } from './key-sort.js';
import { TreeBuilder } from './tree-builder.js';

/** The leaves a tree is built over: leaves 0..size-1 of `columns` (keys and weights), and their values. */
export interface LeafSet {
  readonly size: number;
  /** Entries below `size` must not change while the tree lives (a store only appends). */
  readonly columns: LeafColumns;
  /**
   * Runs `use` with a scanner of values: `scan(wanted, visit)` calls `visit` with the value of each
   * leaf in `wanted` (ascending indices), in that order. The build reads every value once, in a
   * few sequential passes of one session (a store reads its log through one buffer for all).
   */
  scanValues<T>(use: (scan: ScanValues) => T): T;
  /**
   * Runs `use` with a reader of leaf values, for a proof's leaf and the leaves of the small
   * subtrees it recomputes (a store opens its log once for it).
   */
  readValues<T>(use: (read: (index: number) => Uint8Array) => T): T;
  /**
   * Memory the build may use for its batches (if big enough for them) and keeps no hold on once
   * built: a store lends its replay index, which it does not need meanwhile.
   */
  readonly scratch?: ArrayBufferLike;
}

type ReadValue = (index: number) => Uint8Array;
export type ScanValues = (wanted: Uint32Array, visit: (index: number, value: Uint8Array) => void) => void;

export interface SumTreeOptions {
  /** Keep summaries of subtrees with at least this many leaves (default 32). */
  cacheMinLeaves?: number;
  /**
   * Hold at most this many leaf hashes at once while building (default: an eighth of the leaves,
   * at least 65,536). More cost memory (44 B a leaf with their bookkeeping), fewer cost passes
   * over the values (a store's log is read once per batch).
   */
  batchLeaves?: number;
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

const MIN_BATCH_LEAVES = 1 << 16;

/** The default `batchLeaves`: an eighth of the leaves (5.5 B a leaf), in eight or nine passes. */
export function defaultBatchLeaves(size: number): number {
  return Math.max(MIN_BATCH_LEAVES, Math.ceil(size / 8));
}

export class SumTree {
  readonly root: NodeSummary;
  /** The leaves, without the build's scratch memory, which the tree must not hold on to. */
  private readonly leaves: LeafSet;
  /** Leaf indices sorted by key. */
  private readonly order: Uint32Array;
  private readonly cache: NodeCache;
  private readonly cacheMinLeaves: number;

  private constructor(leaves: LeafSet, options: SumTreeOptions) {
    this.leaves = { ...leaves, scratch: undefined };
    if (!Number.isSafeInteger(leaves.size) || leaves.size < 0 || leaves.size > MAX_LEAVES) throw new RangeError(`a tree holds at most ${MAX_LEAVES} leaves, not ${leaves.size}`);
    this.cacheMinLeaves = Math.max(2, options.cacheMinLeaves ?? 32);
    this.cache = new NodeCache(NodeCache.expectedEntries(leaves.size, this.cacheMinLeaves));
    this.order = sortByKey(leaves.columns, leaves.size);
    const batchLeaves = options.batchLeaves ?? defaultBatchLeaves(leaves.size);
    const root = new TreeBuilder(leaves, this.order, this.cache, { cacheMinLeaves: this.cacheMinLeaves, batchLeaves }).build();
    this.root = root.count === 0 ? EMPTY_SUMMARY : { hash: root.hash, sum: (BigInt(root.sumHi) << 32n) | BigInt(root.sumLo), count: BigInt(root.count) };
  }

  static build(leaves: LeafSet, options: SumTreeOptions = {}): SumTree {
    return new SumTree(leaves, options);
  }

  /** A tree over leaves held in memory (tests, test vectors, small trees). */
  static fromLeaves(inputs: readonly LeafInput[], options: SumTreeOptions = {}): SumTree {
    const columns = new LeafColumns();
    let total = 0n;
    for (const { key, weight } of inputs) {
      columns.push(key, weight); // checks the key and the weight
      total += weight;
      if (total > U64_MAX) throw new SumTreeError('sum-overflow', 'the weights add up past u64');
    }
    const read: ReadValue = (i) => inputs[i]!.value;
    const scan: ScanValues = (wanted, visit) => {
      for (const i of wanted) visit(i, read(i));
    };
    return new SumTree({ size: inputs.length, columns, scanValues: (use) => use(scan), readValues: (use) => use(read) }, options);
  }

  get size(): number {
    return this.leaves.size;
  }

  /** Bytes the tree holds beyond its leaves' columns: the sorted order and the cache. */
  get memoryBytes(): number {
    return this.order.byteLength + this.cache.memoryBytes;
  }

  /** The leaf path `pathIndex` lands on, with its proof. Throws 'empty-claim' on an empty tree. */
  prove(pathIndex: number, seed: Uint8Array): PathProof {
    const offset = pathOffset(seed, pathIndex, this.root.sum);
    return this.leaves.readValues((read) => this.proveWith(read, pathIndex, offset));
  }

  private proveWith(read: ReadValue, pathIndex: number, offset: bigint): PathProof {
    const siblings: NodeSummary[] = [];
    let r = offset;
    let lo = 0;
    let hi = this.leaves.size;
    for (let depth = 0; hi - lo >= 2; depth++) {
      const mid = splitSorted(this.leaves.columns, this.order, lo, hi, depth);
      const left = this.summary(read, lo, mid, depth + 1);
      if (r < left.sum) {
        siblings.push(this.summary(read, mid, hi, depth + 1));
        hi = mid;
      } else {
        r -= left.sum;
        siblings.push(left);
        lo = mid;
      }
    }
    const leafIndex = this.order[lo]!;
    return {
      pathIndex,
      offset,
      leafIndex,
      key: this.leaves.columns.key(leafIndex).slice(),
      proof: { value: read(leafIndex), weight: this.leaves.columns.weight(leafIndex), siblings },
    };
  }

  private leafSummaryOf(read: ReadValue, index: number): NodeSummary {
    const { columns } = this.leaves;
    return leafSummary(columns.key(index), read(index), columns.weight(index));
  }

  /**
   * The summary of the subtree over sorted range [lo, hi) at `depth`, with its own bytes (proofs
   * get their own: a caller editing one must not reach into the tree): cached, or recomputed
   * from its leaves when small.
   */
  private summary(read: ReadValue, lo: number, hi: number, depth: number): NodeSummary {
    const n = hi - lo;
    if (n === 0) return { ...EMPTY_SUMMARY, hash: EMPTY_SUMMARY.hash.slice() };
    if (n === 1) return this.leafSummaryOf(read, this.order[lo]!);
    if (n >= this.cacheMinLeaves) {
      const cached = this.cache.get(lo, depth);
      if (!cached) throw new Error(`sum tree: no cached node at (${lo}, ${depth})`);
      return cached;
    }
    const mid = splitSorted(this.leaves.columns, this.order, lo, hi, depth);
    return innerSummary(this.summary(read, lo, mid, depth + 1), this.summary(read, mid, hi, depth + 1));
  }
}
