/**
 * The score commitment `tiqe.commitScore` takes, as the pallet computes it (docs/tiqe.md):
 * blake2_256(SCALE((round: u64, who: AccountId32, alpha: Permill, withheld: bool, salt: [u8; 32]))).
 * Binding the validator's account in means nobody can copy another member's commitment.
 */
import { bnToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, decodeAddress } from '@polkadot/util-crypto';

/** Permill parts: α ∈ [0, 1] → 0…1 000 000. */
export function toPermill(alpha: number): number {
  return Math.max(0, Math.min(1_000_000, Math.round(alpha * 1_000_000)));
}

export function scoreCommitment(round: bigint, validator: string, alphaPermill: number, withheld: boolean, salt: Uint8Array): string {
  if (salt.length !== 32) throw new Error('the salt is 32 bytes');
  const bytes = u8aConcat(
    bnToU8a(round, { bitLength: 64, isLe: true }),
    decodeAddress(validator),
    bnToU8a(alphaPermill, { bitLength: 32, isLe: true }),
    new Uint8Array([withheld ? 1 : 0]),
    salt,
  );
  return u8aToHex(blake2AsU8a(bytes, 256));
}
