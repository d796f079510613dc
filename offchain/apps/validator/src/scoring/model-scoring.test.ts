import { describe, expect, test } from '@jest/globals';
import { GEMMA_3_270M_BASE } from '@sibyl/model-runtime';
import { DEFAULT_MODEL_SCORING, calibrationFromScoring, scoringFromCalibration } from './model-scoring.js';

describe('model scoring and the chain calibration', () => {
  test('converts both ways at the chain’s precision', () => {
    // The defaults for uncalibrated models are Gemma 270M's hand calibration.
    const chain = calibrationFromScoring(DEFAULT_MODEL_SCORING);
    expect(chain).toEqual(GEMMA_3_270M_BASE.calibration);
    expect(scoringFromCalibration(chain)).toEqual(DEFAULT_MODEL_SCORING);
  });

  test('shares are clamped to [0, 1] and margins kept in thousandths', () => {
    const chain = calibrationFromScoring({ ...DEFAULT_MODEL_SCORING, judgeWeight: 1.7, alphaThreshold: -0.2, fidelity: { ...DEFAULT_MODEL_SCORING.fidelity, greedyTolerance: 0.6254 } });
    expect([chain.judgeWeight, chain.alphaThreshold, chain.greedyToleranceMilli]).toEqual([1_000_000, 0, 625]);
  });
});
