import { beforeAll, expect, test } from '@jest/globals';
import { Keyring } from '@polkadot/keyring';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import { fastSigner, type ParticipantKey } from './relay-envelope.js';
import { PeerSecrets, conversation, newSalt } from './sealing.js';
import { SealedRelayRequest, openRevealReply, sealRelayRequest, sealRevealReply } from './sealed-wire.js';
import { decodeHeartbeat, decodeRelayCancel, encodeHeartbeat, encodeRelayCancel, ProtocolError, type RelayRequest } from './messages.js';

let gateway: ParticipantKey, supplier: ParticipantKey, eve: ParticipantKey;
const request: RelayRequest = { envelope: { payload: '0x00', signature: `0x${'00'.repeat(64)}` }, body: '{"kind":"completion","prompt":"secret prompt","stop":[]}' };

beforeAll(async () => {
  await cryptoWaitReady();
  const keyring = new Keyring({ type: 'sr25519' });
  gateway = fastSigner(keyring.addFromUri('//Charlie'));
  supplier = fastSigner(keyring.addFromUri('//Bob'));
  eve = fastSigner(keyring.addFromUri('//Eve'));
});

test('both sides of a key agreement get the same secret, and a third party another', () => {
  const g = new PeerSecrets(gateway).with(supplier.address);
  expect(new PeerSecrets(supplier).with(gateway.address)).toEqual(g);
  expect(new PeerSecrets(eve).with(supplier.address)).not.toEqual(g);
});

test('the secret cache stays within its bound', () => {
  const secrets = new PeerSecrets(gateway, 2);
  for (const peer of [supplier, eve, gateway, supplier]) secrets.with(peer.address);
  expect((secrets as unknown as { cache: Map<string, Uint8Array> }).cache.size).toBe(2);
});

test('a relay request opens only at its supplier, and its frames only at its gateway, in order', () => {
  const sealed = sealRelayRequest(new PeerSecrets(gateway), supplier.address, request);
  expect(Buffer.from(sealed.bytes).toString('latin1')).not.toContain('secret prompt');
  const atSupplier = SealedRelayRequest.read(new PeerSecrets(supplier), sealed.bytes);
  expect(atSupplier.gateway).toBe(gateway.address);
  expect(atSupplier.open()).toEqual(request);
  // Eve can read the header but not the request.
  expect(() => SealedRelayRequest.read(new PeerSecrets(eve), sealed.bytes).open()).toThrow(ProtocolError);
  const first = atSupplier.frames.seal({ t: 'accepted', promptTokens: 3 });
  const second = atSupplier.frames.seal({ t: 'chunk', seq: 0, text: 'secret answer' });
  expect(Buffer.from(second).toString('latin1')).not.toContain('secret answer');
  // Out of order, replayed, or forged frames do not open (and do not advance the stream).
  expect(sealed.frames.open(second)).toBeUndefined();
  expect(sealed.frames.open(new TextEncoder().encode(JSON.stringify({ t: 'chunk', seq: 0, text: 'injected' })))).toBeUndefined();
  const eveTalk = conversation(new PeerSecrets(eve).with(gateway.address), newSalt(), 'relay');
  expect(sealed.frames.open(eveTalk.backward.seal(new TextEncoder().encode('{"t":"error","code":"busy","message":"x"}')))).toBeUndefined();
  expect(sealed.frames.open(first)).toEqual({ t: 'accepted', promptTokens: 3 });
  expect(sealed.frames.open(first)).toBeUndefined();
  expect(sealed.frames.open(second)).toEqual({ t: 'chunk', seq: 0, text: 'secret answer' });
});

test('bytes that are no sealed request are refused before any answer', () => {
  expect(() => SealedRelayRequest.read(new PeerSecrets(supplier), new TextEncoder().encode('{"not":"sealed"}'))).toThrow(ProtocolError);
});

test('a reveal reply opens only for its validator, and only as its supplier’s', () => {
  const reply = sealRevealReply(new PeerSecrets(supplier), eve.address, { t: 'error', code: 'not_found', message: 'no such round' });
  expect(openRevealReply(new PeerSecrets(eve), supplier.address, reply)).toEqual({ t: 'error', code: 'not_found', message: 'no such round' });
  expect(openRevealReply(new PeerSecrets(gateway), supplier.address, reply)).toBeUndefined();
  const forged = sealRevealReply(new PeerSecrets(gateway), eve.address, { t: 'error', code: 'not_found', message: 'lies' });
  expect(openRevealReply(new PeerSecrets(eve), supplier.address, forged)).toBeUndefined();
});

test('heartbeats and cancels verify only as the account they name', () => {
  const hb = { supplier: supplier.address, models: [1], active: 0, capacity: 2, tokensPerSecond: 9, at: 1 };
  expect(decodeHeartbeat(encodeHeartbeat(hb, supplier))).toEqual(hb);
  expect(() => encodeHeartbeat(hb, eve)).toThrow();
  const signedByEve = JSON.parse(new TextDecoder().decode(encodeHeartbeat({ ...hb, supplier: eve.address }, eve))) as { signature: string };
  const renamed = new TextEncoder().encode(JSON.stringify({ text: JSON.stringify(hb), signature: signedByEve.signature }));
  expect(() => decodeHeartbeat(renamed)).toThrow(/not signed by the account it names/);
  expect(() => decodeHeartbeat(new TextEncoder().encode(JSON.stringify(hb)))).toThrow(/not signed/);
  const cancel = { gateway: gateway.address, session: 3n, nonce: 7n };
  expect(decodeRelayCancel(encodeRelayCancel(cancel, gateway))).toEqual(cancel);
  const byEve = JSON.parse(new TextDecoder().decode(encodeRelayCancel({ ...cancel, gateway: eve.address }, eve))) as { signature: string };
  const text = JSON.stringify({ gateway: gateway.address, session: '3', nonce: '7' });
  expect(() => decodeRelayCancel(new TextEncoder().encode(JSON.stringify({ text, signature: byEve.signature })))).toThrow(ProtocolError);
});
