import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Keyring } from '@polkadot/keyring';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, decodeAddress } from '@polkadot/util-crypto';
import { fastSigner, hash256, relayDigest, signEnvelope, signResponse, verifyEnvelope, verifyResponse, type RelaySigner, type Signed } from '@sibyl/protocol';
import {
  MinedRelayStore,
  blake2Ready,
  decodeRelayLeaf,
  encodeRelayLeaf,
  ALL_MINED,
  estimateMined,
  fractionOf,
  isMined,
  miningKey,
  probabilityFromFraction,
  relayLeafKey,
  verifyProof,
  SumTree,
  encodeRelayPathProof,
  encodeRelayPathProofs,
  encodeSiblings,
} from './index.js';

let gateway: RelaySigner;
let supplier: RelaySigner;
let app: string;
const dir = mkdtempSync(join(tmpdir(), 'sibyl-relay-leaf-'));

beforeAll(async () => {
  await cryptoWaitReady();
  await blake2Ready();
  const keyring = new Keyring({ type: 'sr25519' });
  gateway = fastSigner(keyring.addFromUri('//Charlie'));
  supplier = fastSigner(keyring.addFromUri('//Bob'));
  app = keyring.addFromUri('//Eve').address;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function relay(nonce: bigint, seed: bigint | null): { envelope: Signed; response: Signed } {
  const requestHash = hash256(`request ${nonce}`);
  const envelope = signEnvelope(
    {
      session: 7n,
      app,
      gateway: gateway.address,
      supplier: supplier.address,
      model: 2,
      requestHash,
      promptTokens: 30,
      sampling: { maxTokens: 256, temperatureMilli: 700, topPMilli: 950, seed },
      nonce,
    },
    gateway,
  );
  const response = signResponse({ requestHash, responseHash: hash256(`output ${nonce}`), promptTokens: 30, completionTokens: Number(nonce % 200n) + 1 }, supplier);
  return { envelope, response };
}

describe('relay leaves', () => {
  test('the key is the hash of the signed envelope, and the leaf decodes back to the signed parts', () => {
    for (const seed of [null, 42n]) {
      const { envelope, response } = relay(1n, seed);
      const value = encodeRelayLeaf(envelope, response);
      expect(u8aToHex(relayLeafKey(value))).toBe(hash256(hexToU8a(envelope.payload)));
      expect(u8aToHex(miningKey(envelope))).toBe(u8aToHex(relayLeafKey(value)));
      expect(u8aToHex(relayLeafKey(value))).not.toBe(relayDigest(envelope, response));
      const back = decodeRelayLeaf(value);
      expect(back).toEqual({ envelope, response });
      verifyEnvelope(back.envelope);
      verifyResponse(back.response, supplier.address);
      // Compact(len) ‖ envelope ‖ 64-byte signature ‖ Compact(len) ‖ response ‖ 64-byte signature; both payloads are over 63 bytes, so 2-byte Compacts
      expect(value.length).toBe(2 + hexToU8a(envelope.payload).length + 64 + 2 + hexToU8a(response.payload).length + 64);
    }
  });

  test('proof paths go on chain as compact relays, later paths without the shared top of the tree', () => {
    const leaves = Array.from({ length: 24 }, (_, i) => {
      const { envelope, response } = relay(BigInt(i), i % 2 ? 9n : null);
      const value = encodeRelayLeaf(envelope, response);
      return { key: relayLeafKey(value), value, weight: 100n + BigInt(i) };
    });
    const tree = SumTree.fromLeaves(leaves);
    const seed = hexToU8a(hash256('seed'));
    const paths = Array.from({ length: 6 }, (_, i) => tree.prove(i, seed));
    const encoded = encodeRelayPathProofs(paths);
    // The first path is whole: gateway, request hash, sampling, …, then every sibling.
    expect(encoded[0]).toEqual(encodeRelayPathProof(paths[0]!.proof));
    expect(u8aToHex(encoded[0]!.subarray(0, 32))).toBe(u8aToHex(decodeAddress(gateway.address)));
    const { envelope } = decodeRelayLeaf(paths[0]!.proof.value);
    expect(u8aToHex(encoded[0]!.subarray(32, 64))).toBe(verifyEnvelope(envelope).requestHash);
    // Without session, app, supplier, model, the response's request hash and the weight, a
    // compact relay is over 100 bytes smaller than the leaf.
    const relayBytes = encoded[0]!.length - encodeSiblings(paths[0]!.proof.siblings).length;
    expect(paths[0]!.proof.value.length - relayBytes).toBeGreaterThan(100);
    // Later paths drop what they share with the path before; a path that reopens the same leaf sends no siblings.
    for (let i = 1; i < paths.length; i++) {
      expect(encoded[i]!.length).toBeLessThan(encodeRelayPathProof(paths[i]!.proof).length);
      if (u8aToHex(paths[i]!.key) === u8aToHex(paths[i - 1]!.key)) expect(encoded[i]![encoded[i]!.length - 1]).toBe(0);
    }
  });

  test('malformed leaves are refused', () => {
    const value = encodeRelayLeaf(relay(2n, null).envelope, relay(2n, null).response);
    expect(() => relayLeafKey(value.subarray(0, value.length - 1))).toThrow(RangeError);
    expect(() => relayLeafKey(new Uint8Array([...value, 0]))).toThrow(RangeError);
    expect(() => relayLeafKey(new Uint8Array(0))).toThrow(RangeError);
  });

  test('mined relays in a store, claimed and proven with relayLeafKey', async () => {
    const target = probabilityFromFraction(0.5);
    const store = await MinedRelayStore.open({ dir, session: 7n, model: 2 });
    let seen = 0;
    for (let nonce = 0n; store.size < 20; nonce++) {
      const { envelope, response } = relay(nonce, null);
      const value = encodeRelayLeaf(envelope, response);
      const key = relayLeafKey(value);
      seen++;
      if (!isMined(key, target)) continue;
      const cu = 1000n + nonce;
      expect(store.add(key, cu, value)).toBe(true);
      expect(store.add(key, cu, value)).toBe(false);
    }
    expect(seen).toBeGreaterThan(20);
    const tree = store.buildTree();
    const seed = hexToU8a(hash256('chain randomness'));
    for (let i = 0; i < 8; i++) {
      const { proof } = tree.prove(i, seed);
      const { key } = verifyProof(tree.root, seed, i, proof, relayLeafKey);
      expect(isMined(key, target)).toBe(true);
      const { envelope } = decodeRelayLeaf(proof.value);
      expect(verifyEnvelope(envelope).nonce).toBeGreaterThanOrEqual(0n);
    }
    await store.discard();
  });
});

describe('mining probability', () => {
  const keyWithPrefix = (prefix: bigint) => {
    const key = new Uint8Array(32).fill(0xff);
    for (let i = 7; i >= 0; i--, prefix >>= 8n) key[i] = Number(prefix & 0xffn);
    return key;
  };

  test('the first 8 bytes of the key, big-endian, against the probability in units of 2^-64', () => {
    const half = 1n << 63n;
    expect(isMined(keyWithPrefix(half - 1n), half)).toBe(true);
    expect(isMined(keyWithPrefix(half), half)).toBe(false);
    expect(isMined(new Uint8Array(32), 1n)).toBe(true);
    // Probability 1 mines every key, the all-ones one included.
    expect(isMined(new Uint8Array(32).fill(0xff), ALL_MINED)).toBe(true);
    expect(() => isMined(new Uint8Array(32), 0n)).toThrow(RangeError);
    expect(() => isMined(new Uint8Array(31), 1n)).toThrow(RangeError);
  });

  test('fractions and estimates as the chain computes them', () => {
    expect(probabilityFromFraction(0.5)).toBe(1n << 63n);
    expect(probabilityFromFraction(1)).toBe(ALL_MINED);
    expect(probabilityFromFraction(1e-30)).toBe(1n);
    expect(fractionOf(1n << 62n)).toBe(0.25);
    expect(estimateMined(50n, ALL_MINED)).toBe(50n);
    expect(estimateMined(50n, ALL_MINED / 4n)).toBe(200n);
    expect(() => probabilityFromFraction(0)).toThrow(RangeError);
    expect(() => probabilityFromFraction(1.5)).toThrow(RangeError);
  });
});
