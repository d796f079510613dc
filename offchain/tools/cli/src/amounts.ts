/**
 * SBL amounts as node runners type them (`1000`, `0.5`) and as `sibyl` prints them: decimal SBL
 * strings, exact to the planck (12 decimals), in text and in JSON alike.
 */
import { formatSbl, sbl } from '@sibyl/chain-client';
import { UsageError } from './errors.js';

/** `text` in planck, or a usage error naming `what` (an option or argument). */
export function parseSbl(text: string, what: string, usage?: string, { allowZero = false } = {}): bigint {
  let planck: bigint;
  try {
    planck = sbl(text);
  } catch {
    throw new UsageError(`${what} must be an SBL amount like 1000 or 0.25 (at most 12 decimals), got "${text}"`, usage);
  }
  if (planck === 0n && !allowZero) throw new UsageError(`${what} must be more than 0 SBL`, usage);
  return planck;
}

/** Planck as a decimal SBL string, e.g. `1000.5`. */
export function sblText(planck: bigint): string {
  return formatSbl(planck);
}

/** Planck as text for people, e.g. `1000.5 SBL`. */
export function sblLabel(planck: bigint): string {
  return `${formatSbl(planck)} SBL`;
}

/** A Permill / Perbill read as a fraction in [0, 1], e.g. 950000 ppm → 0.95. */
export function fraction(parts: number | bigint, per: number): number {
  return Number(parts) / per;
}
