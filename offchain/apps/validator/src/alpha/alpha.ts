/**
 * α ∈ [0, 1] — what a relay (and a supplier's round) earns of its supplier share:
 *
 *   α = fidelity gate × quality,   quality = relevance alone, or a blend of judge and relevance
 *
 * The gate is 0 when teacher forcing says another model answered: no quality makes up for that.
 * Relevance maps linearly from 0 at the `low` threshold to 1 at `high` (below low is irrelevant,
 * above high plainly relevant). Where the judge ran, quality = judgeWeight · judge +
 * (1 − judgeWeight) · relevance. A round's α is the mean over its sampled relays, and 0 if the
 * supplier withheld any of them or fidelity caught any: a cheat caught on one sampled relay is
 * not paid for the ones it got away with.
 */
import type { FidelityVerdict } from '../fidelity/fidelity-verdict.js';
import type { RelevanceThresholds } from '../relevance/relevance-verdict.js';

export interface AlphaWeights {
  /** Weight of the judge in quality where it ran: the model's calibration gives it (0 unless earned). */
  judgeWeight: number;
}

/** No calibration, no judge: quality is relevance alone. */
export const DEFAULT_ALPHA_WEIGHTS: AlphaWeights = { judgeWeight: 0 };

/** Relevance score → [0, 1] quality: 0 at or below `low`, 1 at or above `high`. */
export function relevanceQuality(score: number, thresholds: RelevanceThresholds): number {
  if (thresholds.high <= thresholds.low) return score >= thresholds.high ? 1 : 0;
  return Math.max(0, Math.min(1, (score - thresholds.low) / (thresholds.high - thresholds.low)));
}

export interface RelaySignals {
  fidelity: FidelityVerdict;
  /** Relevance score in [0, 1]. */
  relevance: number;
  /** Judge score in [0, 1], where the judge ran. */
  judge?: number;
}

export function relayAlpha(signals: RelaySignals, thresholds: RelevanceThresholds, weights: AlphaWeights = DEFAULT_ALPHA_WEIGHTS): number {
  const relevance = relevanceQuality(signals.relevance, thresholds);
  const quality = signals.judge === undefined ? relevance : weights.judgeWeight * signals.judge + (1 - weights.judgeWeight) * relevance;
  return signals.fidelity.gate * quality;
}

/** One scored relay of a round: its α and the fidelity gate behind it. */
export interface ScoredRelay {
  alpha: number;
  fidelity: Pick<FidelityVerdict, 'gate'>;
}

/** A round's α: the mean of its relays' α; 0 when nothing was revealed or any relay failed fidelity. */
export function roundAlpha(relays: readonly ScoredRelay[]): number {
  if (relays.length === 0 || relays.some((r) => r.fidelity.gate === 0)) return 0;
  return relays.reduce((sum, r) => sum + r.alpha, 0) / relays.length;
}
