/** The one genuinely signed relay leaf the bench's synthetic relays are made from (synthetic-relays.ts). */
import { Keyring } from '@polkadot/keyring';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { decodeEnvelope, fastSigner, hash256, signEnvelope, signResponse } from '@sibyl/protocol';
import { decodeRelayLeaf, encodeRelayLeaf } from '@sibyl/relay-mining';
import { SyntheticRelays } from './synthetic-relays.js';

export async function signedTemplate(): Promise<string> {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519' });
  const gateway = keyring.addFromUri('//Charlie');
  const supplier = keyring.addFromUri('//Bob');
  const requestHash = hash256('bench request');
  const envelope = signEnvelope(
    {
      session: 1n,
      app: keyring.addFromUri('//Eve').address,
      gateway: gateway.address,
      supplier: supplier.address,
      model: 0,
      requestHash,
      promptTokens: 120,
      sampling: { maxTokens: 512, temperatureMilli: 700, topPMilli: 950, seed: null },
      nonce: 0n,
    },
    fastSigner(gateway),
  );
  const response = signResponse({ requestHash, responseHash: hash256('bench output'), promptTokens: 120, completionTokens: 380 }, fastSigner(supplier));
  const template = u8aToHex(encodeRelayLeaf(envelope, response));
  // The synthetic relays write their number into the nonce: check it lands there.
  const probe = new SyntheticRelays(template).relay(0x0102_0304);
  if (decodeEnvelope(hexToU8a(decodeRelayLeaf(probe.value).envelope.payload)).nonce !== 0x0102_0305n) throw new Error('unexpected relay leaf layout');
  return template;
}
