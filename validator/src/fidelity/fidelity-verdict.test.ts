import { describe, expect, test } from '@jest/globals';
import { fidelityVerdict } from './fidelity-verdict.js';
import type { TokenEvidence } from './teacher-forcing.js';

/** A token `margin` nats below the model's choice (the choice itself when 0). */
const ev = (margin: number): TokenEvidence => ({ token: margin === 0 ? 1 : 2, choice: 1, margin, logprob: -0.2 - margin });
const greedy = { temperatureMilli: 0 };

describe('fidelity verdict', () => {
  test('greedy: the model’s own choices, and near-ties flipped by rounding, are genuine', () => {
    expect(fidelityVerdict(Array.from({ length: 30 }, () => ev(0)), greedy).outcome).toBe('genuine');
    const ties = Array.from({ length: 30 }, (_, i) => ev(i % 7 === 0 ? 0.4 : 0));
    const v = fidelityVerdict(ties, greedy);
    expect(v).toMatchObject({ outcome: 'genuine', gate: 1 });
    expect(v.stats.disagreements).toBe(5);
  });

  test('greedy: one wide disagreement is suspect', () => {
    const v = fidelityVerdict([...Array.from({ length: 20 }, () => ev(0)), ev(2.5)], greedy);
    expect(v).toMatchObject({ outcome: 'suspect', gate: 0 });
    expect(v.stats.violations).toBe(1);
  });

  test('sampled: tokens far below the tempered choice are suspect, plausible draws are not', () => {
    const plausible = Array.from({ length: 40 }, (_, i) => ev(i % 3 === 0 ? 1.5 : 0));
    expect(fidelityVerdict(plausible, { temperatureMilli: 800 }).outcome).toBe('genuine');
    const foreign = Array.from({ length: 40 }, (_, i) => ev(i % 4 === 0 ? 12 : 0.5));
    expect(fidelityVerdict(foreign, { temperatureMilli: 800 }).outcome).toBe('suspect');
  });

  test('too short to judge', () => {
    expect(fidelityVerdict([ev(9)], greedy)).toMatchObject({ outcome: 'insufficient', gate: 1 });
  });
});
