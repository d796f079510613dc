/**
 * Which account a command acts as: the stored key `--key` names (or SIBYL_KEY), the only stored
 * key when there is just one, or — on dev chains — a development URI such as `--key //Alice`.
 */
import { UsageError, CliError } from './errors.js';
import { isDevUri, pairFromUri, type KeyringPair } from './key-pairs.js';
import { Keystore } from './keystore.js';

export interface Signer {
  /** The key's name, or the dev URI itself (its secret is public). */
  label: string;
  address: string;
  pair: KeyringPair;
}

/** The name of the key to use: `key` if given, else the only stored one. */
export function chosenKeyName(keystore: Keystore, key: string | undefined): string {
  if (key) return key;
  const names = keystore.names();
  if (names.length === 1) return names[0]!;
  throw new UsageError(
    names.length
      ? `which key? pass --key <name> (stored: ${names.join(', ')}) or set SIBYL_KEY`
      : `no key in ${keystore.dir}: create one with \`sibyl keys create <name>\` (or pass --key //Alice on a dev chain)`,
  );
}

/** A chosen key with its secret: what a daemon started by `serve` is given. */
export interface ChosenKey {
  label: string;
  address: string;
  suri: string;
}

/** The key `key` names (see the module comment), its secret included. */
export async function resolveKey(keystore: Keystore, key: string | undefined): Promise<ChosenKey> {
  if (key && isDevUri(key)) return { label: key, address: (await pairFromUri(key)).address, suri: key };
  const stored = keystore.get(chosenKeyName(keystore, key));
  return { label: stored.name, address: stored.address, suri: stored.suri };
}

/** The signer for `key`; checks that the stored secret still gives the stored address. */
export async function resolveSigner(keystore: Keystore, key: string | undefined): Promise<Signer> {
  const chosen = await resolveKey(keystore, key);
  const pair = await pairFromUri(chosen.suri);
  if (pair.address !== chosen.address) {
    throw new CliError(`key ${chosen.label} is damaged: its secret gives ${pair.address}, its file says ${chosen.address}`);
  }
  return { label: chosen.label, address: pair.address, pair };
}

/** The address `key` stands for, without deriving from the secret when the key is stored. */
export async function resolveAddress(keystore: Keystore, key: string | undefined): Promise<string> {
  if (key && isDevUri(key)) return (await pairFromUri(key)).address;
  return keystore.get(chosenKeyName(keystore, key)).address;
}
