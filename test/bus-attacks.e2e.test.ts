/**
 * Attacks on the bus itself (docs/bus.md), each of which must fail, on the real processes: the
 * dev network's nats-server and bus authorizer, the supplier daemon (Bob) with the real model, and
 * the gateway (Charlie) answering the official `openai` client. The attackers are staked accounts
 * of their own — Ferdie as a supplier, Alice as a second gateway — and strangers with no stake.
 *
 * - connecting without an account, with an account that holds no stake, or with a login signed
 *   for another nonce;
 * - a staked account subscribing to another supplier's relays, reveals or the gateway's inbox;
 * - a spoofed heartbeat (in the rival's name, on its subject or one's own);
 * - a spoofed cancel (signed by another gateway) of a relay in flight;
 * - a spoofed reveal reply or error (another supplier answering a validator);
 * - an injected chunk in a gateway's stream, and a relay published by a non-gateway;
 * - reading a relay's prompt or answer from the server side (an observer subscribed to `>`).
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { Keyring } from '@polkadot/keyring';
import { randomBytes } from 'node:crypto';
import OpenAI from 'openai';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { devAccount, sbl, signAndWait } from '@sibyl/chain-client';
import { inProcessGateway, type LocalNetwork } from '@sibyl/localnet';
import {
  PeerSecrets,
  busLoginMessage,
  decodeHeartbeat,
  encodeHeartbeat,
  encodeRelayCancel,
  fastSigner,
  hash256,
  inboxPrefixOf,
  openRevealReply,
  sealRelayRequest,
  sealRevealReply,
  signEnvelope,
  signRevealRequest,
  encodeReveal,
  subjects,
  type ParticipantKey,
  type RelayEnvelope,
} from '@sibyl/protocol';
import { startTestNetwork } from './support/test-network.js';
import { RawGateway } from './support/raw-gateway.js';

let net: LocalNetwork;
let client: OpenAI;
/** Charlie, the dev gateway, by hand. */
let gateway: RawGateway;
/** Ferdie: a staked supplier of the dev model who attacks. */
let mallet: ParticipantKey;
let malletNats: NatsConnection;
/** Alice: a second staked gateway who attacks. */
let grace: ParticipantKey;
let graceNats: NatsConnection;
let supplier: string;
let nonce = BigInt(Date.now()) * 1000n;

/** Permission errors the server reports to `nats`, as they come. */
function permissionErrors(nats: NatsConnection): string[] {
  const errors: string[] = [];
  void (async () => {
    for await (const status of nats.status()) {
      if (status.type === 'error') errors.push(status.error.message);
    }
  })();
  return errors;
}

async function until(condition: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

beforeAll(async () => {
  net = await startTestNetwork({ supplierCapacity: 2, contextLength: 1024 });
  supplier = net.actors.supplier.address;
  gateway = new RawGateway(await net.connectBus(net.actors.gateway), net.actors.gateway);
  const ferdie = await devAccount('Ferdie');
  await signAndWait(net.api, net.api.tx.stakes.registerSupplier(sbl(2_000), [net.modelId], subjects.relay(ferdie.address), 50, { Single: null }), ferdie);
  mallet = fastSigner(ferdie);
  malletNats = await net.connectBus(ferdie);
  const alice = await devAccount('Alice');
  await signAndWait(net.api, net.api.tx.stakes.registerGateway(sbl(1_000), 'http://127.0.0.1:1/v1'), alice);
  grace = fastSigner(alice);
  graceNats = await net.connectBus(alice);
  client = new OpenAI({ baseURL: net.gateway, apiKey: net.apiKey, maxRetries: 0, timeout: 60_000 });
}, 300_000);

afterAll(async () => {
  await Promise.all([gateway?.nats.close(), malletNats?.close(), graceNats?.close()]);
  await net?.stop();
});

function envelope(text: string, maxTokens: number): RelayEnvelope {
  return {
    session: 0n,
    app: net.actors.app.address,
    gateway: gateway.address,
    supplier,
    model: net.modelId,
    requestHash: hash256(text),
    promptTokens: 64,
    sampling: { maxTokens, temperatureMilli: 0, topPMilli: 1000, seed: null },
    nonce: nonce++,
  };
}

async function currentEnvelope(text: string, maxTokens: number): Promise<RelayEnvelope> {
  return { ...envelope(text, maxTokens), session: (await net.api.query.sessions.currentSession()).toBigInt() };
}

test('nobody joins the bus without proving a staked account', async () => {
  const urls = net.bus.urls;
  // No credentials at all.
  await expect(connect({ servers: urls, maxReconnectAttempts: 0 })).rejects.toThrow(/Authorization/i);
  // A name without a signature, and a signature of another nonce (a replayed login).
  const bob = fastSigner(net.actors.supplier);
  await expect(connect({ servers: urls, user: bob.address, maxReconnectAttempts: 0 })).rejects.toThrow(/Authorization/i);
  const replayed = `0x${Buffer.from(bob.sign(busLoginMessage('a-nonce-seen-before'))).toString('hex')}`;
  await expect(connect({ servers: urls, authenticator: () => ({ user: bob.address, sig: replayed }), maxReconnectAttempts: 0 })).rejects.toThrow(/Authorization/i);
  // A real key with no stake.
  const stranger = fastSigner(new Keyring({ type: 'sr25519' }).addFromSeed(randomBytes(32)));
  await expect(connect({ servers: urls, authenticator: () => ({ user: stranger.address, sig: '0x00' }), maxReconnectAttempts: 0 })).rejects.toThrow(/Authorization/i);
  expect(net.bus.authorizer.counts.refused).toBeGreaterThanOrEqual(4);
});

test("a staked account cannot listen to another supplier's relays, reveals or a gateway's inbox", async () => {
  const errors = permissionErrors(malletNats);
  const heard: string[] = [];
  for (const subject of [subjects.relay(supplier), `${subjects.relay(supplier)}.>`, subjects.validatorReveal(supplier), `${inboxPrefixOf(gateway.address)}.>`, '>']) {
    malletNats.subscribe(subject, {
      callback: (error, msg) => {
        if (!error) heard.push(msg.subject);
      },
    });
  }
  await malletNats.flush();
  await until(() => errors.length >= 5);
  expect(errors.filter((e) => /Permissions Violation for Subscription/.test(e))).toHaveLength(5);
  // A real relay through the gateway meanwhile: none of it reaches the attacker.
  const answer = await client.chat.completions.create({ model: net.modelName, messages: [{ role: 'user', content: 'Name a colour.' }], temperature: 0, max_tokens: 8 });
  expect(answer.choices[0]!.message.content!.length).toBeGreaterThan(0);
  expect(heard).toEqual([]);
}, 60_000);

test("spoofed heartbeats neither drop a supplier from routing nor load it down", async () => {
  const errors = permissionErrors(malletNats);
  const spoof = { supplier, models: [], active: 1_000, capacity: 1, tokensPerSecond: 0, at: Date.now() + 60_000 };
  // On the rival's subject: refused by the server. On her own subject, in the rival's name and
  // signed by herself, or claiming the rival's signature: not believed.
  malletNats.publish(subjects.heartbeat(supplier), encodeHeartbeat({ ...spoof, supplier: mallet.address }, mallet));
  const forged = JSON.parse(new TextDecoder().decode(encodeHeartbeat({ ...spoof, supplier: mallet.address }, mallet))) as { text: string; signature: string };
  const renamed = new TextEncoder().encode(JSON.stringify({ text: JSON.stringify(spoof), signature: forged.signature }));
  for (let i = 0; i < 20; i++) malletNats.publish(subjects.heartbeat(mallet.address), renamed);
  await malletNats.flush();
  await until(() => errors.length >= 1);
  expect(errors.some((e) => /Permissions Violation for Publish to "sibyl\.heartbeat\./.test(e))).toBe(true);
  expect(() => decodeHeartbeat(renamed)).toThrow(/not signed by the account it names/);
  await new Promise((r) => setTimeout(r, 2_500));
  expect(inProcessGateway(net).rankedSuppliers(net.modelId)).toContain(supplier);
  const answer = await client.chat.completions.create({ model: net.modelName, messages: [{ role: 'user', content: 'Name a fruit.' }], temperature: 0, max_tokens: 4 });
  expect(answer.choices[0]!.finish_reason).toBeDefined();
}, 60_000);

test('a cancel signed by anyone but the relay’s gateway does not stop it', async () => {
  const long = JSON.stringify({ kind: 'completion', prompt: '1, 2, 3, 4, 5, 6, 7, 8, 9, 10,', stop: [] });
  const e = await currentEnvelope(long, 40);
  const running = gateway.relay(supplier, { envelope: signEnvelope(e, gateway.key), body: long });
  await new Promise((r) => setTimeout(r, 300));
  const relay = { gateway: e.gateway, session: e.session, nonce: e.nonce };
  // Another staked gateway names Charlie's relay and signs it herself; and tries her own name.
  const forgedText = JSON.parse(new TextDecoder().decode(encodeRelayCancel({ ...relay, gateway: grace.address }, grace))) as { signature: string };
  const asCharlie = { text: JSON.stringify({ gateway: relay.gateway, session: relay.session.toString(), nonce: relay.nonce.toString() }), signature: forgedText.signature };
  graceNats.publish(subjects.relayCancel(supplier), new TextEncoder().encode(JSON.stringify(asCharlie)));
  graceNats.publish(subjects.relayCancel(supplier), encodeRelayCancel({ ...relay, gateway: grace.address }, grace));
  // A supplier may not publish cancels at all.
  const errors = permissionErrors(malletNats);
  malletNats.publish(subjects.relayCancel(supplier), encodeRelayCancel({ ...relay, gateway: mallet.address }, mallet));
  await until(() => errors.length >= 1);
  expect(errors.some((m) => /Permissions Violation for Publish/.test(m))).toBe(true);
  const { frames } = await running;
  expect(frames.at(-1)!.t).toBe('done');
}, 60_000);

test("another supplier cannot answer a validator's reveal request, and a forged reply does not open", async () => {
  const validatorNats = await net.connectBus(net.actors.validator);
  const validator = fastSigner(net.actors.validator);
  try {
    // The reveal subject is Bob's alone: Ferdie cannot take his requests.
    const errors = permissionErrors(malletNats);
    malletNats.subscribe(subjects.validatorReveal(supplier), { queue: 'q' });
    await malletNats.flush();
    await until(() => errors.length >= 1);
    expect(errors.some((m) => /Permissions Violation for Subscription/.test(m))).toBe(true);
    // Bob answers a request for a round that is not open with his sealed error: it opens.
    const request = encodeReveal(signRevealRequest(999_999n, `0x${'11'.repeat(32)}`, validator));
    const replies = await validatorNats.requestMany(subjects.validatorReveal(supplier), request, { maxWait: 2_000, strategy: 'timer' });
    const opened = [];
    const secrets = new PeerSecrets(validator);
    for await (const msg of replies) if (msg.data.length) opened.push(openRevealReply(secrets, supplier, msg.data));
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ t: 'error', code: 'not_found' });
    // Had Ferdie's error reached the validator, it would not open as Bob's.
    const forged = sealRevealReply(new PeerSecrets(mallet), validator.address, { t: 'error', code: 'not_found', message: 'archive offline' });
    expect(openRevealReply(secrets, supplier, forged)).toBeUndefined();
  } finally {
    await validatorNats.close();
  }
}, 60_000);

test("nothing can be injected into a gateway's stream, and only gateways publish relays", async () => {
  const errors = permissionErrors(malletNats);
  const long = JSON.stringify({ kind: 'completion', prompt: 'Once upon a time', stop: [] });
  const e = await currentEnvelope(long, 24);
  const inbox = gateway.inbox();
  const sub = gateway.nats.subscribe(inbox);
  const sealed = sealRelayRequest(gateway.secrets, supplier, { envelope: signEnvelope(e, gateway.key), body: long });
  gateway.nats.publish(subjects.relay(supplier), sealed.bytes, { reply: inbox });
  // Ferdie learns the inbox (say it leaked) and pushes a chunk and an error into it; he also
  // tries to send Bob a relay himself.
  const fake = new TextEncoder().encode(JSON.stringify({ t: 'chunk', seq: 0, text: 'INJECTED' }));
  malletNats.publish(inbox, fake);
  malletNats.publish(inbox, new TextEncoder().encode(JSON.stringify({ t: 'error', code: 'busy', message: 'go away' })));
  malletNats.publish(subjects.relay(supplier), sealed.bytes, { reply: `${inboxPrefixOf(mallet.address)}.x` });
  await malletNats.flush();
  const texts: string[] = [];
  let ignored = 0;
  let last = '';
  for await (const msg of sub) {
    const frame = sealed.frames.open(msg.data);
    if (!frame) {
      ignored++;
      continue;
    }
    last = frame.t;
    if (frame.t === 'chunk') texts.push(frame.text);
    if (frame.t === 'done' || frame.t === 'error') break;
  }
  sub.unsubscribe();
  expect(last).toBe('done');
  expect(texts.join('')).not.toContain('INJECTED');
  expect(ignored).toBe(0); // the server never delivered them
  await until(() => errors.length >= 3);
  expect(errors.filter((m) => /Permissions Violation for Publish/.test(m)).length).toBeGreaterThanOrEqual(3);
}, 60_000);

test('whoever runs the bus sees only ciphertext: no prompt or answer in any message', async () => {
  const observed: { subject: string; data: Uint8Array }[] = [];
  const tap = net.busClient.subscribe('>', {
    callback: (_e, msg) => {
      observed.push({ subject: msg.subject, data: msg.data });
    },
  });
  await net.busClient.flush();
  const marker = `zebra-${randomBytes(4).toString('hex')}`;
  const stream = await client.chat.completions.create({
    model: net.modelName,
    messages: [{ role: 'user', content: `Repeat this word exactly: ${marker}` }],
    temperature: 0,
    max_tokens: 16,
    stream: true,
  });
  let answer = '';
  for await (const chunk of stream) answer += chunk.choices[0]?.delta?.content ?? '';
  await new Promise((r) => setTimeout(r, 500));
  tap.unsubscribe();
  const relayTraffic = observed.filter((m) => m.subject === subjects.relay(supplier) || m.subject.startsWith(`${inboxPrefixOf(gateway.address)}.`));
  expect(relayTraffic.length).toBeGreaterThan(2); // the request and its frames went past the tap
  const everything = Buffer.concat(observed.map((m) => Buffer.from(m.data))).toString('latin1');
  expect(everything).not.toContain(marker);
  expect(everything).not.toContain('Repeat this word');
  const words = answer.split(/\s+/).filter((w) => w.length >= 5);
  for (const word of words) expect(everything).not.toContain(word);
}, 60_000);
