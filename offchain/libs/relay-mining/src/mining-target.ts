/**
 * The mining test, as the chain's RelayMining pallet applies it: a relay is mined when the first
 * 8 bytes of its mining key, read big-endian, are below the session's mining *probability*, an
 * integer in units of 2⁻⁶⁴ (so {@link ALL_MINED} = 2⁶⁴ mines every relay). Equivalent to a
 * 256-bit target of probability · 2¹⁹², without the corner case where p = 1 misses one key.
 */
export const ALL_MINED = 1n << 64n;

function checkProbability(probability: bigint): void {
  if (probability < 1n || probability > ALL_MINED) throw new RangeError(`a mining probability is in [1, 2^64], not ${probability}`);
}

export function isMined(key: Uint8Array, probability: bigint): boolean {
  if (key.length !== 32) throw new RangeError('a mining key is 32 bytes');
  checkProbability(probability);
  let prefix = 0n;
  for (let i = 0; i < 8; i++) prefix = (prefix << 8n) | BigInt(key[i]!);
  return prefix < probability;
}

/** ⌊p · 2⁶⁴⌋ for p in (0, 1] (at least 1): exact, scaling a double by 2⁶⁴ only moves its exponent. */
export function probabilityFromFraction(p: number): bigint {
  if (!(p > 0 && p <= 1)) throw new RangeError(`a mining probability is in (0, 1], not ${p}`);
  const scaled = BigInt(Math.floor(p * 2 ** 64));
  return scaled < 1n ? 1n : scaled;
}

export function fractionOf(probability: bigint): number {
  checkProbability(probability);
  return Number(probability) / 2 ** 64;
}

/** What `amount` mined stands for at `probability`: amount · 2⁶⁴ / probability, as the chain estimates. */
export function estimateMined(amount: bigint, probability: bigint): bigint {
  checkProbability(probability);
  return (amount << 64n) / probability;
}
