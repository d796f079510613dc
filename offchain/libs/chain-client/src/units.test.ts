import { describe, expect, test } from '@jest/globals';
import { formatSbl, PLANCK_PER_SBL, sbl } from './units.js';

describe('SBL amounts', () => {
  test('converts whole and fractional amounts exactly', () => {
    expect(sbl(1)).toBe(PLANCK_PER_SBL);
    expect(sbl(1n)).toBe(PLANCK_PER_SBL);
    expect(sbl('0.000000000001')).toBe(1n);
    expect(sbl('1234567.5')).toBe(1_234_567_500_000_000_000n);
    expect(sbl(0.001)).toBe(1_000_000_000n);
  });

  test('rejects negative, malformed and over-precise amounts', () => {
    for (const bad of ['-1', '1e3', 'abc', '0.0000000000001', '']) {
      expect(() => sbl(bad)).toThrow(RangeError);
    }
  });

  test('formats planck back to SBL', () => {
    expect(formatSbl(1_500_000_000_000n)).toBe('1.5');
    expect(formatSbl(1n)).toBe('0.000000000001');
    expect(formatSbl(sbl(42))).toBe('42');
    expect(formatSbl(-sbl('0.25'))).toBe('-0.25');
  });
});
