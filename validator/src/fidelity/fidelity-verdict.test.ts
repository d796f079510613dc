import { describe, expect, test } from '@jest/globals';
import { fidelityVerdict } from './fidelity-verdict.js';
import type { TokenEvidence } from './teacher-forcing.js';

const ev = (rank: number, logprob = rank === 1 ? -0.2 : -2.5): TokenEvidence => ({ token: 1, rank, logprob, topLogprob: -0.2 });

describe('fidelity verdict', () => {
  test('greedy: all top choices is genuine, a third off is suspect', () => {
    expect(fidelityVerdict(Array.from({ length: 30 }, () => ev(1)), { temperatureMilli: 0 }, 20).outcome).toBe('genuine');
    const mixed = Array.from({ length: 30 }, (_, i) => ev(i % 3 === 0 ? 4 : 1));
    const v = fidelityVerdict(mixed, { temperatureMilli: 0 }, 20);
    expect(v.outcome).toBe('suspect');
    expect(v.score).toBeLessThan(0.5);
  });

  test('sampled: tokens outside the top K or with low likelihood are suspect', () => {
    const genuine = Array.from({ length: 40 }, (_, i) => ev(i % 4 === 0 ? 3 : 1, i % 4 === 0 ? -1.5 : -0.4));
    expect(fidelityVerdict(genuine, { temperatureMilli: 800 }, 20).outcome).toBe('genuine');
    const foreign = Array.from({ length: 40 }, (_, i) => ev(i % 5 === 0 ? 21 : 6, -5));
    const v = fidelityVerdict(foreign, { temperatureMilli: 800 }, 20);
    expect(v.outcome).toBe('suspect');
    expect(v.score).toBe(0);
  });

  test('too short to judge', () => {
    expect(fidelityVerdict([ev(9)], { temperatureMilli: 0 }, 20).outcome).toBe('insufficient');
  });
});
