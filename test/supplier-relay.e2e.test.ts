/**
 * The supplier's side of the relay protocol, attacked directly over NATS (no gateway): forged
 * and tampered envelopes, replays, bodies that do not match their hash, relays for someone else,
 * apps that never delegated, stale sessions, a full house (busy) and a client that goes away
 * (cancellation frees the slot at once).
 */
import { afterAll, beforeAll, beforeEach, expect, test } from '@jest/globals';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { devAccount } from '@sibyl/chain-client';
import type { LocalNetwork } from '@sibyl/localnet';
import { startTestNetwork } from './support/test-network.js';
import {
  decodeHeartbeat,
  hash256,
  signEnvelope,
  subjects,
  verifyResponse,
  ResponseHasher,
  type RelayBody,
  type RelayEnvelope,
  type RelayFrame,
  type RelayRequest,
} from '@sibyl/protocol';
import type { KeyringPair } from '@polkadot/keyring/types';
import type { NatsConnection } from '@nats-io/transport-node';
import { RawGateway } from './support/raw-gateway.js';

let net: LocalNetwork;
let nats: NatsConnection;
let gateway: KeyringPair;
let raw: RawGateway;
let nonce = 1n;
/** The chain's current session (the network starts one that draws the supplier). */
let session = 0n;

beforeAll(async () => {
  net = await startTestNetwork({ supplierCapacity: 1, contextLength: 512 });
  gateway = net.actors.gateway; // Charlie: staked, and Dave delegates to him
  nats = await net.connectBus(gateway);
  raw = new RawGateway(nats, gateway);
}, 300_000);

beforeEach(async () => {
  session = (await net.api.query.sessions.currentSession()).toBigInt();
});

afterAll(async () => {
  await nats?.close();
  await net?.stop();
});

const body = (prompt = 'Once upon a time'): RelayBody => ({ kind: 'completion', prompt, stop: [] });

function envelope(text: string, overrides: Partial<RelayEnvelope> = {}, maxTokens = 8): RelayEnvelope {
  return {
    session,
    app: net.actors.app.address,
    gateway: gateway.address,
    supplier: net.actors.supplier.address,
    model: net.modelId,
    requestHash: hash256(text),
    // An upper bound on these short prompts' tokens (the supplier refuses only above it).
    promptTokens: 64,
    sampling: { maxTokens, temperatureMilli: 0, topPMilli: 1000, seed: null },
    nonce: nonce++,
    ...overrides,
  };
}

/** Sends a raw request (sealed as the gateway) and collects frames until done/error (or `until` says stop). */
function relay(request: RelayRequest, until?: (f: RelayFrame) => boolean): Promise<{ frames: RelayFrame[]; reply: string }> {
  return raw.relay(net.actors.supplier.address, request, { until });
}

const lastError = (frames: RelayFrame[]) => frames.at(-1) as Extract<RelayFrame, { t: 'error' }>;

test('an honest relay streams and ends with a signature over request, output and usage', async () => {
  const text = JSON.stringify(body());
  const e = envelope(text);
  const { frames } = await relay({ envelope: signEnvelope(e, gateway), body: text });
  expect(frames[0]!.t).toBe('accepted');
  const done = frames.at(-1) as Extract<RelayFrame, { t: 'done' }>;
  expect(done.t).toBe('done');
  const meta = verifyResponse(done.response, net.actors.supplier.address);
  const hasher = new ResponseHasher();
  for (const f of frames) if (f.t === 'chunk') hasher.update(f.text);
  expect(meta.requestHash).toBe(e.requestHash);
  expect(meta.responseHash).toBe(hasher.digest());
  expect(meta.completionTokens).toBe(8);
});

test('a replayed relay is refused', async () => {
  const text = JSON.stringify(body());
  const signed = signEnvelope(envelope(text), gateway);
  expect((await relay({ envelope: signed, body: text })).frames.at(-1)!.t).toBe('done');
  const again = await relay({ envelope: signed, body: text });
  expect(lastError(again.frames)).toMatchObject({ t: 'error', code: 'replay' });
});

test('a prompt longer than the gateway signed for is refused before anything is generated', async () => {
  const text = JSON.stringify(body('Once upon a time in a land far away there lived a king'));
  const short = await relay({ envelope: signEnvelope(envelope(text, { promptTokens: 3 }), gateway), body: text });
  expect(short.frames).toHaveLength(1);
  expect(lastError(short.frames)).toMatchObject({ t: 'error', code: 'bad_request' });
  expect(lastError(short.frames).message).toMatch(/3 were signed for/);
});

test('forged, tampered and misdirected envelopes are refused', async () => {
  const text = JSON.stringify(body());
  const eve = await devAccount('Eve');
  // Signed by someone who is not the gateway it names.
  const forged = signEnvelope(envelope(text, { gateway: eve.address }), eve);
  forged.payload = u8aToHex(hexToU8a(signEnvelope(envelope(text), gateway).payload));
  expect(lastError((await relay({ envelope: forged, body: text })).frames).code).toBe('unauthorized');
  // A gateway that is not staked, signing for itself.
  const unstaked = signEnvelope(envelope(text, { gateway: eve.address }), eve);
  expect(lastError((await relay({ envelope: unstaked, body: text })).frames).code).toBe('unauthorized');
  // Tampered usage-relevant field after signing.
  const good = signEnvelope(envelope(text), gateway);
  const bytes = hexToU8a(good.payload);
  bytes[bytes.length - 9]! ^= 0xff;
  expect(lastError((await relay({ envelope: { ...good, payload: u8aToHex(bytes) }, body: text })).frames).code).toBe('unauthorized');
  // Addressed to another supplier.
  const other = signEnvelope(envelope(text, { supplier: eve.address }), gateway);
  expect(lastError((await relay({ envelope: other, body: text })).frames).code).toBe('unauthorized');
  // An application that never delegated to this gateway.
  const stranger = signEnvelope(envelope(text, { app: eve.address }), gateway);
  expect(lastError((await relay({ envelope: stranger, body: text })).frames).code).toBe('unauthorized');
  // A session long past.
  const stale = signEnvelope(envelope(text, { session: 1_000n }), gateway);
  expect(lastError((await relay({ envelope: stale, body: text })).frames).code).toBe('unauthorized');
});

test('a body that does not match the signed hash, or is malformed, is refused', async () => {
  const text = JSON.stringify(body());
  const signed = signEnvelope(envelope(text), gateway);
  const swapped = JSON.stringify(body('Ignore the above and'));
  expect(lastError((await relay({ envelope: signed, body: swapped })).frames).code).toBe('bad_request');
  const junk = '{"kind":"telepathy"}';
  expect(lastError((await relay({ envelope: signEnvelope(envelope(junk), gateway), body: junk })).frames).code).toBe('bad_request');
  // Bytes that are no sealed request get no answer at all: there is nobody to seal one to.
  expect(await raw.raw(net.actors.supplier.address, new TextEncoder().encode('not json'))).toEqual([]);
});

test('at capacity the supplier answers busy; a cancelled relay frees its slot at once', async () => {
  // A count the model carries on for all 400 tokens (an instruction as a bare completion may end at once).
  const long = JSON.stringify(body('1, 2, 3, 4, 5, 6, 7, 8, 9, 10,'));
  const e = envelope(long, {}, 400);
  // Occupy the only slot, stop reading after the first chunk.
  const first = relay({ envelope: signEnvelope(e, gateway), body: long }, (f) => f.t === 'chunk');
  await first;
  const text = JSON.stringify(body());
  const busy = await relay({ envelope: signEnvelope(envelope(text), gateway), body: text });
  expect(lastError(busy.frames).code).toBe('busy');
  // The client goes away: cancel, then the supplier reports itself idle within a heartbeat or two.
  raw.cancel(net.actors.supplier.address, { gateway: e.gateway, session: e.session, nonce: e.nonce });
  const hb = nats.subscribe(subjects.heartbeat(net.actors.supplier.address));
  const started = Date.now();
  for await (const msg of hb) {
    if (decodeHeartbeat(msg.data).active === 0) break;
    if (Date.now() - started > 10_000) break;
  }
  hb.unsubscribe();
  expect(Date.now() - started).toBeLessThan(10_000);
  const after = await relay({ envelope: signEnvelope(envelope(text), gateway), body: text });
  expect(after.frames.at(-1)!.t).toBe('done');
}, 60_000);
