/**
 * Replay of a sampled relay: given the registered model's ranked logits at every position (teacher
 * forcing) and the relay's seed, run the supplier's sampler chain (`SAMPLED_TOP_K` → top-p →
 * temperature → `dist`, see inference's sampling-contract.ts) with the exact uniform it drew there,
 * and measure how far that draw lands from the interval of the token the supplier returned.
 *
 * A genuine answer lands inside every interval (distance 0), up to the few-thousandths shifts that
 * batched decoding and one-pass prefill leave in the logits. A different model, a different
 * quantization or a hand-picked token lands elsewhere wherever the distribution is not nearly
 * certain, which is the whole point of sampling at a temperature.
 */
import { SAMPLED_TOP_K, llamaSeed } from '@sibyl/model-runtime';
import { LlamaDistRng } from './llama-dist-rng.js';
import type { Candidate, TokenEvidence } from './teacher-forcing.js';

export interface ReplaySampling {
  temperatureMilli: number;
  topPMilli: number;
  seed: bigint;
}

/** How one returned token compares with the replayed draw. */
export interface ReplayStep {
  /** The draw u ∈ [0, 1) the supplier's sampler made at this position. */
  draw: number;
  /** Probability distance between u and the returned token's interval: 0 when it matches. */
  distance: number;
  /** Whether the validator's own replay picked the returned token. */
  match: boolean;
}

/** Logits are float32 in llama.cpp; the chain's arithmetic is reproduced at that precision. */
const f32 = Math.fround;

/** Replays every position; `evidence` must carry `candidates` (force with `{ top: SAMPLED_TOP_K }`). */
export function replaySampled(evidence: readonly TokenEvidence[], sampling: ReplaySampling): ReplayStep[] {
  if (sampling.temperatureMilli <= 0) throw new RangeError('replay is for sampled relays (temperature > 0)');
  const rng = new LlamaDistRng(llamaSeed(sampling.seed));
  const temperature = f32(sampling.temperatureMilli / 1000);
  const topP = sampling.topPMilli >= 1000 ? null : f32(sampling.topPMilli / 1000);
  return evidence.map((e) => {
    if (!e.candidates) throw new Error('teacher forcing evidence has no candidates: force with { top }');
    const candidates = e.candidates.slice(0, SAMPLED_TOP_K);
    const draw = rng.next();
    // The end of an answer: the draw may land on any end-of-generation token.
    const steps = (e.ends?.length ? e.ends : [e.token]).map((token) => replayStep(token, candidates, draw, temperature, topP));
    return steps.reduce((best, step) => (step.distance < best.distance || (step.match && !best.match) ? step : best));
  });
}

function replayStep(token: number, candidates: readonly Candidate[], draw: number, temperature: number, topP: number | null): ReplayStep {
  const rank = candidates.findIndex((c) => c.token === token);
  // Outside the model's top-k the supplier's sampler could never have drawn it.
  if (rank < 0) return { draw, distance: 1, match: false };
  let kept = candidates.length;
  let nucleusOverrun = 0;
  if (topP !== null) {
    // llama.cpp's top-p: softmax at temperature 1 over the top-k, keep the shortest prefix whose
    // running float sum reaches p.
    const weights = candidates.map((c) => Math.exp(c.logit - candidates[0]!.logit));
    const total = weights.reduce((a, b) => a + b, 0);
    let cumulative = 0;
    for (let i = 0; i < candidates.length; i++) {
      cumulative = f32(cumulative + f32(weights[i]! / total));
      if (cumulative >= topP) {
        kept = i + 1;
        break;
      }
    }
    if (rank >= kept) {
      // Past the nucleus by how much probability: near zero when the cut fell within the noise.
      const before = weights.slice(0, rank).reduce((a, b) => a + b, 0) / total;
      nucleusOverrun = before - topP;
      kept = rank + 1;
    }
  }
  // Temperature, then `dist`: the first candidate whose running weight reaches u · Σ weights.
  const top = f32(candidates[0]!.logit / temperature);
  const weights = candidates.slice(0, kept).map((c) => f32(Math.exp(f32(c.logit / temperature) - top)));
  const total = weights.reduce((a, b) => a + b, 0);
  const below = weights.slice(0, rank).reduce((a, b) => a + b, 0) / total;
  const upTo = below + weights[rank]! / total;
  const target = draw * total;
  let running = 0;
  let picked = weights.length - 1;
  for (let i = 0; i < weights.length; i++) {
    running += weights[i]!;
    if (running >= target) {
      picked = i;
      break;
    }
  }
  const distance = Math.max(0, below - draw, draw - upTo, nucleusOverrun);
  return { draw, distance, match: picked === rank };
}
