/**
 * The few byte helpers this package needs, here rather than from @polkadot/util: that package
 * loads whole (~16 MB of RSS), and a relay miner's process may need nothing else of it.
 * Hex is lower case with a `0x` prefix, as @polkadot/util writes it.
 */

export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const HEX_DIGITS = '0123456789abcdef';

export function bytesToHex(bytes: Uint8Array): `0x${string}` {
  let hex = '';
  for (const byte of bytes) hex += HEX_DIGITS[byte >> 4]! + HEX_DIGITS[byte & 15]!;
  return `0x${hex}`;
}

function nibble(hex: string, at: number): number {
  const c = hex.charCodeAt(at);
  if (c >= 48 && c <= 57) return c - 48; // 0-9
  if (c >= 97 && c <= 102) return c - 87; // a-f
  if (c >= 65 && c <= 70) return c - 55; // A-F
  throw new RangeError(`not hex: ${JSON.stringify(hex.slice(at, at + 1))} at ${at}`);
}

/** Hex, with or without `0x`, to bytes; throws RangeError on an odd length or a non-hex digit. */
export function hexToBytes(hex: string): Uint8Array {
  const start = hex.startsWith('0x') ? 2 : 0;
  if ((hex.length - start) % 2 !== 0) throw new RangeError(`hex of odd length ${hex.length - start}`);
  const out = new Uint8Array((hex.length - start) / 2);
  for (let i = 0; i < out.length; i++) out[i] = (nibble(hex, start + 2 * i) << 4) | nibble(hex, start + 2 * i + 1);
  return out;
}
