/**
 * Sorting leaves by key, most significant bit first, and finding where a sorted range splits:
 * the order in which the tree's leaves lie (tree-builder.ts).
 *
 * `sortByKey` skips the bits every key shares (mined keys start with the same run of zeros), then
 * buckets the leaves by their next up-to-16 bits in one counting pass, and finishes each bucket
 * (a few leaves) with a radix partition bit by bit. The partition alone, one pass over all
 * leaves per bit, took several times longer at a million leaves.
 */
import type { LeafColumns } from './leaf-columns.js';
import { KEY_BYTES, SumTreeError } from './node-summary.js';

const KEY_BITS = 8 * KEY_BYTES;
const MAX_BUCKET_BITS = 16;

/** Leaf indices 0..size-1 sorted by key; throws 'duplicate-key' when two keys are equal. */
export function sortByKey(keys: LeafColumns, size: number): Uint32Array {
  if (!Number.isSafeInteger(size) || size < 0 || keys.size < size) throw new RangeError(`${size} leaves, ${keys.size} keys`);
  const order = new Uint32Array(size);
  if (size < 2) {
    order.fill(0);
    return order;
  }
  const shared = sharedBits(keys, size);
  if (shared === KEY_BITS) throw new SumTreeError('duplicate-key', 'two leaves have the same key');
  const bits = Math.min(MAX_BUCKET_BITS, KEY_BITS - shared, Math.ceil(Math.log2(size)));
  const starts = bucketStarts(keys, size, shared, bits);
  for (let leaf = 0; leaf < size; leaf++) order[starts[bucketOf(keys, leaf, shared, bits)]!++] = leaf;
  // After the scatter, starts[b] is where bucket b ends (and bucket b + 1 begins).
  let lo = 0;
  for (const end of starts) {
    sortRange(keys, order, lo, end, shared + bits);
    lo = end;
  }
  return order;
}

/** How many leading bits all `size` keys share (256 when they are all equal). */
function sharedBits(keys: LeafColumns, size: number): number {
  let shared = KEY_BITS;
  for (let leaf = 1; leaf < size && shared > 0; leaf++) {
    for (let byte = 0; 8 * byte < shared; byte++) {
      const diff = keys.keyByte(leaf, byte) ^ keys.keyByte(0, byte);
      if (diff !== 0) {
        shared = Math.min(shared, 8 * byte + Math.clz32(diff) - 24);
        break;
      }
    }
  }
  return shared;
}

/** Bits [from, from + bits) of leaf's key, as a number (bits ≤ 16, from + bits ≤ 256). */
function bucketOf(keys: LeafColumns, leaf: number, from: number, bits: number): number {
  const byte = from >> 3;
  let window = 0;
  for (let b = byte; b < byte + 3; b++) window = (window << 8) | (b < KEY_BYTES ? keys.keyByte(leaf, b) : 0);
  return (window >>> (24 - (from & 7) - bits)) & ((1 << bits) - 1);
}

/** Where each bucket starts in the sorted order (a counting pass over the keys). */
function bucketStarts(keys: LeafColumns, size: number, from: number, bits: number): Uint32Array {
  const starts = new Uint32Array(1 << bits);
  for (let leaf = 0; leaf < size; leaf++) starts[bucketOf(keys, leaf, from, bits)]!++;
  let at = 0;
  for (let b = 0; b < starts.length; b++) {
    const count = starts[b]!;
    starts[b] = at;
    at += count;
  }
  return starts;
}

function sortRange(keys: LeafColumns, order: Uint32Array, lo: number, hi: number, depth: number): void {
  if (hi - lo < 2) return;
  // Two leaves still together after all 256 bits have the same key.
  if (depth === KEY_BITS) throw new SumTreeError('duplicate-key', 'two leaves have the same key');
  const mid = partition(keys, order, lo, hi, depth);
  sortRange(keys, order, lo, mid, depth + 1);
  sortRange(keys, order, mid, hi, depth + 1);
}

/** Moves the range's leaves with bit `depth` = 0 before those with 1; returns where the 1s start. */
function partition(keys: LeafColumns, order: Uint32Array, lo: number, hi: number, depth: number): number {
  const byte = depth >> 3;
  const shift = 7 - (depth & 7);
  let i = lo;
  let j = hi - 1;
  while (i <= j) {
    const leaf = order[i]!;
    if (((keys.keyByte(leaf, byte) >> shift) & 1) === 0) {
      i++;
    } else {
      order[i] = order[j]!;
      order[j] = leaf;
      j--;
    }
  }
  return i;
}

/** In sorted `order`, the first index of [lo, hi) whose key has bit `depth` set (binary search). */
export function splitSorted(keys: LeafColumns, order: Uint32Array, lo: number, hi: number, depth: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keys.keyBit(order[mid]!, depth) === 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
