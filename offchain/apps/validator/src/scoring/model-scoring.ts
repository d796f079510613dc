/**
 * How a model's relays are scored: every threshold that depends on the model, in one place. On
 * chain it is the model's calibration (`tiqe.calibrations(model)`, docs/validator.md
 * "Calibration"), measured by `npm run calibrate`; every committee member reads the same one, so
 * honest members reach the same α. A model without a calibration is scored with the defaults
 * below, measured on the default dev model.
 */
import { DEFAULT_FIDELITY_THRESHOLDS, type FidelityThresholds } from '../fidelity/fidelity-verdict.js';
import { DEFAULT_RELEVANCE_THRESHOLDS, type RelevanceThresholds } from '../relevance/relevance-verdict.js';
import type { ChainCalibration } from '@sibyl/model-runtime';

export type { ChainCalibration };

export interface ModelScoring {
  fidelity: FidelityThresholds;
  relevance: RelevanceThresholds;
  /**
   * The judge's weight in quality where it runs. Zero unless the judge's calibration showed it
   * separates good answers from bad on this model; at zero the judge is not run at all.
   */
  judgeWeight: number;
  /** α below which a round is low quality (the chain's threshold for this model). */
  alphaThreshold: number;
}

/** Uncalibrated models: the dev model's fidelity and relevance thresholds, no judge, α ≥ 0.5. */
export const DEFAULT_MODEL_SCORING: ModelScoring = {
  fidelity: DEFAULT_FIDELITY_THRESHOLDS,
  relevance: DEFAULT_RELEVANCE_THRESHOLDS,
  judgeWeight: 0,
  alphaThreshold: 0.5,
};

const PERMILL = 1_000_000;

export function scoringFromCalibration(c: ChainCalibration): ModelScoring {
  return {
    fidelity: {
      ...DEFAULT_FIDELITY_THRESHOLDS,
      greedyTolerance: c.greedyToleranceMilli / 1000,
      greedyMaxViolations: c.greedyMaxViolations,
      replayTolerance: c.replayTolerance / PERMILL,
      replayAllowedMisses: c.replayAllowedMisses,
      replayAllowedShare: c.replayAllowedShare / PERMILL,
      sampledTemperedMargin: c.unseededMarginMilli / 1000,
      sampledMaxViolationShare: c.unseededAllowedShare / PERMILL,
    },
    relevance: { low: c.relevanceLow / PERMILL, high: c.relevanceHigh / PERMILL },
    judgeWeight: c.judgeWeight / PERMILL,
    alphaThreshold: c.alphaThreshold / PERMILL,
  };
}

/** The chain form of `scoring`, rounded to what the chain stores (for `tiqe.setCalibration`). */
export function calibrationFromScoring(scoring: ModelScoring): ChainCalibration {
  const permill = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * PERMILL);
  const milli = (x: number) => Math.round(x * 1000);
  const { fidelity, relevance } = scoring;
  return {
    greedyToleranceMilli: milli(fidelity.greedyTolerance),
    greedyMaxViolations: fidelity.greedyMaxViolations,
    replayTolerance: permill(fidelity.replayTolerance),
    replayAllowedMisses: fidelity.replayAllowedMisses,
    replayAllowedShare: permill(fidelity.replayAllowedShare),
    unseededMarginMilli: milli(fidelity.sampledTemperedMargin),
    unseededAllowedShare: permill(fidelity.sampledMaxViolationShare),
    relevanceLow: permill(relevance.low),
    relevanceHigh: permill(relevance.high),
    judgeWeight: permill(scoring.judgeWeight),
    alphaThreshold: permill(scoring.alphaThreshold),
  };
}
