/**
 * Signed relays (docs/protocol.md, "A relay"). A gateway signs a {@link RelayEnvelope} with sr25519
 * for every request it forwards; the supplier signs {@link ResponseMetadata} when it has answered.
 * Both are SCALE-encoded so the chain can verify them in relay-mining proofs; the prompt and output
 * never appear in either, only their blake2_256 hashes.
 */
import { TypeRegistry } from '@polkadot/types';
import type { Option, Struct, u32, u64 } from '@polkadot/types';
import type { AccountId32, H256 } from '@polkadot/types/interfaces';
import { u8aToHex, hexToU8a, u8aConcat, stringToU8a } from '@polkadot/util';
import { blake2AsU8a, decodeAddress, encodeAddress, sr25519Agreement } from '@polkadot/util-crypto';
import { decodePair } from '@polkadot/keyring/pair/decode';
import type { KeyringPair } from '@polkadot/keyring/types';
import { sr25519Sign, sr25519Verify } from '@polkadot/wasm-crypto';

/** Sampling parameters the supplier must honour; fixed-point so they hash the same everywhere. */
export interface SamplingParams {
  /** Upper bound on completion tokens. */
  maxTokens: number;
  /** Temperature × 1000 (0 = greedy). */
  temperatureMilli: number;
  /** Nucleus mass × 1000 (1000 = off). */
  topPMilli: number;
  /** RNG seed, if the client fixed one. */
  seed: bigint | null;
}

/** What a gateway signs for one request. Account ids are SS58 strings in TypeScript. */
export interface RelayEnvelope {
  session: bigint;
  app: string;
  gateway: string;
  supplier: string;
  model: number;
  /** blake2_256 of the request body bytes, 0x-hex. */
  requestHash: string;
  /**
   * The prompt's length in tokens under the model's tokenizer and chat template, as the gateway
   * counted it: the most prompt tokens the application pays for (the chain refuses a relay whose
   * supplier-signed usage exceeds it).
   */
  promptTokens: number;
  sampling: SamplingParams;
  /** Unique per (gateway, session): replays are rejected. */
  nonce: bigint;
}

/** What a supplier signs after answering. */
export interface ResponseMetadata {
  requestHash: string;
  /** Hash chain over the streamed chunks, see {@link ResponseHasher}. */
  responseHash: string;
  promptTokens: number;
  completionTokens: number;
}

interface SamplingCodec extends Struct {
  maxTokens: u32;
  temperatureMilli: u32;
  topPMilli: u32;
  seed: Option<u64>;
}
interface EnvelopeCodec extends Struct {
  session: u64;
  app: AccountId32;
  gateway: AccountId32;
  supplier: AccountId32;
  model: u32;
  requestHash: H256;
  promptTokens: u32;
  sampling: SamplingCodec;
  nonce: u64;
}
interface ResponseCodec extends Struct {
  requestHash: H256;
  responseHash: H256;
  promptTokens: u32;
  completionTokens: u32;
}

const registry = new TypeRegistry();
registry.register({
  SibylSamplingParams: { maxTokens: 'u32', temperatureMilli: 'u32', topPMilli: 'u32', seed: 'Option<u64>' },
  SibylRelayEnvelope: {
    session: 'u64',
    app: 'AccountId32',
    gateway: 'AccountId32',
    supplier: 'AccountId32',
    model: 'u32',
    requestHash: 'H256',
    promptTokens: 'u32',
    sampling: 'SibylSamplingParams',
    nonce: 'u64',
  },
  SibylResponseMetadata: { requestHash: 'H256', responseHash: 'H256', promptTokens: 'u32', completionTokens: 'u32' },
});

/** Domain separation: a signature over one kind of message can never verify as another. */
const ENVELOPE_DOMAIN = stringToU8a('sibyl/relay-envelope/v1');
const RESPONSE_DOMAIN = stringToU8a('sibyl/response-metadata/v1');

/** blake2_256 of `bytes` as 0x-hex: the hash every Sibyl message uses. */
export function hash256(bytes: Uint8Array | string): string {
  return u8aToHex(blake2AsU8a(typeof bytes === 'string' ? stringToU8a(bytes) : bytes, 256));
}

const SEED_DOMAIN = stringToU8a('sibyl/relay-seed/v1');

/** What a client's seed is bound to: everything a relay is drawn from but the seed itself. */
export interface SeededRequest {
  /** The chain model id. */
  model: number;
  /** The relay body's JSON text, as hashed into the envelope's `requestHash`. */
  bodyText: string;
  temperatureMilli: number;
  topPMilli: number;
}

/**
 * The seed a relay is sampled with when its client fixed one: the client's seed bound to the
 * request (model, body, temperature, top-p), so the same request with the same seed still
 * reproduces its answer, while requests that differ in anything drawn from do not share draws.
 * Without the binding, a supplier holding answers drawn under a client's fixed seed could pass
 * one off as the answer to another of its prompts, and seeded replay would find that answer's
 * draws where it looks for them (docs/validator.md, "Seeds"). `max_tokens` is left out: a
 * longer limit reproduces the shorter answer and goes on.
 */
export function requestSeed(clientSeed: bigint, request: SeededRequest): bigint {
  const fields = new Uint8Array(20);
  const view = new DataView(fields.buffer);
  view.setBigUint64(0, BigInt.asUintN(64, clientSeed), true);
  view.setUint32(8, request.model, true);
  view.setUint32(12, request.temperatureMilli, true);
  view.setUint32(16, request.topPMilli, true);
  const digest = blake2AsU8a(u8aConcat(SEED_DOMAIN, fields, stringToU8a(request.bodyText)), 256);
  return new DataView(digest.buffer, digest.byteOffset, 8).getBigUint64(0, true);
}

export function encodeEnvelope(envelope: RelayEnvelope): Uint8Array {
  return registry
    .createType('SibylRelayEnvelope', envelope)
    .toU8a();
}

export function decodeEnvelope(bytes: Uint8Array): RelayEnvelope {
  const raw = registry.createType<EnvelopeCodec>('SibylRelayEnvelope', bytes);
  if (raw.encodedLength !== bytes.length) throw new Error('relay envelope has trailing bytes');
  return {
    session: raw.session.toBigInt(),
    app: encodeAddress(raw.app.toU8a()),
    gateway: encodeAddress(raw.gateway.toU8a()),
    supplier: encodeAddress(raw.supplier.toU8a()),
    model: raw.model.toNumber(),
    requestHash: raw.requestHash.toHex(),
    promptTokens: raw.promptTokens.toNumber(),
    sampling: {
      maxTokens: raw.sampling.maxTokens.toNumber(),
      temperatureMilli: raw.sampling.temperatureMilli.toNumber(),
      topPMilli: raw.sampling.topPMilli.toNumber(),
      seed: raw.sampling.seed.isSome ? raw.sampling.seed.unwrap().toBigInt() : null,
    },
    nonce: raw.nonce.toBigInt(),
  };
}

export function encodeResponseMetadata(meta: ResponseMetadata): Uint8Array {
  return registry.createType('SibylResponseMetadata', meta).toU8a();
}

export function decodeResponseMetadata(bytes: Uint8Array): ResponseMetadata {
  const raw = registry.createType<ResponseCodec>('SibylResponseMetadata', bytes);
  if (raw.encodedLength !== bytes.length) throw new Error('response metadata has trailing bytes');
  return {
    requestHash: raw.requestHash.toHex(),
    responseHash: raw.responseHash.toHex(),
    promptTokens: raw.promptTokens.toNumber(),
    completionTokens: raw.completionTokens.toNumber(),
  };
}

/**
 * Something that signs with sr25519 as `address`. A `KeyringPair` is one; {@link fastSigner}
 * makes a faster one from it.
 */
export interface RelaySigner {
  readonly address: string;
  sign(message: Uint8Array): Uint8Array;
}

/**
 * A signer backed by the schnorrkel wasm build (@polkadot/wasm-crypto): about 0.16 ms per
 * signature against 1.3 ms for the keyring's pure-JS path, which matters on every relay's
 * path to first token. Needs `cryptoWaitReady()` to have resolved, as any pair does.
 */
export function fastSigner(pair: KeyringPair): ParticipantKey {
  if (pair.type !== 'sr25519') throw new Error('relays are signed with sr25519 keys');
  if (pair.isLocked) throw new Error(`key ${pair.address} is locked`);
  const { publicKey, secretKey } = decodePair(undefined, pair.encodePkcs8(), 'none');
  return {
    address: pair.address,
    publicKey,
    sign: (message) => sr25519Sign(publicKey, secretKey, message),
    agree: (peer) => sr25519Agreement(secretKey, peer),
  };
}

/**
 * A participant's own key: signs as its chain account and agrees on a shared secret with any
 * other account's public key (schnorrkel's Diffie-Hellman on Ristretto255), which is how bus
 * payloads are encrypted to the keys staked on chain (docs/bus.md, "Private payloads").
 */
export interface ParticipantKey extends RelaySigner {
  readonly publicKey: Uint8Array;
  /** The 32-byte secret shared with `peer` (a 32-byte sr25519 public key). */
  agree(peer: Uint8Array): Uint8Array;
}

/** sr25519 verification in wasm (≈ 0.3 ms, against 2.3 ms for util-crypto's JS path). */
function verifySr25519(message: Uint8Array, signature: string, address: string): boolean {
  const sig = hexToU8a(signature);
  return sig.length === 64 && sr25519Verify(sig, message, decodeAddress(address));
}

/** Whether `signature` (0x-hex) is `address`'s sr25519 signature of `message`. Never throws on bad input. */
export function verifySignature(message: Uint8Array, signature: string, address: string): boolean {
  try {
    return verifySr25519(message, signature, address);
  } catch {
    return false;
  }
}

/** A SCALE payload and its sr25519 signature, both 0x-hex: how signed things travel. */
export interface Signed {
  payload: string;
  signature: string;
}

export function signEnvelope(envelope: RelayEnvelope, gateway: RelaySigner): Signed {
  if (gateway.address !== envelope.gateway) throw new Error('the envelope names another gateway');
  const payload = encodeEnvelope(envelope);
  return { payload: u8aToHex(payload), signature: u8aToHex(gateway.sign(u8aConcat(ENVELOPE_DOMAIN, payload))) };
}

export function signResponse(meta: ResponseMetadata, supplier: RelaySigner): Signed {
  const payload = encodeResponseMetadata(meta);
  return { payload: u8aToHex(payload), signature: u8aToHex(supplier.sign(u8aConcat(RESPONSE_DOMAIN, payload))) };
}

/** Decodes a signed envelope and checks the gateway's signature; throws on any mismatch. */
export function verifyEnvelope(signed: Signed): RelayEnvelope {
  const payload = hexToU8a(signed.payload);
  const envelope = decodeEnvelope(payload);
  if (!verifySr25519(u8aConcat(ENVELOPE_DOMAIN, payload), signed.signature, envelope.gateway)) throw new Error('bad gateway signature on the relay envelope');
  return envelope;
}

/** Decodes signed response metadata and checks it was signed by `supplier`. */
export function verifyResponse(signed: Signed, supplier: string): ResponseMetadata {
  const payload = hexToU8a(signed.payload);
  const meta = decodeResponseMetadata(payload);
  if (!verifySr25519(u8aConcat(RESPONSE_DOMAIN, payload), signed.signature, supplier)) throw new Error('bad supplier signature on the response metadata');
  return meta;
}

/**
 * The response hash: h₀ = 32 zero bytes, hᵢ = blake2_256(hᵢ₋₁ ‖ utf8(chunkᵢ)). Each side folds
 * chunks in as they stream, so hashing costs nothing at the end and no output is buffered.
 */
export class ResponseHasher {
  private state: Uint8Array = new Uint8Array(32);

  update(chunk: string): this {
    this.state = blake2AsU8a(u8aConcat(this.state, stringToU8a(chunk)), 256);
    return this;
  }

  digest(): string {
    return u8aToHex(this.state);
  }
}
