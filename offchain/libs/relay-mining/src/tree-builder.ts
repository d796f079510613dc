/**
 * Builds a {@link SumTree}'s root and node cache in bounded memory (the node format is
 * node-summary.ts'; nothing here changes a byte of it).
 *
 * 1. The leaves are sorted by key (key-sort.ts): the leaves of a subtree at depth d are those of a
 *    range of the sorted order whose keys share their first d bits, and bit d splits the range.
 * 2. The sorted leaves are cut into blocks, the largest subtrees of at most `blockLeaves` leaves,
 *    and consecutive blocks into batches of at most `batchLeaves` leaves.
 * 3. Batch by batch, the batch's leaves' values are read (one sequential pass over a store's log,
 *    visiting only the batch's records), their leaf hashes kept in one reused buffer (in the
 *    memory the leaf set lends, a store's replay index, when it is big enough), and the batch's
 *    blocks built bottom-up from them.
 * 4. The few nodes above the blocks are built from the blocks' roots.
 *
 * So at most `batchLeaves` leaf hashes are held at once (32 B each) instead of all of them, for a
 * few more passes over the log. Every node is hashed once, into per-depth scratch: sums are two
 * u32 halves in plain numbers and digests are written in place, so building allocates nothing
 * per node. Summaries of subtrees with at least `cacheMinLeaves` leaves go to the {@link NodeCache}.
 */
import { blake2b256Into } from './blake2.js';
import { splitSorted } from './key-sort.js';
import type { NodeCache } from './node-cache.js';
import { HASH_BYTES, KEY_BYTES, SumTreeError } from './node-summary.js';
import type { LeafSet, ScanValues } from './sum-tree.js';

const KEY_BITS = 8 * KEY_BYTES;
/** Nodes sit at depths 0..256 (a leaf can sit below the 256th split, never an inner node). */
const DEPTHS = KEY_BITS + 1;
const TWO_32 = 2 ** 32;
/** 0x01 ‖ L.hash ‖ le64(L.sum) ‖ le64(L.count) ‖ R.hash ‖ le64(R.sum) ‖ le64(R.count) */
const INNER_BYTES = 1 + 2 * (HASH_BYTES + 16);
const LEFT_AT = 1;
const RIGHT_AT = 1 + HASH_BYTES + 16;
/** 0x00 ‖ key ‖ H(value) ‖ le64(weight) */
const LEAF_BYTES = 1 + KEY_BYTES + HASH_BYTES + 8;

/**
 * A batch's leaves are sorted by index, to be read in log order, as leaf index · 2^21 + their
 * position in the batch, packed in a double (exact below 2^53), so a leaf read in index order
 * knows where in the batch its hash goes.
 */
const POSITION_BITS = 21;
const POSITIONS = 2 ** POSITION_BITS;
/** A batch has at most 2^21 leaves (64 MB of hashes); bigger ones are cut down to it. */
export const MAX_BATCH_LEAVES = POSITIONS;
/** A batch's leaf: packed index and position (8 B), index (4 B), leaf hash (32 B). */
export const BATCH_LEAF_BYTES = 8 + 4 + HASH_BYTES;

export interface BuildLimits {
  /** Keep summaries of subtrees with at least this many leaves. */
  cacheMinLeaves: number;
  /** Hold at most this many leaf hashes at once (≥ 1). */
  batchLeaves: number;
}

/** Subtrees built from their leaves in one batch: [lo, hi) of the sorted leaves at `depth`. */
interface Blocks {
  lo: number[];
  hi: number[];
  depth: number[];
}

/** Copies a 32-byte hash without a view per copy (the build copies millions). */
function copyHash(from: Uint8Array, fromAt: number, to: Uint8Array, toAt: number): void {
  for (let i = 0; i < HASH_BYTES; i++) to[toAt + i] = from[fromAt + i]!;
}

export class TreeBuilder {
  // Per depth d: the summary of the node last finished at d.
  private readonly hashes = new Uint8Array(DEPTHS * HASH_BYTES);
  private readonly sumLo = new Uint32Array(DEPTHS);
  private readonly sumHi = new Uint32Array(DEPTHS);
  private readonly counts = new Uint32Array(DEPTHS);
  // Per depth d: the left child taken for the inner node being built at d, and its preimage.
  private readonly leftSumLo = new Uint32Array(DEPTHS);
  private readonly leftSumHi = new Uint32Array(DEPTHS);
  private readonly leftCounts = new Uint32Array(DEPTHS);
  private readonly inputs: Uint8Array[];
  private readonly inputView: DataView;
  private readonly leafInput = new Uint8Array(LEAF_BYTES);
  private readonly leafView = new DataView(this.leafInput.buffer);

  private readonly batchLeaves: number;
  private readonly blockLeaves: number;
  private readonly blocks: Blocks = { lo: [], hi: [], depth: [] };
  // The blocks' roots, in block order, and the next one the top of the tree takes.
  private blockHashes = new Uint8Array(0);
  private blockSumLo = new Uint32Array(0);
  private blockSumHi = new Uint32Array(0);
  private blockCounts = new Uint32Array(0);
  private nextBlock = 0;
  // The batch being built: its leaves by index (packed with their positions), the indices alone
  // (as the scan wants them), and their leaf hashes by position in the batch, whose first
  // sorted position is `batchStart`.
  private packed: Float64Array = new Float64Array(0);
  private indices: Uint32Array = new Uint32Array(0);
  private batchHashes: Uint8Array = new Uint8Array(0);
  private batchStart = 0;

  constructor(
    private readonly leaves: LeafSet,
    private readonly order: Uint32Array,
    private readonly cache: NodeCache,
    private readonly limits: BuildLimits,
  ) {
    if (!Number.isSafeInteger(limits.batchLeaves) || limits.batchLeaves < 1) throw new RangeError(`a batch holds at least one leaf, not ${limits.batchLeaves}`);
    this.batchLeaves = Math.min(limits.batchLeaves, MAX_BATCH_LEAVES);
    // Blocks well below a batch pack batches nearly full, so a build takes few passes.
    this.blockLeaves = Math.max(1, Math.ceil(this.batchLeaves / 8));
    const all = new Uint8Array(DEPTHS * INNER_BYTES);
    this.inputView = new DataView(all.buffer);
    this.inputs = Array.from({ length: DEPTHS }, (_, d) => all.subarray(d * INNER_BYTES, (d + 1) * INNER_BYTES));
    for (let d = 0; d < DEPTHS; d++) all[d * INNER_BYTES] = 0x01;
    this.leafInput[0] = 0x00;
  }

  /** Builds the tree and fills the cache; returns the root (depth 0's scratch), its sum as two u32 halves. */
  build(): { hash: Uint8Array; sumLo: number; sumHi: number; count: number } {
    const size = this.leaves.size;
    if (size > 0) {
      this.collectBlocks(0, size, 0);
      this.buildBlocks();
      this.nextBlock = 0;
      this.top(0, size, 0);
    } else {
      this.putEmpty(0);
    }
    return { hash: this.hashes.slice(0, HASH_BYTES), sumLo: this.sumLo[0]!, sumHi: this.sumHi[0]!, count: this.counts[0]! };
  }

  private split(lo: number, hi: number, depth: number): number {
    return splitSorted(this.leaves.columns, this.order, lo, hi, depth);
  }

  private collectBlocks(lo: number, hi: number, depth: number): void {
    if (hi - lo <= this.blockLeaves) {
      this.blocks.lo.push(lo);
      this.blocks.hi.push(hi);
      this.blocks.depth.push(depth);
      return;
    }
    const mid = this.split(lo, hi, depth);
    if (mid > lo) this.collectBlocks(lo, mid, depth + 1);
    if (hi > mid) this.collectBlocks(mid, hi, depth + 1);
  }

  /** Consecutive blocks in batches of at most `batchLeaves` leaves (a block never exceeds one). */
  private buildBlocks(): void {
    const { lo, hi } = this.blocks;
    const count = lo.length;
    this.blockHashes = new Uint8Array(count * HASH_BYTES);
    this.blockSumLo = new Uint32Array(count);
    this.blockSumHi = new Uint32Array(count);
    this.blockCounts = new Uint32Array(count);
    const batchLeaves = Math.min(this.batchLeaves, this.leaves.size);
    this.allocateBatch(batchLeaves);
    this.leaves.scanValues((scan) => {
      for (let first = 0; first < count; ) {
        let last = first;
        while (last + 1 < count && hi[last + 1]! - lo[first]! <= batchLeaves) last++;
        this.buildBatch(scan, first, last);
        first = last + 1;
      }
    });
    // Let go of the batch buffers (and any lent memory): the tree keeps only the cache.
    this.packed = new Float64Array(0);
    this.indices = new Uint32Array(0);
    this.batchHashes = new Uint8Array(0);
  }

  /** The batch buffers, in the lent scratch memory when it is big enough, else new. */
  private allocateBatch(leaves: number): void {
    const { scratch } = this.leaves;
    const memory = scratch && scratch.byteLength >= leaves * BATCH_LEAF_BYTES ? scratch : new ArrayBuffer(leaves * BATCH_LEAF_BYTES);
    this.packed = new Float64Array(memory, 0, leaves);
    this.indices = new Uint32Array(memory, 8 * leaves, leaves);
    this.batchHashes = new Uint8Array(memory, 12 * leaves, leaves * HASH_BYTES);
  }

  /** Blocks first..last (inclusive): hash their leaves in one pass over the values, then build them. */
  private buildBatch(scan: ScanValues, first: number, last: number): void {
    const { lo, hi, depth } = this.blocks;
    const start = lo[first]!;
    const size = hi[last]! - start;
    const packed = this.packed.subarray(0, size);
    for (let p = 0; p < size; p++) packed[p] = this.order[start + p]! * POSITIONS + p;
    packed.sort();
    const indices = this.indices.subarray(0, size);
    for (let k = 0; k < size; k++) indices[k] = Math.floor(packed[k]! / POSITIONS);
    let k = 0;
    scan(indices, (index, value) => {
      if (index !== indices[k]) throw new Error(`sum tree: leaf ${index} read for leaf ${indices[k]}`);
      this.leafHashInto(index, value, (packed[k]! - index * POSITIONS) * HASH_BYTES);
      k++;
    });
    if (k !== size) throw new Error(`sum tree: ${size - k} leaf values were not read`);
    this.batchStart = start;
    for (let b = first; b <= last; b++) {
      this.block(lo[b]!, hi[b]!, depth[b]!);
      this.saveBlock(b, depth[b]!);
    }
  }

  private leafHashInto(index: number, value: Uint8Array, at: number): void {
    const input = this.leafInput;
    const { columns } = this.leaves;
    columns.copyKey(index, input, 1);
    blake2b256Into(value, input, 1 + KEY_BYTES);
    this.leafView.setUint32(1 + KEY_BYTES + HASH_BYTES, columns.weightLow(index), true);
    this.leafView.setUint32(1 + KEY_BYTES + HASH_BYTES + 4, columns.weightHigh(index), true);
    blake2b256Into(input, this.batchHashes, at);
  }

  /** The subtree over sorted [lo, hi) at `depth`, from the batch's leaf hashes. */
  private block(lo: number, hi: number, depth: number): void {
    const n = hi - lo;
    if (n === 0) return this.putEmpty(depth);
    if (n === 1) return this.putLeaf(depth, lo);
    if (depth === KEY_BITS) throw new SumTreeError('duplicate-key', 'two leaves have the same key');
    const mid = this.split(lo, hi, depth);
    this.block(lo, mid, depth + 1);
    this.takeLeft(depth);
    this.block(mid, hi, depth + 1);
    this.finishInner(depth);
    if (n >= this.limits.cacheMinLeaves) this.keep(lo, depth);
  }

  /** The nodes above the blocks, from the blocks' roots (taken in the order they were collected). */
  private top(lo: number, hi: number, depth: number): void {
    const n = hi - lo;
    if (n === 0) return this.putEmpty(depth);
    if (n <= this.blockLeaves) return this.takeBlock(lo, depth);
    const mid = this.split(lo, hi, depth);
    this.top(lo, mid, depth + 1);
    this.takeLeft(depth);
    this.top(mid, hi, depth + 1);
    this.finishInner(depth);
    if (n >= this.limits.cacheMinLeaves) this.keep(lo, depth);
  }

  private putEmpty(depth: number): void {
    this.hashes.fill(0, depth * HASH_BYTES, (depth + 1) * HASH_BYTES);
    this.sumLo[depth] = 0;
    this.sumHi[depth] = 0;
    this.counts[depth] = 0;
  }

  /** The leaf at sorted position `position`, in the batch being built. */
  private putLeaf(depth: number, position: number): void {
    const index = this.order[position]!;
    const at = (position - this.batchStart) * HASH_BYTES;
    copyHash(this.batchHashes, at, this.hashes, depth * HASH_BYTES);
    this.sumLo[depth] = this.leaves.columns.weightLow(index);
    this.sumHi[depth] = this.leaves.columns.weightHigh(index);
    this.counts[depth] = 1;
  }

  private saveBlock(b: number, depth: number): void {
    copyHash(this.hashes, depth * HASH_BYTES, this.blockHashes, b * HASH_BYTES);
    this.blockSumLo[b] = this.sumLo[depth]!;
    this.blockSumHi[b] = this.sumHi[depth]!;
    this.blockCounts[b] = this.counts[depth]!;
  }

  private takeBlock(lo: number, depth: number): void {
    const b = this.nextBlock++;
    if (this.blocks.lo[b] !== lo || this.blocks.depth[b] !== depth) throw new Error(`sum tree: block ${b} is not at (${lo}, ${depth})`);
    copyHash(this.blockHashes, b * HASH_BYTES, this.hashes, depth * HASH_BYTES);
    this.sumLo[depth] = this.blockSumLo[b]!;
    this.sumHi[depth] = this.blockSumHi[b]!;
    this.counts[depth] = this.blockCounts[b]!;
  }

  /** The node just finished at depth + 1 is the left child of the one being built at `depth`. */
  private takeLeft(depth: number): void {
    const child = depth + 1;
    this.writeChild(depth, LEFT_AT, child);
    this.leftSumLo[depth] = this.sumLo[child]!;
    this.leftSumHi[depth] = this.sumHi[child]!;
    this.leftCounts[depth] = this.counts[child]!;
  }

  /** The node just finished at depth + 1 is the right child: hash the inner node at `depth`. */
  private finishInner(depth: number): void {
    const child = depth + 1;
    this.writeChild(depth, RIGHT_AT, child);
    const low = this.leftSumLo[depth]! + this.sumLo[child]!;
    const carry = low >= TWO_32 ? 1 : 0;
    const high = this.leftSumHi[depth]! + this.sumHi[child]! + carry;
    if (high >= TWO_32) throw new SumTreeError('sum-overflow', 'the weights add up past u64');
    this.sumLo[depth] = low - carry * TWO_32;
    this.sumHi[depth] = high;
    this.counts[depth] = this.leftCounts[depth]! + this.counts[child]!;
    blake2b256Into(this.inputs[depth]!, this.hashes, depth * HASH_BYTES);
  }

  /** Writes child's (hash, le64 sum, le64 count) into the preimage at `depth`, from byte `at`. */
  private writeChild(depth: number, at: number, child: number): void {
    const base = depth * INNER_BYTES + at;
    copyHash(this.hashes, child * HASH_BYTES, this.inputs[depth]!, at);
    const view = this.inputView;
    view.setUint32(base + HASH_BYTES, this.sumLo[child]!, true);
    view.setUint32(base + HASH_BYTES + 4, this.sumHi[child]!, true);
    view.setUint32(base + HASH_BYTES + 8, this.counts[child]!, true);
    view.setUint32(base + HASH_BYTES + 12, 0, true);
  }

  private keep(lo: number, depth: number): void {
    this.cache.add(lo, depth, this.hashes, depth * HASH_BYTES, this.sumLo[depth]!, this.sumHi[depth]!, this.counts[depth]!);
  }
}
