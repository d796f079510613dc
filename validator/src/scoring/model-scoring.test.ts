import { describe, expect, test } from '@jest/globals';
import { DEFAULT_MODEL_SCORING, calibrationFromScoring, scoringFromCalibration } from './model-scoring.js';

describe('model scoring and the chain calibration', () => {
  test('converts both ways at the chain’s precision', () => {
    const chain = calibrationFromScoring(DEFAULT_MODEL_SCORING);
    expect(chain).toEqual({
      greedyToleranceMilli: 1000,
      greedyMaxViolations: 0,
      replayTolerance: 150_000,
      replayAllowedMisses: 2,
      replayAllowedShare: 50_000,
      unseededMarginMilli: 14_000,
      unseededAllowedShare: 50_000,
      relevanceLow: 200_000,
      relevanceHigh: 400_000,
      judgeWeight: 0,
      alphaThreshold: 500_000,
    });
    expect(scoringFromCalibration(chain)).toEqual(DEFAULT_MODEL_SCORING);
  });

  test('shares are clamped to [0, 1] and margins kept in thousandths', () => {
    const chain = calibrationFromScoring({ ...DEFAULT_MODEL_SCORING, judgeWeight: 1.7, alphaThreshold: -0.2, fidelity: { ...DEFAULT_MODEL_SCORING.fidelity, greedyTolerance: 0.6254 } });
    expect([chain.judgeWeight, chain.alphaThreshold, chain.greedyToleranceMilli]).toEqual([1_000_000, 0, 625]);
  });
});
