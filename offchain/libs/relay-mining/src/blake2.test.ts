import { beforeAll, expect, test } from '@jest/globals';
import { blake2AsU8a, cryptoWaitReady } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';
import { blake2Ready, blake2b256, blake2b256Into } from './blake2.js';

beforeAll(async () => {
  await cryptoWaitReady();
});

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + n) & 0xff);

test('hashing works before blake2Ready is awaited (the binary is compiled on first use), and after', async () => {
  expect(u8aToHex(blake2b256(bytes(97)))).toBe(u8aToHex(blake2AsU8a(bytes(97), 256)));
  await blake2Ready();
  expect(u8aToHex(blake2b256(bytes(98)))).toBe(u8aToHex(blake2AsU8a(bytes(98), 256)));
});

test('blake2b-256, the known vector and util-crypto at every block boundary and beyond', () => {
  expect(u8aToHex(blake2b256(new TextEncoder().encode('abc')))).toBe('0xbddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319');
  for (const n of [0, 1, 31, 32, 97, 127, 128, 129, 369, 65_536]) expect(u8aToHex(blake2b256(bytes(n)))).toBe(u8aToHex(blake2AsU8a(bytes(n), 256)));
});

test('inputs larger than the wasm memory grow it, and hashing goes on', () => {
  const big = bytes(5 << 20);
  expect(u8aToHex(blake2b256(big))).toBe(u8aToHex(blake2AsU8a(big, 256)));
  expect(u8aToHex(blake2b256(bytes(97)))).toBe(u8aToHex(blake2AsU8a(bytes(97), 256)));
});

test('blake2b256Into writes the digest where it is told, and nowhere out of bounds', () => {
  const out = new Uint8Array(40).fill(7);
  blake2b256Into(bytes(10), out, 8);
  expect(u8aToHex(out.subarray(8))).toBe(u8aToHex(blake2AsU8a(bytes(10), 256)));
  expect(out.subarray(0, 8).every((b) => b === 7)).toBe(true);
  expect(() => blake2b256Into(bytes(10), out, 9)).toThrow(RangeError);
  expect(() => blake2b256Into(bytes(10), out, -1)).toThrow(RangeError);
});
