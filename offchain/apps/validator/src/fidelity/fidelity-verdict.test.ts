import { describe, expect, test } from '@jest/globals';
import { fidelityVerdict } from './fidelity-verdict.js';
import type { TokenEvidence } from './teacher-forcing.js';
import { LlamaDistRng } from './llama-dist-rng.js';
import { replaySampled } from './sampling-replay.js';

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

  test('an answer that claims to end on its own must end where the model would', () => {
    const answer = Array.from({ length: 12 }, () => ev(0));
    const ends = (margin: number): TokenEvidence => ({ ...ev(margin), ends: [1, 2] });
    expect(fidelityVerdict([...answer, ends(0)], greedy)).toMatchObject({ outcome: 'genuine', stats: { endsOnItsOwn: true, tokens: 12 } });
    // Every token genuine, but the model would have gone on: an answer cut short.
    expect(fidelityVerdict([...answer, ends(4)], greedy)).toMatchObject({ outcome: 'suspect', gate: 0, stats: { endsOnItsOwn: false, violations: 0 } });
    // Even too short to judge otherwise: an empty answer the model would not give.
    expect(fidelityVerdict([ends(4)], greedy)).toMatchObject({ outcome: 'suspect' });
  });

  test('too short to judge', () => {
    expect(fidelityVerdict([ev(9)], greedy)).toMatchObject({ outcome: 'insufficient', gate: 1 });
  });
});

describe('seeded replay', () => {
  const sampling = { temperatureMilli: 1000, topPMilli: 1000, seed: 42n };
  /** 40 positions with a flat-ish distribution over 8 tokens (ids 0..7, logits falling by 0.3). */
  const candidates = Array.from({ length: 8 }, (_, token) => ({ token, logit: 5 - 0.3 * token }));
  /** The oracle sampler: the first candidate whose running softmax mass reaches the draw. */
  function sampled(seed: bigint): number[] {
    const rng = new LlamaDistRng(Number(seed));
    const weights = candidates.map((c) => Math.exp(c.logit - candidates[0]!.logit));
    const total = weights.reduce((a, b) => a + b, 0);
    return Array.from({ length: 40 }, () => {
      const target = rng.next() * total;
      let running = 0;
      return weights.findIndex((w) => (running += w) >= target);
    });
  }
  const evidenceOf = (tokens: number[]): TokenEvidence[] =>
    tokens.map((token) => ({ token, choice: 0, margin: 0.3 * token, logprob: -1, candidates }));

  test('the draws of the relay’s seed are genuine, another seed’s are suspect', () => {
    const genuine = fidelityVerdict(evidenceOf(sampled(42n)), sampling);
    expect(genuine).toMatchObject({ outcome: 'genuine', stats: { violations: 0, sampledCheck: 'replay' } });
    expect(fidelityVerdict(evidenceOf(sampled(43n)), sampling).outcome).toBe('suspect');
  });

  test('a token outside the model’s top-k is a miss', () => {
    const tokens = sampled(42n);
    const steps = replaySampled(evidenceOf([...tokens.slice(0, 39), 999]), sampling);
    expect(steps[39]).toMatchObject({ distance: 1, match: false });
  });

  test('the end of a sampled answer replays onto any end-of-generation token', () => {
    const tokens = sampled(42n);
    // Position 40 drew the token sampled(42n) would have drawn next; call it and one other the end tokens.
    const rng = new LlamaDistRng(42);
    for (let i = 0; i < 40; i++) rng.next();
    const weights = candidates.map((c) => Math.exp(c.logit - candidates[0]!.logit));
    const total = weights.reduce((a, b) => a + b, 0);
    const target = rng.next() * total;
    let running = 0;
    const next = weights.findIndex((w) => (running += w) >= target);
    const end = (ends: number[]): TokenEvidence => ({ token: ends[0]!, choice: 0, margin: 0, logprob: -1, candidates, ends });
    const other = (next + 4) % 8;
    expect(fidelityVerdict([...evidenceOf(tokens), end([other, next])], sampling).stats.endsOnItsOwn).toBe(true);
    expect(fidelityVerdict([...evidenceOf(tokens), end([other])], sampling)).toMatchObject({ outcome: 'suspect', stats: { endsOnItsOwn: false } });
  });

  test('without a seed the weaker margin check applies', () => {
    const v = fidelityVerdict(evidenceOf(sampled(42n)), { ...sampling, seed: null });
    expect(v.stats.sampledCheck).toBe('margin');
  });
});
