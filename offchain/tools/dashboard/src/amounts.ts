/** Sums of planck amounts kept as decimal strings (JSON has no bigint). */
import type { Payout } from './model.js';

/** `a + b` for non-negative integers written in decimal. */
export function addAmount(a: string, b: string | bigint): string {
  return (BigInt(a) + BigInt(b)).toString();
}

export function zeroPayout(): Payout {
  return { supplier: '0', royalty: '0', validators: '0', gateways: '0', treasury: '0', refunded: '0' };
}

/** Adds `more` into `into`, part by part. */
export function addPayout(into: Payout, more: Payout): void {
  for (const part of Object.keys(into) as (keyof Payout)[]) into[part] = addAmount(into[part], more[part]);
}

/** Relays a claim stands for: `mined ÷ probability`, the probability scaled by 2⁶⁴ (docs/relay-mining.md). */
export function estimatedRelays(mined: number, probability: string | undefined): number {
  if (probability === undefined) return mined;
  const p = BigInt(probability);
  if (p <= 0n) return mined;
  return Number((BigInt(mined) << 64n) / p);
}
