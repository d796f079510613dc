/**
 * Key pairs from secret URIs, as every Sibyl component makes them (sr25519, generic SS58
 * addresses): a mnemonic, a mnemonic with a derivation path, or a development URI like `//Alice`.
 */
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import { isHex } from '@polkadot/util';
import { cryptoWaitReady, keyExtractSuri, mnemonicGenerate, mnemonicValidate } from '@polkadot/util-crypto';

export type { KeyringPair };

/** The sr25519 pair of `suri`; throws if it is not a secret URI. */
export async function pairFromUri(suri: string): Promise<KeyringPair> {
  await cryptoWaitReady();
  return new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri(suri);
}

/**
 * Why `suri` will not do as a stored secret, or undefined if it will: its phrase must be a valid
 * BIP-39 mnemonic or a 32-byte 0x seed, unless the URI is a development path (`//Alice`). The
 * keyring would also take any short string as a raw seed, which turns a mistyped mnemonic into a
 * stranger's account.
 */
export async function secretUriProblem(suri: string): Promise<string | undefined> {
  await cryptoWaitReady();
  // `//Alice`: a path on the well-known development phrase, which the keyring puts in front.
  if (suri.startsWith('//')) return undefined;
  let phrase: string;
  try {
    phrase = keyExtractSuri(suri).phrase;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  if (isHex(phrase, 256) || mnemonicValidate(phrase)) return undefined;
  return 'its phrase is neither a valid BIP-39 mnemonic nor a 0x 32-byte seed (dev URIs start with //)';
}

/** A fresh 12-word mnemonic. */
export async function newMnemonic(): Promise<string> {
  await cryptoWaitReady();
  return mnemonicGenerate(12);
}

/** Whether `text` is a development secret URI (`//Alice`, `//Bob//stash`): public keys, dev chains only. */
export function isDevUri(text: string): boolean {
  return /^\/\/[^\s]+$/.test(text);
}
