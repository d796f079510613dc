/** The SBL token: 12 decimals. Amounts on chain are integers of the smallest unit (planck). */
export const SBL_DECIMALS = 12;
export const PLANCK_PER_SBL = 10n ** BigInt(SBL_DECIMALS);

/** `sbl(1.5)` → 1_500_000_000_000n. Accepts decimal strings for exact values. */
export function sbl(amount: number | string | bigint): bigint {
  if (typeof amount === 'bigint') return amount * PLANCK_PER_SBL;
  const text = typeof amount === 'number' ? amount.toFixed(SBL_DECIMALS) : amount.trim();
  const match = /^(\d+)(?:\.(\d{0,12}))?$/.exec(text);
  if (!match) throw new RangeError(`not a non-negative SBL amount with at most 12 decimals: ${amount}`);
  const whole = match[1] ?? '0';
  const fraction = match[2] ?? '';
  return BigInt(whole) * PLANCK_PER_SBL + BigInt(fraction.padEnd(SBL_DECIMALS, '0'));
}

/** Formats planck as a decimal SBL string, e.g. 1_500_000_000_000n → "1.5". */
export function formatSbl(planck: bigint): string {
  const sign = planck < 0n ? '-' : '';
  const abs = planck < 0n ? -planck : planck;
  const whole = abs / PLANCK_PER_SBL;
  const fraction = (abs % PLANCK_PER_SBL).toString().padStart(SBL_DECIMALS, '0').replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}
