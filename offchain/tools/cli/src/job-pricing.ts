/**
 * What a job declares when its submitter does not say: an upper bound of its prompt's tokens and
 * the most it may cost. Both are ceilings, not charges: the application pays for the tokens the
 * supplier actually used at the session's price (docs/relay-mining.md, "Jobs").
 */
import type { ApiPromise } from '@sibyl/chain-client';
import type { ModelRecord } from './model-lookup.js';

/**
 * Tokens a chat template adds around one user message (role markers, BOS): generous, since a
 * declared count above the real one costs nothing and one below it gets the job refused.
 */
export const TEMPLATE_TOKENS = 32;

/**
 * An upper bound of the prompt's tokens without the model's tokenizer: every text token covers at
 * least one byte of UTF-8, plus the template's own tokens.
 */
export function promptTokenBound(prompt: string): number {
  return Buffer.byteLength(prompt, 'utf8') + TEMPLATE_TOKENS;
}

/** The price per 1k compute units a job submitted now pays: the session's, else the model's current one, else its floor. */
export async function currentPrice(api: ApiPromise, model: ModelRecord): Promise<bigint> {
  const session = await api.query.sessions.currentSession();
  const [inSession, current] = await Promise.all([api.query.pricing.sessionPrices(session, model.id), api.query.pricing.prices(model.id)]);
  if (inSession.isSome) return inSession.unwrap().toBigInt();
  if (current.isSome) return current.unwrap().toBigInt();
  return model.priceFloor;
}

/**
 * A max price that covers the job's worst case (every declared prompt token and `maxTokens`
 * generated) at `pricePer1k`, with a quarter more in case a new session with a new price starts
 * before inclusion, and never below the chain's minimum.
 */
export function defaultMaxPrice(model: ModelRecord, promptTokens: number, maxTokens: number, pricePer1k: bigint, minimum: bigint): bigint {
  const units = BigInt(promptTokens) * BigInt(model.computeWeights.promptToken) + BigInt(maxTokens) * BigInt(model.computeWeights.completionToken);
  const worst = (units * pricePer1k + 999n) / 1000n;
  const padded = (worst * 5n + 3n) / 4n;
  return padded > minimum ? padded : minimum;
}
