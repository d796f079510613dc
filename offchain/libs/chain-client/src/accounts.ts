/**
 * Accounts from secret URIs. The well-known development accounts (`//Alice` …) are funded in the
 * dev and local chain specs; never use them on a public network.
 */
import { readFileSync, statSync } from 'node:fs';
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

/**
 * A service's secret URI, from the first of: the `--suri` value given, the environment variable
 * `SIBYL_<ROLE>_SURI`, or the file `SIBYL_<ROLE>_SURI_FILE` names (a Docker secret, say — not
 * shown by `docker inspect` or `ps`). A file others may read is refused. Throws a message naming
 * all three when none is set.
 */
export function secretUriFor(role: 'supplier' | 'validator' | 'gateway' | 'dispatcher', given?: string): string {
  if (given) return given;
  const variable = `SIBYL_${role.toUpperCase()}_SURI`;
  const fromEnv = process.env[variable];
  if (fromEnv) return fromEnv;
  const file = process.env[`${variable}_FILE`];
  if (file) {
    if ((statSync(file).mode & 0o077) !== 0) {
      throw new Error(`${variable}_FILE (${file}) may be read by others: chmod 600 it`);
    }
    const uri = readFileSync(file, 'utf8').trim();
    if (!uri) throw new Error(`${variable}_FILE (${file}) is empty`);
    return uri;
  }
  throw new Error(`no ${role} account: pass --suri, or set ${variable} or ${variable}_FILE`);
}
