/**
 * From teacher-forcing evidence to a fidelity verdict: did the registered model produce this
 * answer under the request's sampling parameters?
 *
 * - Greedy (temperature 0): a genuine answer is the model's own choice at every step. Batched
 *   prefill and one-token decoding round differently in quantized kernels, so near-ties (logit
 *   margins up to about half a nat on the dev model) flip; a flip by more than `greedyTolerance`
 *   is evidence of another model. A re-quantized or substituted model flips wider ties.
 * - Sampled: tokens come from softmax(logits / T) cut to the top-p nucleus, so a genuine token's
 *   tempered margin (margin / T) stays small; a token far below the model's choice would almost
 *   never be drawn, and a different model keeps producing such tokens.
 *
 * `bench/tiqe` calibrates the thresholds (docs/tiqe.md has the figures).
 */
import type { TokenEvidence } from './teacher-forcing.js';

export interface FidelityThresholds {
  /** Greedy: margin (nats) up to which a disagreement is taken for kernel rounding. */
  greedyTolerance: number;
  /** Greedy: disagreements beyond the tolerance a genuine answer may show. */
  greedyMaxViolations: number;
  /** Sampled: tempered margin (margin / T) beyond which a token counts as implausible. */
  sampledTemperedMargin: number;
  /** Sampled: share of implausible tokens a genuine answer may show. */
  sampledMaxViolationShare: number;
  /** Fewer tokens than this give no verdict (too little evidence). */
  minTokens: number;
}

export const DEFAULT_FIDELITY_THRESHOLDS: FidelityThresholds = {
  greedyTolerance: 1.0,
  greedyMaxViolations: 0,
  // Honest answers at T = 0.8, top-p 0.95 showed tempered margins up to 10.8 on the dev model
  // (bench/results/tiqe-12-t0.8.json): nucleus sampling from a flat distribution reaches far
  // down. Set above that so honest sampled relays pass; this gives up power (see docs/validator.md).
  sampledTemperedMargin: 14,
  sampledMaxViolationShare: 0.05,
  minTokens: 4,
};

export interface FidelityStats {
  tokens: number;
  /** Tokens that are not the model's greedy choice. */
  disagreements: number;
  /** Tokens beyond the tolerance (greedy) or implausible under the sampling (sampled). */
  violations: number;
  maxMargin: number;
  meanLogprob: number;
}

export interface FidelityVerdict {
  /** `genuine`, `suspect`, or `insufficient` when the answer is too short to judge. */
  outcome: 'genuine' | 'suspect' | 'insufficient';
  /** The fidelity gate of α: 1 genuine (or not enough evidence), 0 suspect. */
  gate: 0 | 1;
  stats: FidelityStats;
}

export function fidelityVerdict(
  evidence: readonly TokenEvidence[],
  sampling: { temperatureMilli: number },
  thresholds: FidelityThresholds = DEFAULT_FIDELITY_THRESHOLDS,
): FidelityVerdict {
  const greedy = sampling.temperatureMilli === 0;
  const temperature = sampling.temperatureMilli / 1000;
  let disagreements = 0;
  let violations = 0;
  let maxMargin = 0;
  let logprob = 0;
  for (const e of evidence) {
    if (e.token !== e.choice) disagreements++;
    maxMargin = Math.max(maxMargin, e.margin);
    logprob += e.logprob;
    if (greedy ? e.margin > thresholds.greedyTolerance : e.margin / temperature > thresholds.sampledTemperedMargin) violations++;
  }
  const n = evidence.length;
  const stats: FidelityStats = { tokens: n, disagreements, violations, maxMargin, meanLogprob: n ? logprob / n : 0 };
  if (n < thresholds.minTokens) return { outcome: 'insufficient', gate: 1, stats };
  const genuine = greedy ? violations <= thresholds.greedyMaxViolations : violations / n <= thresholds.sampledMaxViolationShare;
  return genuine ? { outcome: 'genuine', gate: 1, stats } : { outcome: 'suspect', gate: 0, stats };
}
