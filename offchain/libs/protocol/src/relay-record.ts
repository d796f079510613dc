/**
 * What a supplier keeps of each answered relay so a TIQE+ committee can check it later, and the
 * request/reply by which a committee member asks for it (docs/protocol.md, "TIQE+ reveals").
 *
 * A relay is named on chain by its digest, blake2_256(envelope payload ‖ response payload): both
 * signed, so the digest pins the prompt (request hash), the output (response hash chain), the
 * usage and the sampling parameters without putting any text on chain. The record carries the
 * text and the generated token ids; {@link verifyRelayRecord} checks every hash against the
 * signed parts, so a supplier cannot reveal anything but what it served.
 */
import { hexToU8a, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { decodeAddress } from '@polkadot/util-crypto';
import { sr25519Verify } from '@polkadot/wasm-crypto';
import { ProtocolError, decodeRelayBody, type RelayBody } from './messages.js';
import {
  ResponseHasher,
  hash256,
  verifyEnvelope,
  verifyResponse,
  type RelayEnvelope,
  type RelaySigner,
  type ResponseMetadata,
  type Signed,
} from './relay-envelope.js';

/** A served relay as the supplier archives it. */
export interface RelayRecord {
  envelope: Signed;
  response: Signed;
  /** The request body text the gateway hashed. */
  body: string;
  /** The output as streamed, chunk by chunk (the response hash chains over these). */
  chunks: string[];
  /** The generated token ids, when the backend reports them. */
  tokens: number[] | null;
}

/** The on-chain name of a relay. */
export function relayDigest(envelope: Signed, response: Signed): string {
  return hash256(u8aConcat(hexToU8a(envelope.payload), hexToU8a(response.payload)));
}

export interface VerifiedRelay {
  digest: string;
  envelope: RelayEnvelope;
  response: ResponseMetadata;
  body: RelayBody;
  text: string;
  tokens: number[] | null;
}

/** Checks a revealed record against its signatures and hashes; throws {@link ProtocolError} on any mismatch. */
export function verifyRelayRecord(record: RelayRecord, supplier: string): VerifiedRelay {
  let envelope: RelayEnvelope;
  let response: ResponseMetadata;
  try {
    envelope = verifyEnvelope(record.envelope);
    response = verifyResponse(record.response, supplier);
  } catch (error) {
    throw new ProtocolError((error as Error).message);
  }
  if (envelope.supplier !== supplier) throw new ProtocolError('the relay names another supplier');
  if (hash256(record.body) !== envelope.requestHash) throw new ProtocolError('the body does not match the signed request hash');
  if (response.requestHash !== envelope.requestHash) throw new ProtocolError('the response answers another request');
  const hasher = new ResponseHasher();
  for (const chunk of record.chunks) hasher.update(chunk);
  if (hasher.digest() !== response.responseHash) throw new ProtocolError('the output does not match the signed response hash');
  if (record.tokens && record.tokens.length !== response.completionTokens) {
    throw new ProtocolError(`${record.tokens.length} token ids for ${response.completionTokens} completion tokens`);
  }
  return {
    digest: relayDigest(record.envelope, record.response),
    envelope,
    response,
    body: decodeRelayBody(record.body),
    text: record.chunks.join(''),
    tokens: record.tokens,
  };
}

/** Validator → supplier on `sibyl.validator.reveal.<supplier>`: reveal relay `digest` sampled in `round`. */
export interface RevealRequest {
  /** The TIQE+ round id (u64, decimal). */
  round: string;
  digest: string;
  validator: string;
  /** sr25519 over the domain-separated `round:digest`, by `validator`. */
  signature: string;
}

/** Supplier → validator. */
export type RevealReply =
  | { t: 'relay'; record: RelayRecord }
  | { t: 'error'; code: 'not_found' | 'unauthorized' | 'bad_request'; message: string };

const REVEAL_DOMAIN = stringToU8a('sibyl/reveal-request/v1');
const revealMessage = (round: string, digest: string) => u8aConcat(REVEAL_DOMAIN, stringToU8a(`${round}:${digest}`));

export function signRevealRequest(round: bigint, digest: string, validator: RelaySigner): RevealRequest {
  const r = round.toString();
  return { round: r, digest, validator: validator.address, signature: u8aToHex(validator.sign(revealMessage(r, digest))) };
}

const isHex = (v: unknown, bytes: number): v is string => typeof v === 'string' && v.length === 2 + 2 * bytes && /^0x[0-9a-f]*$/i.test(v);

/** Parses a reveal request and checks its signature. */
export function decodeRevealRequest(bytes: Uint8Array): RevealRequest {
  let m: Partial<RevealRequest>;
  try {
    m = JSON.parse(new TextDecoder().decode(bytes)) as Partial<RevealRequest>;
  } catch {
    throw new ProtocolError('reveal request is not JSON');
  }
  if (typeof m.round !== 'string' || !/^\d{1,20}$/.test(m.round) || !isHex(m.digest, 32) || typeof m.validator !== 'string' || !isHex(m.signature, 64)) {
    throw new ProtocolError('malformed reveal request');
  }
  let ok = false;
  try {
    ok = sr25519Verify(hexToU8a(m.signature), revealMessage(m.round, m.digest), decodeAddress(m.validator));
  } catch {
    ok = false;
  }
  if (!ok) throw new ProtocolError('bad validator signature on the reveal request');
  return { round: m.round, digest: m.digest, validator: m.validator, signature: m.signature };
}

export function decodeRevealReply(bytes: Uint8Array): RevealReply {
  let m: { t?: unknown; record?: Partial<RelayRecord>; code?: unknown; message?: unknown };
  try {
    m = JSON.parse(new TextDecoder().decode(bytes)) as typeof m;
  } catch {
    throw new ProtocolError('reveal reply is not JSON');
  }
  if (m.t === 'error' && typeof m.message === 'string' && (m.code === 'not_found' || m.code === 'unauthorized' || m.code === 'bad_request')) {
    return { t: 'error', code: m.code, message: m.message };
  }
  const r = m.record;
  if (
    m.t === 'relay' &&
    r &&
    typeof r.body === 'string' &&
    Array.isArray(r.chunks) &&
    r.chunks.every((c) => typeof c === 'string') &&
    (r.tokens === null || (Array.isArray(r.tokens) && r.tokens.every((t) => Number.isInteger(t)))) &&
    r.envelope &&
    r.response
  ) {
    return { t: 'relay', record: { envelope: r.envelope, response: r.response, body: r.body, chunks: r.chunks, tokens: r.tokens ?? null } };
  }
  throw new ProtocolError('malformed reveal reply');
}

export function encodeReveal(message: RevealRequest | RevealReply): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(message));
}
