/**
 * How relays and reveals travel sealed (docs/bus.md, "Private payloads"; the sealing itself is in
 * sealing.ts).
 *
 * A relay request on `sibyl.relay.<supplier>` is `version (1) ‖ gateway public key (32) ‖ salt (16)
 * ‖ sealed RelayRequest JSON`; every frame the supplier streams back is one sealed RelayFrame JSON,
 * the n-th frame sealed with index n. A reveal reply is `salt (16) ‖ sealed RevealReply JSON`
 * under the supplier–validator secret. Nothing but the gateway's public key and the salts travels
 * in clear.
 */
import { u8aConcat } from '@polkadot/util';
import { encodeAddress } from '@polkadot/util-crypto';
import { ProtocolError, decodeRelayFrame, decodeRelayRequest, encodeMessage, type RelayFrame, type RelayRequest } from './messages.js';
import { decodeRevealReply, encodeReveal, type RevealReply } from './relay-record.js';
import { conversation, newSalt, SALT_BYTES, type PeerSecrets, type SealedDirection } from './sealing.js';

const RELAY_WIRE_VERSION = 1;
const RELAY_HEADER_BYTES = 1 + 32 + SALT_BYTES;

/** Reads a supplier's sealed frames on the gateway's side. */
export class RelayFrameReader {
  constructor(private readonly direction: SealedDirection) {}

  /**
   * The next frame, or `undefined` when `bytes` is not the supplier's next sealed frame (someone
   * else's bytes on the inbox are ignored, never believed). Throws {@link ProtocolError} when the
   * supplier's own frame is malformed.
   */
  open(bytes: Uint8Array): RelayFrame | undefined {
    const plaintext = this.direction.open(bytes);
    return plaintext && decodeRelayFrame(plaintext);
  }
}

/** Seals the supplier's frames for the gateway. */
export class RelayFrameWriter {
  constructor(private readonly direction: SealedDirection) {}

  seal(frame: RelayFrame): Uint8Array {
    return this.direction.seal(encodeMessage(frame));
  }
}

/** Gateway: the bytes to publish to `supplier`, and the reader for its answer. */
export function sealRelayRequest(secrets: PeerSecrets, supplier: string, request: RelayRequest): { bytes: Uint8Array; frames: RelayFrameReader } {
  const salt = newSalt();
  const talk = conversation(secrets.with(supplier), salt, 'relay');
  const bytes = u8aConcat(Uint8Array.of(RELAY_WIRE_VERSION), secrets.key.publicKey, salt, talk.forward.seal(encodeMessage(request)));
  return { bytes, frames: new RelayFrameReader(talk.backward) };
}

/** Supplier: a sealed relay request whose sender is known but whose content is not opened yet. */
export class SealedRelayRequest {
  private constructor(
    /** The SS58 address the request claims to come from; its envelope must name the same gateway. */
    readonly gateway: string,
    /** Seals this relay's frames back to the gateway. */
    readonly frames: RelayFrameWriter,
    private readonly forward: SealedDirection,
    private readonly sealed: Uint8Array,
  ) {}

  /** Reads the header; throws {@link ProtocolError} when no answer could reach the sender. */
  static read(secrets: PeerSecrets, bytes: Uint8Array): SealedRelayRequest {
    if (bytes.length < RELAY_HEADER_BYTES || bytes[0] !== RELAY_WIRE_VERSION) throw new ProtocolError('not a sealed relay request');
    const gatewayKey = bytes.subarray(1, 33);
    const talk = conversation(secrets.with(gatewayKey), bytes.subarray(33, RELAY_HEADER_BYTES), 'relay');
    return new SealedRelayRequest(encodeAddress(gatewayKey), new RelayFrameWriter(talk.backward), talk.forward, bytes.subarray(RELAY_HEADER_BYTES));
  }

  /** The request; throws {@link ProtocolError} if it was not sealed by the gateway to this supplier. */
  open(): RelayRequest {
    const plaintext = this.forward.open(this.sealed);
    if (!plaintext) throw new ProtocolError('the relay request was not sealed to this supplier by its gateway');
    const request = decodeRelayRequest(plaintext);
    return request;
  }
}

/** Supplier: a reveal reply only `validator` can open. */
export function sealRevealReply(secrets: PeerSecrets, validator: string, reply: RevealReply): Uint8Array {
  const salt = newSalt();
  return u8aConcat(salt, conversation(secrets.with(validator), salt, 'reveal').forward.seal(encodeReveal(reply)));
}

/**
 * Validator: the reply if `supplier` sealed it to us, else `undefined` (a stranger's reply is
 * ignored, so it cannot make an honest supplier look as if it withheld).
 */
export function openRevealReply(secrets: PeerSecrets, supplier: string, bytes: Uint8Array): RevealReply | undefined {
  if (bytes.length <= SALT_BYTES) return undefined;
  const plaintext = conversation(secrets.with(supplier), bytes.subarray(0, SALT_BYTES), 'reveal').forward.open(bytes.subarray(SALT_BYTES));
  return plaintext && decodeRevealReply(plaintext);
}
