/**
 * From teacher-forcing evidence to a fidelity verdict: did the registered model produce this
 * answer under the request's sampling parameters?
 *
 * - Greedy (temperature 0): the model's own answer is its top choice at every step, up to the
 *   rare near-tie that batched evaluation flips; the share of rank-1 tokens is the statistic.
 * - Sampled: tokens come from the model's (tempered, nucleus-cut) distribution, so nearly all
 *   sit in its top K and their mean log-probability stays near the model's own; a different or
 *   more coarsely quantized model drifts out of both.
 *
 * Thresholds are parameters; `bench/tiqe` calibrates them (issue 4). The defaults here are
 * conservative starting points, not calibrated values.
 */
import type { TokenEvidence } from './teacher-forcing.js';

export interface FidelityThresholds {
  /** Greedy: least share of rank-1 tokens for a genuine answer. */
  greedyTop1: number;
  /** Sampled: least share of tokens inside the top K. */
  sampledInTopK: number;
  /** Sampled: least mean log-probability (nats per token) at temperature 1. */
  sampledMeanLogprob: number;
  /** Fewer tokens than this give no verdict (too little evidence). */
  minTokens: number;
}

export const DEFAULT_FIDELITY_THRESHOLDS: FidelityThresholds = {
  greedyTop1: 0.9,
  sampledInTopK: 0.95,
  sampledMeanLogprob: -3,
  minTokens: 8,
};

export interface FidelityStats {
  tokens: number;
  top1Share: number;
  inTopKShare: number;
  meanLogprob: number;
  /** Mean of (top choice's logprob − the token's logprob): 0 for pure greedy. */
  meanRegret: number;
}

export interface FidelityVerdict {
  /** `genuine`, `suspect`, or `insufficient` when the answer is too short to judge. */
  outcome: 'genuine' | 'suspect' | 'insufficient';
  /** 1 for clearly genuine, falling towards 0 as the evidence moves past the threshold. */
  score: number;
  stats: FidelityStats;
}

export function fidelityStats(evidence: readonly TokenEvidence[], topK: number): FidelityStats {
  const n = evidence.length;
  if (n === 0) return { tokens: 0, top1Share: 0, inTopKShare: 0, meanLogprob: 0, meanRegret: 0 };
  let top1 = 0;
  let inTop = 0;
  let logprob = 0;
  let regret = 0;
  for (const e of evidence) {
    if (e.rank === 1) top1++;
    if (e.rank <= topK) inTop++;
    logprob += e.logprob;
    regret += e.topLogprob - e.logprob;
  }
  return { tokens: n, top1Share: top1 / n, inTopKShare: inTop / n, meanLogprob: logprob / n, meanRegret: regret / n };
}

/** Linear ramp: 1 at or above `threshold`, 0 at `threshold − width`. */
const ramp = (value: number, threshold: number, width: number) => Math.max(0, Math.min(1, 1 - (threshold - value) / width));

export function fidelityVerdict(
  evidence: readonly TokenEvidence[],
  sampling: { temperatureMilli: number },
  topK: number,
  thresholds: FidelityThresholds = DEFAULT_FIDELITY_THRESHOLDS,
): FidelityVerdict {
  const stats = fidelityStats(evidence, topK);
  if (stats.tokens < thresholds.minTokens) return { outcome: 'insufficient', score: 1, stats };
  if (sampling.temperatureMilli === 0) {
    const ok = stats.top1Share >= thresholds.greedyTop1;
    return { outcome: ok ? 'genuine' : 'suspect', score: ramp(stats.top1Share, thresholds.greedyTop1, 0.3), stats };
  }
  const ok = stats.inTopKShare >= thresholds.sampledInTopK && stats.meanLogprob >= thresholds.sampledMeanLogprob;
  const score = Math.min(ramp(stats.inTopKShare, thresholds.sampledInTopK, 0.2), ramp(stats.meanLogprob, thresholds.sampledMeanLogprob, 2));
  return { outcome: ok ? 'genuine' : 'suspect', score, stats };
}

/**
 * Verdict for a greedy relay from {@link TeacherForcer.greedyAgreement}: the share of answer
 * tokens that are the model's own argmax, against `greedyTop1`.
 */
export function greedyVerdict(agreement: readonly boolean[], thresholds: FidelityThresholds = DEFAULT_FIDELITY_THRESHOLDS): FidelityVerdict {
  const n = agreement.length;
  const top1Share = n === 0 ? 0 : agreement.filter(Boolean).length / n;
  const stats: FidelityStats = { tokens: n, top1Share, inTopKShare: Number.NaN, meanLogprob: Number.NaN, meanRegret: Number.NaN };
  if (n < thresholds.minTokens) return { outcome: 'insufficient', score: 1, stats };
  return { outcome: top1Share >= thresholds.greedyTop1 ? 'genuine' : 'suspect', score: ramp(top1Share, thresholds.greedyTop1, 0.3), stats };
}
