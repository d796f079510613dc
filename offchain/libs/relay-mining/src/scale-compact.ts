/**
 * SCALE's compact integers: Compact<u32>, the length prefix of every `Vec` in the proof and relay-leaf
 * encodings, and Compact<u64>, the sums and counts of a proof's siblings.
 */

/** Canonical (shortest) form, as parity-scale-codec writes it. */
export function encodeCompactU32(n: number): Uint8Array {
  if (!Number.isInteger(n) || n < 0 || n > 0xffff_ffff) throw new RangeError(`${n} is not a u32`);
  if (n < 1 << 6) return Uint8Array.of(n << 2);
  if (n < 1 << 14) return Uint8Array.of(((n << 2) | 0b01) & 0xff, n >> 6);
  if (n < 1 << 30) {
    const out = new Uint8Array(4);
    new DataView(out.buffer).setUint32(0, ((n << 2) | 0b10) >>> 0, true);
    return out;
  }
  const out = new Uint8Array(5);
  out[0] = 0b11; // big-integer mode, (4 - 4) << 2: four little-endian bytes follow
  new DataView(out.buffer).setUint32(1, n, true);
  return out;
}

/** Returns [value, offset after it]; throws RangeError on non-canonical encodings, as parity-scale-codec rejects them. */
export function decodeCompactU32(bytes: Uint8Array, at: number): [number, number] {
  const fail = (why: string): never => {
    throw new RangeError(`Compact<u32> at byte ${at}: ${why}`);
  };
  if (at >= bytes.length) fail('missing');
  const first = bytes[at]!;
  const mode = first & 0b11;
  const width = mode === 0 ? 1 : mode === 1 ? 2 : mode === 2 ? 4 : 5;
  if (at + width > bytes.length) fail('truncated');
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, width);
  switch (mode) {
    case 0:
      return [first >> 2, at + 1];
    case 1: {
      const n = view.getUint16(0, true) >> 2;
      if (n < 1 << 6) fail('not in shortest form');
      return [n, at + 2];
    }
    case 2: {
      const n = view.getUint32(0, true) >>> 2;
      if (n < 1 << 14) fail('not in shortest form');
      return [n, at + 4];
    }
    default: {
      if (first !== 0b11) fail('more than 4 bytes for a u32');
      const n = view.getUint32(1, true);
      if (n < 1 << 30) fail('not in shortest form');
      return [n, at + 5];
    }
  }
}

/** Canonical Compact<u64>. */
export function encodeCompactU64(n: bigint): Uint8Array {
  if (n < 0n || n > 0xffff_ffff_ffff_ffffn) throw new RangeError(`${n} is not a u64`);
  if (n < 1n << 30n) return encodeCompactU32(Number(n));
  const bytes: number[] = [];
  for (let rest = n; rest > 0n; rest >>= 8n) bytes.push(Number(rest & 0xffn));
  while (bytes.length < 4) bytes.push(0);
  return Uint8Array.of(((bytes.length - 4) << 2) | 0b11, ...bytes);
}

/** Returns [value, offset after it]; throws RangeError on non-canonical encodings. */
export function decodeCompactU64(bytes: Uint8Array, at: number): [bigint, number] {
  if (at >= bytes.length) throw new RangeError(`Compact<u64> at byte ${at}: missing`);
  const first = bytes[at]!;
  if ((first & 0b11) !== 0b11) {
    const [n, next] = decodeCompactU32(bytes, at);
    return [BigInt(n), next];
  }
  const width = (first >> 2) + 4;
  if (width > 8) throw new RangeError(`Compact<u64> at byte ${at}: ${width} bytes for a u64`);
  if (at + 1 + width > bytes.length) throw new RangeError(`Compact<u64> at byte ${at}: truncated`);
  let n = 0n;
  for (let i = width - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[at + 1 + i]!);
  // Shortest form: at least 2^30, and no zero top byte beyond the 4-byte minimum.
  if (n < 1n << 30n || (width > 4 && bytes[at + width] === 0)) throw new RangeError(`Compact<u64> at byte ${at}: not in shortest form`);
  return [n, at + 1 + width];
}
