/**
 * From teacher-forcing evidence to a fidelity verdict: did the registered model produce this
 * answer under the request's sampling parameters?
 *
 * - Greedy (temperature 0): a genuine answer is the model's own choice at every step. Batched
 *   prefill and one-token decoding round differently in quantized kernels, so near-ties (logit
 *   margins up to about half a nat on the dev model) flip; a flip by more than `greedyTolerance`
 *   is evidence of another model. A re-quantized or substituted model flips wider ties.
 * - Sampled with the relay's seed and the supplier's exact tokens (every relay through a gateway):
 *   replayed (`sampling-replay.ts`). Each token must hold the draw the supplier's sampler made at
 *   that position; prefill rounding moves a genuine answer's intervals by a few hundredths at
 *   most, so a handful of misses beyond `replayTolerance` are allowed and more are suspect.
 * - Sampled without a seed (no replay possible): tokens come from softmax(logits / T) cut to the
 *   top-p nucleus, so a genuine token's tempered margin (margin / T) stays small; a token far
 *   below the model's choice would almost never be drawn. A weak test: prefer seeded relays.
 *
 * An answer that claims to have ended on its own (fewer completion tokens than the signed
 * `max_tokens`) must end where the model would: the position after its last token is checked like
 * any other (greedy: an end-of-generation token within `greedyTolerance` of the model's choice;
 * replayed: the next draw lands on one) and a miss there is suspect outright. This is what
 * catches a genuine answer cut short: every token of it passes, only its end does not.
 *
 * `bench/tiqe` calibrates the thresholds (docs/tiqe.md has the figures).
 */
import { replaySampled } from './sampling-replay.js';
import type { TokenEvidence } from './teacher-forcing.js';

export interface FidelityThresholds {
  /** Greedy: margin (nats) up to which a disagreement is taken for kernel rounding. */
  greedyTolerance: number;
  /** Greedy: disagreements beyond the tolerance a genuine answer may show. */
  greedyMaxViolations: number;
  /** Seeded replay: probability distance from a token's interval beyond which it is a miss. */
  replayTolerance: number;
  /** Seeded replay: misses a genuine answer may show, plus `replayAllowedShare` of its tokens. */
  replayAllowedMisses: number;
  replayAllowedShare: number;
  /** Unseeded sampled: tempered margin (margin / T) beyond which a token counts as implausible. */
  sampledTemperedMargin: number;
  /** Unseeded sampled: share of implausible tokens a genuine answer may show. */
  sampledMaxViolationShare: number;
  /** Fewer tokens than this give no verdict (too little evidence). */
  minTokens: number;
}

/**
 * For models without a calibration on chain (each model's own comes from `npm run calibrate`):
 * measured on Gemma 3 270M base, the dev model before SmolLM2.
 */
export const DEFAULT_FIDELITY_THRESHOLDS: FidelityThresholds = {
  greedyTolerance: 1.0,
  greedyMaxViolations: 0,
  // Gemma 270M, 200 prompts × 48 tokens at T = 1 (bench/results/tiqe-200-t1-gemma-270m.json): no genuine
  // answer flagged, 99.5% of re-quantized and substituted ones. A tighter 0.08 / 3 flagged 1.5%
  // of genuine answers. On Qwen2.5-Coder-0.5B, whose honest noise is smaller, these thresholds
  // let a Q2_K re-quantization through more often (docs/validator.md): hence per-model calibrations.
  replayTolerance: 0.15,
  replayAllowedMisses: 2,
  replayAllowedShare: 0.05,
  // Unseeded fallback only. Honest answers at T = 0.8, top-p 0.95 showed tempered margins up to
  // 10.8 on Gemma 270M: nucleus sampling from a flat distribution reaches far down. Set above
  // that so honest relays pass; it catches only gross substitution.
  sampledTemperedMargin: 14,
  sampledMaxViolationShare: 0.05,
  minTokens: 4,
};

export interface FidelityStats {
  tokens: number;
  /** Tokens that are not the model's greedy choice. */
  disagreements: number;
  /** Tokens beyond the tolerance (greedy), missing their draw (replayed) or implausible (unseeded). */
  violations: number;
  /** How a sampled answer was checked: `replay` (seeded), `margin` (unseeded); absent when greedy. */
  sampledCheck?: 'replay' | 'margin';
  maxMargin: number;
  meanLogprob: number;
  /** Whether the answer ends where the model would, when it claims to have stopped on its own. */
  endsOnItsOwn?: boolean;
}

export interface FidelityVerdict {
  /** `genuine`, `suspect`, or `insufficient` when the answer is too short to judge. */
  outcome: 'genuine' | 'suspect' | 'insufficient';
  /** The fidelity gate of α: 1 genuine (or not enough evidence), 0 suspect. */
  gate: 0 | 1;
  stats: FidelityStats;
}

/** The sampling a relay was made with, as signed in its envelope. */
export interface VerdictSampling {
  temperatureMilli: number;
  topPMilli?: number;
  seed?: bigint | null;
}

/**
 * Whether `fidelityVerdict` will replay this relay: sampled, seeded, and scored on the supplier's
 * exact tokens. Teacher forcing must then read the candidates (`force(…, { top: SAMPLED_TOP_K })`).
 */
export function replayable(sampling: VerdictSampling, exactTokens: boolean): boolean {
  return sampling.temperatureMilli > 0 && sampling.seed != null && exactTokens;
}

export function fidelityVerdict(
  evidence: readonly TokenEvidence[],
  sampling: VerdictSampling,
  thresholds: FidelityThresholds = DEFAULT_FIDELITY_THRESHOLDS,
): FidelityVerdict {
  const greedy = sampling.temperatureMilli === 0;
  const temperature = sampling.temperatureMilli / 1000;
  const replay = !greedy && sampling.seed != null && evidence.length > 0 && evidence.every((e) => e.candidates);
  const steps = replay ? replaySampled(evidence, { temperatureMilli: sampling.temperatureMilli, topPMilli: sampling.topPMilli ?? 1000, seed: sampling.seed! }) : [];
  const miss = (e: TokenEvidence, i: number): boolean =>
    greedy
      ? e.margin > thresholds.greedyTolerance
      : replay
        ? steps[i]!.distance > thresholds.replayTolerance
        : e.margin / temperature > thresholds.sampledTemperedMargin;
  let disagreements = 0;
  let violations = 0;
  let maxMargin = 0;
  let logprob = 0;
  let n = 0;
  let endsOnItsOwn: boolean | undefined;
  for (const [i, e] of evidence.entries()) {
    if (e.ends) {
      endsOnItsOwn = !miss(e, i);
      continue;
    }
    n++;
    if (e.token !== e.choice) disagreements++;
    maxMargin = Math.max(maxMargin, e.margin);
    logprob += e.logprob;
    if (miss(e, i)) violations++;
  }
  const stats: FidelityStats = { tokens: n, disagreements, violations, maxMargin, meanLogprob: n ? logprob / n : 0 };
  if (!greedy) stats.sampledCheck = replay ? 'replay' : 'margin';
  if (endsOnItsOwn !== undefined) stats.endsOnItsOwn = endsOnItsOwn;
  if (endsOnItsOwn === false) return { outcome: 'suspect', gate: 0, stats };
  if (n < thresholds.minTokens) return { outcome: 'insufficient', gate: 1, stats };
  return violations <= allowedViolations(stats, thresholds) ? { outcome: 'genuine', gate: 1, stats } : { outcome: 'suspect', gate: 0, stats };
}

/** How many violations an answer with these statistics may show and still be genuine. */
export function allowedViolations(stats: FidelityStats, thresholds: FidelityThresholds): number {
  switch (stats.sampledCheck) {
    case undefined:
      return thresholds.greedyMaxViolations;
    case 'replay':
      return thresholds.replayAllowedMisses + thresholds.replayAllowedShare * stats.tokens;
    case 'margin':
      return thresholds.sampledMaxViolationShare * stats.tokens;
  }
}
