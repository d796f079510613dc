/**
 * What the tree needs of every leaf, key (32 B) and weight (u64), in fixed-size segments of
 * {@link SEGMENT_LEAVES} leaves. Growing appends a segment and never copies: a store doubling one
 * array would hold the old and the new (1.5× the data) until the garbage collector gets to the
 * old one, and a million relays' keys are 32 MB. Only the first segment starts small and
 * doubles, so a store of a few relays holds a few kB.
 *
 * Weights are u64, kept as their low 32 bits (4 B a leaf) plus a map of the high 32 bits for
 * the leaves that have any (none, for relays, which weigh thousands of CU).
 */
import { KEY_BYTES, SumTreeError, checkWeight } from './node-summary.js';

const SEGMENT_BITS = 16;
const SEGMENT_LEAVES = 1 << SEGMENT_BITS;
const SEGMENT_MASK = SEGMENT_LEAVES - 1;
const FIRST_SEGMENT_LEAVES = 1024;
/** Leaf indices are u32s (and a store's replay index holds index + 1). */
export const MAX_LEAVES = 0xffff_fffe;
const U32_MAX = 0xffff_ffffn;

export class LeafColumns {
  private keySegments: Uint8Array[] = [];
  private weightSegments: Uint32Array[] = [];
  private readonly highWeights = new Map<number, number>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Bytes held: the segments at their capacity and ~16 B per map entry. */
  get memoryBytes(): number {
    let bytes = 16 * this.highWeights.size;
    for (const segment of this.keySegments) bytes += segment.byteLength;
    for (const segment of this.weightSegments) bytes += segment.byteLength;
    return bytes;
  }

  /** Appends a leaf; returns its index. */
  push(key: Uint8Array, weight: bigint): number {
    if (key.length !== KEY_BYTES) throw new SumTreeError('bad-key', `a key is ${KEY_BYTES} bytes, not ${key.length}`);
    checkWeight(weight);
    const index = this.count;
    if (index >= MAX_LEAVES) throw new RangeError(`at most ${MAX_LEAVES} leaves`);
    this.reserve(index);
    const at = index & SEGMENT_MASK;
    this.keySegments[index >>> SEGMENT_BITS]!.set(key, at * KEY_BYTES);
    const weights = this.weightSegments[index >>> SEGMENT_BITS]!;
    if (weight <= U32_MAX) {
      weights[at] = Number(weight);
    } else {
      weights[at] = Number(weight & 0xffff_ffffn);
      this.highWeights.set(index, Number(weight >> 32n));
    }
    this.count = index + 1;
    return index;
  }

  /** The segment holding leaf `index`'s key; its key starts at {@link keyOffset}(index). */
  keySegment(index: number): Uint8Array {
    return this.keySegments[index >>> SEGMENT_BITS]!;
  }

  /** Byte `byte` of leaf `index`'s key. */
  keyByte(index: number, byte: number): number {
    return this.keySegments[index >>> SEGMENT_BITS]![(index & SEGMENT_MASK) * KEY_BYTES + byte]!;
  }

  /** Bit `depth` of leaf `index`'s key, most significant first (node-summary.ts' keyBit). */
  keyBit(index: number, depth: number): number {
    return (this.keyByte(index, depth >> 3) >> (7 - (depth & 7))) & 1;
  }

  /** A view of leaf `index`'s key (valid while the store lives; copy it to keep it). */
  key(index: number): Uint8Array {
    const at = keyOffset(index);
    return this.keySegment(index).subarray(at, at + KEY_BYTES);
  }

  /** Copies leaf `index`'s key to out[at, at + 32) (no view allocated: the build does this a million times). */
  copyKey(index: number, out: Uint8Array, at: number): void {
    const segment = this.keySegment(index);
    const base = (index & SEGMENT_MASK) * KEY_BYTES;
    for (let b = 0; b < KEY_BYTES; b++) out[at + b] = segment[base + b]!;
  }

  /** Whether leaf `index`'s key is `key` (32 bytes). */
  sameKey(index: number, key: Uint8Array): boolean {
    const segment = this.keySegment(index);
    const base = (index & SEGMENT_MASK) * KEY_BYTES;
    // Last byte first: mined keys share their leading bits, so the end tells them apart sooner.
    for (let b = KEY_BYTES - 1; b >= 0; b--) if (segment[base + b] !== key[b]) return false;
    return true;
  }

  weightLow(index: number): number {
    return this.weightSegments[index >>> SEGMENT_BITS]![index & SEGMENT_MASK]!;
  }

  weightHigh(index: number): number {
    return this.highWeights.size === 0 ? 0 : (this.highWeights.get(index) ?? 0);
  }

  weight(index: number): bigint {
    return (BigInt(this.weightHigh(index)) << 32n) | BigInt(this.weightLow(index));
  }

  /** Makes room for leaf `index` = size: a new segment, or the small first one doubled. */
  private reserve(index: number): void {
    const segment = index >>> SEGMENT_BITS;
    if (segment === this.keySegments.length) {
      const leaves = segment === 0 ? FIRST_SEGMENT_LEAVES : SEGMENT_LEAVES;
      this.keySegments.push(new Uint8Array(leaves * KEY_BYTES));
      this.weightSegments.push(new Uint32Array(leaves));
      return;
    }
    const capacity = this.weightSegments[segment]!.length;
    if ((index & SEGMENT_MASK) < capacity) return;
    const keys = new Uint8Array(2 * capacity * KEY_BYTES);
    keys.set(this.keySegments[segment]!);
    this.keySegments[segment] = keys;
    const weights = new Uint32Array(2 * capacity);
    weights.set(this.weightSegments[segment]!);
    this.weightSegments[segment] = weights;
  }
}

/** Where leaf `index`'s key starts in its segment. */
export function keyOffset(index: number): number {
  return (index & SEGMENT_MASK) * KEY_BYTES;
}
