import { beforeAll, describe, expect, test } from '@jest/globals';
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import { u8aToHex, hexToU8a } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import {
  decodeEnvelope,
  encodeEnvelope,
  fastSigner,
  hash256,
  requestSeed,
  ResponseHasher,
  signEnvelope,
  signResponse,
  verifyEnvelope,
  verifyResponse,
  type RelayEnvelope,
} from './relay-envelope.js';
import { decodeRelayBody, decodeRelayFrame, decodeRelayRequest, ProtocolError } from './messages.js';
import { subjects } from './subjects.js';

let gateway: KeyringPair, supplier: KeyringPair, app: KeyringPair, other: KeyringPair;

beforeAll(async () => {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519' });
  gateway = keyring.addFromUri('//Charlie');
  supplier = keyring.addFromUri('//Bob');
  app = keyring.addFromUri('//Dave');
  other = keyring.addFromUri('//Eve');
});

const envelope = (): RelayEnvelope => ({
  session: 7n,
  app: app.address,
  gateway: gateway.address,
  supplier: supplier.address,
  model: 3,
  requestHash: hash256('{"kind":"chat"}'),
  promptTokens: 17,
  sampling: { maxTokens: 64, temperatureMilli: 700, topPMilli: 950, seed: 42n },
  nonce: 123_456_789_012n,
});

describe('relay envelope', () => {
  test('SCALE round trip, with and without a seed', () => {
    const e = envelope();
    expect(decodeEnvelope(encodeEnvelope(e))).toEqual(e);
    const noSeed = { ...e, sampling: { ...e.sampling, seed: null } };
    expect(decodeEnvelope(encodeEnvelope(noSeed))).toEqual(noSeed);
  });

  test('trailing bytes are rejected', () => {
    const bytes = encodeEnvelope(envelope());
    expect(() => decodeEnvelope(new Uint8Array([...bytes, 0]))).toThrow(/trailing/);
  });

  test('a gateway signature verifies; any tampering does not', () => {
    const signed = signEnvelope(envelope(), gateway);
    expect(verifyEnvelope(signed)).toEqual(envelope());
    const bytes = hexToU8a(signed.payload);
    bytes[bytes.length - 1]! ^= 1; // the nonce
    expect(() => verifyEnvelope({ ...signed, payload: u8aToHex(bytes) })).toThrow(/signature/);
  });

  test('the wasm signer and the keyring are interchangeable', () => {
    const fast = fastSigner(gateway);
    expect(fast.address).toBe(gateway.address);
    expect(verifyEnvelope(signEnvelope(envelope(), fast))).toEqual(envelope());
    const msg = new Uint8Array([1, 2, 3]);
    expect(gateway.verify(msg, fast.sign(msg), gateway.publicKey)).toBe(true);
  });

  test('a signature by anyone but the named gateway fails', () => {
    const e = { ...envelope(), gateway: other.address };
    expect(() => signEnvelope(e, gateway)).toThrow(/another gateway/);
    const forged = { payload: u8aToHex(encodeEnvelope(e)), signature: signEnvelope(envelope(), gateway).signature };
    expect(() => verifyEnvelope(forged)).toThrow(/signature/);
  });

  test('an envelope signature does not verify as response metadata (domain separation)', () => {
    const signed = signResponse(
      { requestHash: hash256('a'), responseHash: hash256('b'), promptTokens: 1, completionTokens: 2 },
      supplier,
    );
    expect(verifyResponse(signed, supplier.address).completionTokens).toBe(2);
    expect(() => verifyResponse(signed, other.address)).toThrow(/signature/);
    expect(() => verifyEnvelope(signed)).toThrow();
  });
});

describe('request seed', () => {
  const request = {
    model: 0,
    bodyText: JSON.stringify({ kind: 'chat', messages: [{ role: 'user', content: 'Name a prime.' }] }),
    temperatureMilli: 1000,
    topPMilli: 1000,
  };
  test('the same request and client seed give the same relay seed', () => {
    expect(requestSeed(7n, request)).toBe(requestSeed(7n, { ...request }));
    expect(requestSeed(7n, request) < 2n ** 64n).toBe(true);
    // Negative client seeds arrive as their 64-bit two's complement.
    expect(requestSeed(-1n, request)).toBe(requestSeed(2n ** 64n - 1n, request));
  });

  test('anything the relay is drawn from, changed, changes the seed', () => {
    const seed = requestSeed(7n, request);
    const other = JSON.stringify({ kind: 'chat', messages: [{ role: 'user', content: 'Name a colour.' }] });
    for (const changed of [{ bodyText: other }, { model: 1 }, { temperatureMilli: 700 }, { topPMilli: 900 }]) {
      expect(requestSeed(7n, { ...request, ...changed })).not.toBe(seed);
    }
    expect(requestSeed(8n, request)).not.toBe(seed);
  });
});

describe('response hash chain', () => {
  test('depends on chunking order and content, starts from zero', () => {
    const a = new ResponseHasher().update('Hel').update('lo').digest();
    const b = new ResponseHasher().update('Hel').update('lo').digest();
    const c = new ResponseHasher().update('Hello').digest();
    expect(a).toBe(b);
    expect(a).not.toBe(c);
    expect(new ResponseHasher().digest()).toBe(`0x${'00'.repeat(32)}`);
  });
});

describe('message decoders', () => {
  const enc = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));

  test('relay requests need a signed envelope and a body', () => {
    expect(() => decodeRelayRequest(new TextEncoder().encode('not json'))).toThrow(ProtocolError);
    expect(() => decodeRelayRequest(enc({ body: 'x' }))).toThrow(ProtocolError);
    expect(() => decodeRelayRequest(enc({ body: 'x', envelope: { payload: '0x00', signature: '0x12' } }))).toThrow(ProtocolError);
    const signed = signEnvelope(envelope(), gateway);
    expect(decodeRelayRequest(enc({ body: 'x', envelope: signed })).envelope).toEqual(signed);
  });

  test('bodies are validated', () => {
    expect(decodeRelayBody('{"kind":"completion","prompt":"hi"}')).toEqual({ kind: 'completion', prompt: 'hi', stop: [] });
    expect(() => decodeRelayBody('{"kind":"chat","messages":[]}')).toThrow(ProtocolError);
    expect(() => decodeRelayBody('{"kind":"chat","messages":[{"role":"root","content":"x"}]}')).toThrow(ProtocolError);
    expect(() => decodeRelayBody('{"kind":"completion","prompt":"x","stop":[1]}')).toThrow(ProtocolError);
    expect(() => decodeRelayBody('{"kind":"image"}')).toThrow(ProtocolError);
  });

  test('frames are validated', () => {
    expect(decodeRelayFrame(enc({ t: 'chunk', seq: 0, text: 'a' }))).toEqual({ t: 'chunk', seq: 0, text: 'a' });
    expect(() => decodeRelayFrame(enc({ t: 'chunk', seq: '0', text: 'a' }))).toThrow(ProtocolError);
    expect(() => decodeRelayFrame(enc({ t: 'error', code: 'teapot', message: '' }))).toThrow(ProtocolError);
    expect(() => decodeRelayFrame(enc({ t: 'done', finishReason: 'stop' }))).toThrow(ProtocolError);
  });
});

describe('subjects', () => {
  test('subject tokens cannot inject wildcards or levels', () => {
    expect(subjects.relay(supplier.address)).toBe(`sibyl.relay.${supplier.address}`);
    for (const bad of ['a.b', '*', '>', 'a b', '']) expect(() => subjects.relay(bad)).toThrow();
  });
});
