/**
 * The summaries a built {@link SumTree} keeps: those of its subtrees with at least
 * `cacheMinLeaves` leaves (about 1.6 n / cacheMinLeaves of them), keyed by (first sorted
 * position, depth), in flat typed arrays: ~60 B a node with its index, where a Map of NodeSummary
 * objects, each with its own hash array and two BigInts, took several times that.
 */
import { HASH_BYTES, type NodeSummary } from './node-summary.js';

const MIN_CAPACITY = 64;

export class NodeCache {
  private length = 0;
  private capacity: number;
  private los: Uint32Array;
  private depths: Uint16Array;
  private hashes: Uint8Array;
  /** The u64 sum as its low and high 32 bits. */
  private sumLo: Uint32Array;
  private sumHi: Uint32Array;
  private counts: Uint32Array;
  /** Open addressing over entries: a slot holds entry + 1, 0 is free; kept at most half full. */
  private slots: Uint32Array;

  /**
   * Room for the nodes a tree of `leaves` random keys keeps (~1.6 n / minLeaves, plus a chain of
   * one-sided nodes over mined keys' shared leading bits, at most 256): sized once, so a build
   * leaves no outgrown arrays behind for the collector. It still grows if need be.
   */
  static expectedEntries(leaves: number, minLeaves: number): number {
    return Math.ceil((2 * leaves) / minLeaves) + 256;
  }

  constructor(expectedEntries = MIN_CAPACITY) {
    const capacity = Math.max(MIN_CAPACITY, 2 ** Math.ceil(Math.log2(Math.max(1, expectedEntries))));
    this.capacity = capacity;
    this.los = new Uint32Array(capacity);
    this.depths = new Uint16Array(capacity);
    this.hashes = new Uint8Array(capacity * HASH_BYTES);
    this.sumLo = new Uint32Array(capacity);
    this.sumHi = new Uint32Array(capacity);
    this.counts = new Uint32Array(capacity);
    this.slots = new Uint32Array(2 * capacity);
  }

  get size(): number {
    return this.length;
  }

  get memoryBytes(): number {
    return this.los.byteLength + this.depths.byteLength + this.hashes.byteLength + this.sumLo.byteLength + this.sumHi.byteLength + this.counts.byteLength + this.slots.byteLength;
  }

  /** Keeps the summary of the node at (`lo`, `depth`): hash = hashes[at, at + 32). */
  add(lo: number, depth: number, hashes: Uint8Array, at: number, sumLo: number, sumHi: number, count: number): void {
    if (this.find(lo, depth) !== -1) throw new Error(`node cache: (${lo}, ${depth}) is cached twice`);
    if (this.length === this.capacity) this.grow();
    const entry = this.length++;
    this.los[entry] = lo;
    this.depths[entry] = depth;
    this.hashes.set(hashes.subarray(at, at + HASH_BYTES), entry * HASH_BYTES);
    this.sumLo[entry] = sumLo;
    this.sumHi[entry] = sumHi;
    this.counts[entry] = count;
    this.insert(entry);
  }

  /** The node at (`lo`, `depth`), as a summary with its own bytes, or undefined when it is not kept. */
  get(lo: number, depth: number): NodeSummary | undefined {
    const entry = this.find(lo, depth);
    if (entry === -1) return undefined;
    return {
      hash: this.hashes.slice(entry * HASH_BYTES, (entry + 1) * HASH_BYTES),
      sum: (BigInt(this.sumHi[entry]!) << 32n) | BigInt(this.sumLo[entry]!),
      count: BigInt(this.counts[entry]!),
    };
  }

  private find(lo: number, depth: number): number {
    const mask = this.slots.length - 1;
    for (let slot = slotOf(lo, depth) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]! - 1;
      if (entry === -1) return -1;
      if (this.los[entry] === lo && this.depths[entry] === depth) return entry;
    }
  }

  private insert(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = slotOf(this.los[entry]!, this.depths[entry]!) & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private grow(): void {
    this.capacity *= 2;
    this.los = grown(this.los, this.capacity);
    this.depths = grown(this.depths, this.capacity);
    this.hashes = grown(this.hashes, this.capacity * HASH_BYTES);
    this.sumLo = grown(this.sumLo, this.capacity);
    this.sumHi = grown(this.sumHi, this.capacity);
    this.counts = grown(this.counts, this.capacity);
    this.slots = new Uint32Array(2 * this.capacity);
    for (let entry = 0; entry < this.length; entry++) this.insert(entry);
  }
}

function grown<T extends Uint8Array | Uint16Array | Uint32Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
}

function slotOf(lo: number, depth: number): number {
  let h = Math.imul(lo ^ (depth << 24), 0x9e3779b1);
  h ^= h >>> 15;
  h = Math.imul(h ^ depth, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}
