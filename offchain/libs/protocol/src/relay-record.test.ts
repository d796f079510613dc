import { beforeAll, describe, expect, test } from '@jest/globals';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import type { KeyringPair } from '@polkadot/keyring/types';
import { ProtocolError } from './messages.js';
import { ResponseHasher, fastSigner, hash256, signEnvelope, signResponse } from './relay-envelope.js';
import { decodeRevealReply, decodeRevealRequest, encodeReveal, relayDigest, signRevealRequest, verifyRelayRecord, type RelayRecord } from './relay-record.js';

let gateway: KeyringPair;
let supplier: KeyringPair;
let validator: KeyringPair;
let record: RelayRecord;

beforeAll(async () => {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519' });
  gateway = keyring.addFromUri('//Charlie');
  supplier = keyring.addFromUri('//Bob');
  validator = keyring.addFromUri('//Eve');
  const body = JSON.stringify({ kind: 'completion', prompt: 'Hello', stop: [] });
  const chunks = [' world', ', how', ' are you?'];
  const hasher = new ResponseHasher();
  for (const c of chunks) hasher.update(c);
  const envelope = signEnvelope(
    {
      session: 3n,
      app: validator.address,
      gateway: gateway.address,
      supplier: supplier.address,
      model: 0,
      requestHash: hash256(body),
      promptTokens: 2,
      sampling: { maxTokens: 8, temperatureMilli: 0, topPMilli: 1000, seed: null },
      nonce: 1n,
    },
    fastSigner(gateway),
  );
  const response = signResponse({ requestHash: hash256(body), responseHash: hasher.digest(), promptTokens: 2, completionTokens: 3 }, fastSigner(supplier));
  record = { envelope, response, body, chunks, tokens: [11, 12, 13] };
});

describe('relay records', () => {
  test('a genuine record verifies, with the digest of its signed parts', () => {
    const v = verifyRelayRecord(record, supplier.address);
    expect(v.digest).toBe(relayDigest(record.envelope, record.response));
    expect(v.text).toBe(' world, how are you?');
    expect(v.body).toEqual({ kind: 'completion', prompt: 'Hello', stop: [] });
  });

  test('any tampering is caught', () => {
    expect(() => verifyRelayRecord({ ...record, body: record.body.replace('Hello', 'Howdy') }, supplier.address)).toThrow(/request hash/);
    expect(() => verifyRelayRecord({ ...record, chunks: [' world', ', who', ' are you?'] }, supplier.address)).toThrow(/response hash/);
    expect(() => verifyRelayRecord({ ...record, tokens: [11, 12] }, supplier.address)).toThrow(/token ids/);
    expect(() => verifyRelayRecord(record, validator.address)).toThrow(ProtocolError);
  });

  test('reveal requests are signed by the validator and survive the wire', () => {
    const request = signRevealRequest(42n, relayDigest(record.envelope, record.response), fastSigner(validator));
    expect(decodeRevealRequest(encodeReveal(request))).toEqual(request);
    expect(() => decodeRevealRequest(encodeReveal({ ...request, round: '43' }))).toThrow(/signature/);
    expect(() => decodeRevealRequest(new TextEncoder().encode('{"round":1}'))).toThrow(ProtocolError);
    expect(decodeRevealReply(encodeReveal({ t: 'relay', record }))).toEqual({ t: 'relay', record });
    expect(decodeRevealReply(encodeReveal({ t: 'error', code: 'not_found', message: 'gone' }))).toEqual({ t: 'error', code: 'not_found', message: 'gone' });
  });
});
