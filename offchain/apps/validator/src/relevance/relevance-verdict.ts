/**
 * From a relevance score to a verdict. The relevance model is cheap but coarse, so it decides only
 * the clear cases: an answer scoring at or above `high` is relevant, one below `low` is
 * irrelevant, and the band between is uncertain and goes to the LLM judge (TIQE+ signal 3).
 * Widening the band sends more relays to the judge (slower, better); narrowing it trusts the
 * relevance model more.
 */

export interface RelevanceThresholds {
  /** Scores below this are irrelevant. */
  low: number;
  /** Scores at or above this are relevant. */
  high: number;
}

/**
 * The band for models without a calibration on chain (a model's own comes from `npm run
 * calibrate`, docs/validator.md). Measured for the relevance model (all-MiniLM-L6-v2, cosine
 * clamped to [0, 1]) with `bench/tiqe/relevance-calibration.ts`: 40 prompts of
 * `bench/tiqe/prompts.jsonl` (5 per category) answered by Gemma 3 270M base (greedy, 48 tokens), each answer scored
 * against its own prompt (on-topic) and against another prompt's answer, of another category and
 * of the same category (off-topic, 80 pairs). Scores seen:
 * - on-topic: p5 0.29, p10 0.33, median 0.72 (one answer at 0 was indeed off-topic);
 * - off-topic, other category: median 0.03, max 0.20;
 * - off-topic, same category: median 0.09, p95 0.32, max 0.35.
 * With these bands no off-topic pair is called relevant, only the off-topic answer is called
 * irrelevant among the on-topic ones, and 12.5% of on-topic and 11% of off-topic pairs go to the
 * judge. Both margins are small samples (40 prompts) of a weak model's answers; recalibrate when
 * the model or the relay mix changes.
 */
export const DEFAULT_RELEVANCE_THRESHOLDS: RelevanceThresholds = { low: 0.2, high: 0.4 };

export type RelevanceOutcome = 'relevant' | 'uncertain' | 'irrelevant';

export interface RelevanceVerdict {
  outcome: RelevanceOutcome;
  score: number;
}

export function relevanceVerdict(score: number, thresholds: RelevanceThresholds = DEFAULT_RELEVANCE_THRESHOLDS): RelevanceVerdict {
  const { low, high } = thresholds;
  if (!(low >= 0 && low <= high && high <= 1)) throw new RangeError(`relevance thresholds need 0 ≤ low ≤ high ≤ 1, got ${low}, ${high}`);
  if (!(score >= 0 && score <= 1)) throw new RangeError(`relevance score must be in [0, 1], got ${score}`);
  const outcome: RelevanceOutcome = score >= high ? 'relevant' : score < low ? 'irrelevant' : 'uncertain';
  return { outcome, score };
}
