/**
 * The JSON messages that travel over NATS between gateway, supplier and validator. Every decoder
 * validates its input and throws {@link ProtocolError} on anything malformed, so a peer's bad bytes
 * never become an exception deep inside a handler.
 */
import { u8aConcat, u8aToHex, stringToU8a } from '@polkadot/util';
import { verifySignature, type RelaySigner, type Signed } from './relay-envelope.js';

export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
}

/** One chat message, as in OpenAI's API (text content only). */
export interface ChatMessage {
  role: 'system' | 'developer' | 'user' | 'assistant';
  content: string;
}

/** What the model is asked, hashed into the envelope's `requestHash` (as the exact `body` string). */
export type RelayBody =
  | { kind: 'chat'; messages: ChatMessage[]; stop: string[] }
  | { kind: 'completion'; prompt: string; stop: string[] };

/** Gateway → supplier on `sibyl.relay.<supplier>`; replies stream to the NATS reply subject. */
export interface RelayRequest {
  /** The gateway's signed SCALE {@link RelayEnvelope}. */
  envelope: Signed;
  /** The JSON text of a {@link RelayBody}; blake2_256 of its UTF-8 bytes is the request hash. */
  body: string;
}

/**
 * Gateway → supplier on `sibyl.relay.<supplier>.cancel`: stop the relay the gateway signed with
 * this nonce in this session. Relays are named by (gateway, session, nonce), which is unique,
 * not by request hash: two clients may send the same prompt. The gateway signs it, and a supplier
 * stops only a relay that gateway sent, so nobody can cancel another's stream.
 */
export interface RelayCancel {
  gateway: string;
  session: bigint;
  nonce: bigint;
}

/** Why a supplier refused or failed a relay. */
export type RelayErrorCode =
  | 'busy'
  | 'bad_request'
  | 'unauthorized'
  | 'replay'
  | 'context_length_exceeded'
  | 'model_not_served'
  | 'internal';

/** Supplier → gateway, in order, on the request's reply subject. */
export type RelayFrame =
  /** Accepted: generation is starting. `promptTokens` is the tokenized prompt length. */
  | { t: 'accepted'; promptTokens: number }
  /** A piece of output text, `seq` counting from 0. */
  | { t: 'chunk'; seq: number; text: string }
  /** Finished: the supplier's signed {@link ResponseMetadata}. */
  | { t: 'done'; finishReason: 'stop' | 'length'; response: Signed }
  /** Refused before starting, or failed during generation. */
  | { t: 'error'; code: RelayErrorCode; message: string };

/** A supplier's periodic status on `sibyl.heartbeat.<supplier>`. */
export interface Heartbeat {
  supplier: string;
  /** Chain model ids served. */
  models: number[];
  /** Requests being generated now. */
  active: number;
  /** Requests it accepts at once before answering busy. */
  capacity: number;
  /** Recent generation speed, completion tokens per second over all requests. */
  tokensPerSecond: number;
  /** Milliseconds since the epoch when sent. */
  at: number;
  /**
   * Names the supplier's current bus connection (new on every start and reconnect). A relay sent
   * over an earlier one cannot be answered any more (its reply permission went with it), so a
   * gateway fails such a relay at once instead of waiting for it to go idle.
   */
  link?: string;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeMessage(message: RelayRequest | RelayFrame): Uint8Array {
  return encoder.encode(JSON.stringify(message));
}

/** Domain separation for the bus's signed control messages. */
const CANCEL_DOMAIN = 'sibyl/relay-cancel/v1:';
const HEARTBEAT_DOMAIN = 'sibyl/heartbeat/v1:';

/** The text a signed control message signs, carried as is so the verifier checks the same bytes. */
interface SignedText {
  text: string;
  signature: string;
}

function signText(domain: string, text: string, signer: RelaySigner): Uint8Array {
  const signed: SignedText = { text, signature: u8aToHex(signer.sign(u8aConcat(stringToU8a(domain), stringToU8a(text)))) };
  return encoder.encode(JSON.stringify(signed));
}

/** The signed text's fields, if `address(fields)` signed it; throws {@link ProtocolError} otherwise. */
function openSignedText(domain: string, bytes: Uint8Array, signerOf: (fields: Record<string, unknown>) => unknown, what: string): Record<string, unknown> {
  const m = parse(bytes);
  if (typeof m.text !== 'string' || typeof m.signature !== 'string') throw new ProtocolError(`${what} is not signed`);
  const fields = parse(encoder.encode(m.text));
  const signer = signerOf(fields);
  if (typeof signer !== 'string' || !verifySignature(u8aConcat(stringToU8a(domain), stringToU8a(m.text)), m.signature, signer)) {
    throw new ProtocolError(`${what} is not signed by the account it names`);
  }
  return fields;
}

/** A cancel signed by its gateway. */
export function encodeRelayCancel(cancel: RelayCancel, gateway: RelaySigner): Uint8Array {
  if (gateway.address !== cancel.gateway) throw new Error('a cancel is signed by the gateway it names');
  return signText(CANCEL_DOMAIN, JSON.stringify({ gateway: cancel.gateway, session: cancel.session.toString(), nonce: cancel.nonce.toString() }), gateway);
}

/** A heartbeat signed by its supplier. */
export function encodeHeartbeat(heartbeat: Heartbeat, supplier: RelaySigner): Uint8Array {
  if (supplier.address !== heartbeat.supplier) throw new Error('a heartbeat is signed by the supplier it names');
  return signText(HEARTBEAT_DOMAIN, JSON.stringify(heartbeat), supplier);
}

function parse(bytes: Uint8Array): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(decoder.decode(bytes));
  } catch {
    throw new ProtocolError('message is not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ProtocolError('message is not a JSON object');
  }
  return value as Record<string, unknown>;
}

const isHex = (v: unknown, bytes?: number): v is string =>
  typeof v === 'string' && /^0x([0-9a-f]{2})*$/i.test(v) && (bytes === undefined || v.length === 2 + 2 * bytes);

function signed(v: unknown, what: string): Signed {
  const s = v as Partial<Signed> | null;
  if (typeof s !== 'object' || s === null || !isHex(s.payload) || !isHex(s.signature, 64)) {
    throw new ProtocolError(`${what} is not a signed payload`);
  }
  return { payload: s.payload, signature: s.signature };
}

export function decodeRelayRequest(bytes: Uint8Array): RelayRequest {
  const m = parse(bytes);
  if (typeof m.body !== 'string') throw new ProtocolError('relay request has no body');
  return { envelope: signed(m.envelope, 'relay envelope'), body: m.body };
}

const isUint = (v: unknown): v is string => typeof v === 'string' && /^\d{1,20}$/.test(v);

/** A cancel, checked to be signed by the gateway it names. */
export function decodeRelayCancel(bytes: Uint8Array): RelayCancel {
  const m = openSignedText(CANCEL_DOMAIN, bytes, (f) => f.gateway, 'a cancel');
  if (typeof m.gateway !== 'string' || !isUint(m.session) || !isUint(m.nonce)) {
    throw new ProtocolError('a cancel names a gateway, a session and a nonce');
  }
  return { gateway: m.gateway, session: BigInt(m.session), nonce: BigInt(m.nonce) };
}

const ROLES = new Set(['system', 'developer', 'user', 'assistant']);

/** Parses and validates a relay body; the supplier uses exactly what the gateway hashed. */
export function decodeRelayBody(text: string): RelayBody {
  const m = parse(encoder.encode(text));
  const stop = m.stop ?? [];
  if (!Array.isArray(stop) || !stop.every((s) => typeof s === 'string')) throw new ProtocolError('stop must be strings');
  if (m.kind === 'chat') {
    const messages = m.messages;
    if (!Array.isArray(messages) || messages.length === 0) throw new ProtocolError('chat body needs messages');
    for (const msg of messages) {
      const mm = msg as Partial<ChatMessage> | null;
      if (typeof mm !== 'object' || mm === null || !ROLES.has(mm.role as string) || typeof mm.content !== 'string') {
        throw new ProtocolError('chat message needs a role and text content');
      }
    }
    return { kind: 'chat', messages: messages as ChatMessage[], stop: stop as string[] };
  }
  if (m.kind === 'completion') {
    if (typeof m.prompt !== 'string') throw new ProtocolError('completion body needs a prompt');
    return { kind: 'completion', prompt: m.prompt, stop: stop as string[] };
  }
  throw new ProtocolError('unknown body kind');
}

const ERROR_CODES = new Set<RelayErrorCode>([
  'busy',
  'bad_request',
  'unauthorized',
  'replay',
  'context_length_exceeded',
  'model_not_served',
  'internal',
]);

export function decodeRelayFrame(bytes: Uint8Array): RelayFrame {
  const m = parse(bytes);
  switch (m.t) {
    case 'accepted':
      if (typeof m.promptTokens !== 'number') break;
      return { t: 'accepted', promptTokens: m.promptTokens };
    case 'chunk':
      if (typeof m.seq !== 'number' || typeof m.text !== 'string') break;
      return { t: 'chunk', seq: m.seq, text: m.text };
    case 'done':
      if (m.finishReason !== 'stop' && m.finishReason !== 'length') break;
      return { t: 'done', finishReason: m.finishReason, response: signed(m.response, 'response metadata') };
    case 'error':
      if (!ERROR_CODES.has(m.code as RelayErrorCode) || typeof m.message !== 'string') break;
      return { t: 'error', code: m.code as RelayErrorCode, message: m.message };
  }
  throw new ProtocolError('malformed relay frame');
}

/** A heartbeat, checked to be signed by the supplier it names. */
export function decodeHeartbeat(bytes: Uint8Array): Heartbeat {
  const m = openSignedText(HEARTBEAT_DOMAIN, bytes, (f) => f.supplier, 'a heartbeat');
  const nums = ['active', 'capacity', 'tokensPerSecond', 'at'] as const;
  if (typeof m.supplier !== 'string' || !Array.isArray(m.models) || !nums.every((k) => typeof m[k] === 'number')) {
    throw new ProtocolError('malformed heartbeat');
  }
  return m as unknown as Heartbeat;
}

/** What the dispatcher publishes on `sibyl.jobs.<supplier>`: only the job id; the job is read from chain. */
export interface JobNotice {
  job: bigint;
}

export function encodeJobNotice(notice: JobNotice): Uint8Array {
  return encoder.encode(JSON.stringify({ job: notice.job.toString() }));
}

export function decodeJobNotice(bytes: Uint8Array): JobNotice {
  const m = parse(bytes);
  if (typeof m.job !== 'string' || !/^\d{1,20}$/.test(m.job)) throw new ProtocolError('a job notice names a job id');
  return { job: BigInt(m.job) };
}
