/**
 * Session numbering shared by gateway and supplier until the `Sessions` pallet lands: session
 * = ⌊best block / session length⌋. A supplier accepts the current and the previous session so
 * requests in flight across a boundary are not refused.
 */
export const DEFAULT_SESSION_BLOCKS = 10;

export function sessionOf(blockNumber: number, sessionBlocks = DEFAULT_SESSION_BLOCKS): bigint {
  if (!Number.isInteger(sessionBlocks) || sessionBlocks <= 0) throw new Error('session length must be a positive integer');
  return BigInt(Math.floor(blockNumber / sessionBlocks));
}
