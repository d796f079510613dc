/**
 * The relay sampling contract: the exact llama.cpp sampler chain every Sibyl supplier runs, so a
 * validator holding the registered model and the relay's seed can replay each sampled token.
 *
 * - temperature 0: greedy.
 * - temperature > 0: top-k `SAMPLED_TOP_K` → top-p (when < 1) → temperature → `dist(seed)`.
 *   No min-p, repeat penalty or other samplers. The top-k cap sorts the candidates (llama.cpp's
 *   `dist` walks them in order, so an unsorted vocabulary would make the draw depend on token
 *   ids), bounds what a validator reads per position, and spares suppliers a full-vocabulary
 *   sort per token; llama.cpp's own default is 40, and what a cap of 64 cuts from a distribution
 *   is negligible.
 * - seed: the signed request's seed modulo 2^32 (`llamaSeed`). Gateways draw one for every
 *   request that has none, so every relay is replayable.
 */

/** Candidates kept before top-p on sampled relays. */
export const SAMPLED_TOP_K = 64;

/** llama.cpp reads this seed as "pick one at random", which no validator could replay. */
const LLAMA_DEFAULT_SEED = 0xffffffff;

/** The u32 seed the supplier's `dist` sampler is created with for a request seed. */
export function llamaSeed(seed: bigint): number {
  const low = Number(BigInt.asUintN(32, seed));
  return low === LLAMA_DEFAULT_SEED ? LLAMA_DEFAULT_SEED - 1 : low;
}
