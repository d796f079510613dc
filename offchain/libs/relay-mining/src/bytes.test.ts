import { expect, test } from '@jest/globals';
import { u8aToHex } from '@polkadot/util';
import { bytesToHex, concatBytes, hexToBytes } from './bytes.js';

test('hex as @polkadot/util writes it, and back', () => {
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);
  expect(bytesToHex(all)).toBe(u8aToHex(all));
  expect(bytesToHex(new Uint8Array(0))).toBe('0x');
  expect(hexToBytes(bytesToHex(all))).toEqual(all);
  expect(hexToBytes('00FFa0')).toEqual(Uint8Array.of(0, 255, 160));
  expect(hexToBytes('0x')).toEqual(new Uint8Array(0));
});

test('malformed hex is refused', () => {
  expect(() => hexToBytes('0x0')).toThrow(RangeError);
  expect(() => hexToBytes('0xzz')).toThrow(RangeError);
  expect(() => hexToBytes('0x 1')).toThrow(RangeError);
});

test('concatBytes', () => {
  expect(concatBytes(Uint8Array.of(1), new Uint8Array(0), Uint8Array.of(2, 3))).toEqual(Uint8Array.of(1, 2, 3));
  expect(concatBytes()).toEqual(new Uint8Array(0));
});
