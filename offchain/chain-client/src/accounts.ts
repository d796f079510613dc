/**
 * Accounts from secret URIs. The well-known development accounts (`//Alice` …) are funded in the
 * dev and local chain specs; never use them on a public network.
 */
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import { cryptoWaitReady } from '@polkadot/util-crypto';

/** Names of the development accounts in the chain specs' genesis. */
export const DEV_ACCOUNTS = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'] as const;
export type DevAccountName = (typeof DEV_ACCOUNTS)[number];

/** An sr25519 key pair from a secret URI (`//Alice`, a mnemonic, or a mnemonic with a path). */
export async function accountFromUri(uri: string): Promise<KeyringPair> {
  await cryptoWaitReady();
  return new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri(uri);
}

/** The development account `name`. */
export function devAccount(name: DevAccountName): Promise<KeyringPair> {
  return accountFromUri(`//${name}`);
}
