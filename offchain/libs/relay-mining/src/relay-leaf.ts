/**
 * The value of a mined relay's leaf: what the chain needs to check the relay, and nothing of the
 * prompt or output (docs/relay-mining.md, "Mining (supplier side)"). SCALE, fields in order:
 *
 *   envelope:           Vec<u8>   the gateway-signed envelope payload (SCALE RelayEnvelope)
 *   envelope_signature: [u8; 64]  sr25519 by the gateway
 *   response:           Vec<u8>   the supplier-signed response metadata payload
 *   response_signature: [u8; 64]  sr25519 by the supplier
 *
 * The payloads stay byte strings, not nested structs, because the signatures cover those exact
 * bytes. The leaf's key (its mining key) is blake2_256 of the envelope payload alone: the gateway
 * fixes it by signing before the supplier answers, so a supplier cannot re-generate or re-chunk an
 * answer until its relay happens to be mined, as a key over the response would let it.
 */
import type { Signed } from '@sibyl/protocol';
import { blake2b256 } from './blake2.js';
import { bytesToHex, hexToBytes } from './bytes.js';
import { decodeCompactU32, encodeCompactU32 } from './scale-compact.js';

const SIGNATURE_BYTES = 64;

export function encodeRelayLeaf(envelope: Signed, response: Signed): Uint8Array {
  const parts = [hexToBytes(envelope.payload), hexToBytes(envelope.signature), hexToBytes(response.payload), hexToBytes(response.signature)] as const;
  if (parts[1].length !== SIGNATURE_BYTES || parts[3].length !== SIGNATURE_BYTES) throw new RangeError('relay signatures are 64 bytes');
  const envelopeLength = encodeCompactU32(parts[0].length);
  const responseLength = encodeCompactU32(parts[2].length);
  const out = new Uint8Array(envelopeLength.length + parts[0].length + SIGNATURE_BYTES + responseLength.length + parts[2].length + SIGNATURE_BYTES);
  let at = 0;
  for (const part of [envelopeLength, parts[0], parts[1], responseLength, parts[2], parts[3]]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The leaf's two payloads and signatures without copying; throws RangeError on malformed bytes. */
export function relayLeafParts(value: Uint8Array): { envelope: Uint8Array; envelopeSignature: Uint8Array; response: Uint8Array; responseSignature: Uint8Array } {
  const [envelopeLength, envelopeAt] = decodeCompactU32(value, 0);
  const envelopeEnd = envelopeAt + envelopeLength;
  const [responseLength, responseAt] = decodeCompactU32(value, envelopeEnd + SIGNATURE_BYTES);
  const responseEnd = responseAt + responseLength;
  if (responseEnd + SIGNATURE_BYTES !== value.length) throw new RangeError('a relay leaf has the wrong length');
  return {
    envelope: value.subarray(envelopeAt, envelopeEnd),
    envelopeSignature: value.subarray(envelopeEnd, envelopeEnd + SIGNATURE_BYTES),
    response: value.subarray(responseAt, responseEnd),
    responseSignature: value.subarray(responseEnd, responseEnd + SIGNATURE_BYTES),
  };
}

export function decodeRelayLeaf(value: Uint8Array): { envelope: Signed; response: Signed } {
  const p = relayLeafParts(value);
  return {
    envelope: { payload: bytesToHex(p.envelope), signature: bytesToHex(p.envelopeSignature) },
    response: { payload: bytesToHex(p.response), signature: bytesToHex(p.responseSignature) },
  };
}

/** A relay's mining key: blake2_256 of its envelope payload (checks the whole leaf's layout). */
export function relayLeafKey(value: Uint8Array): Uint8Array {
  return blake2b256(relayLeafParts(value).envelope);
}

/** The mining key of a signed envelope, before the relay is answered. */
export function miningKey(envelope: Signed): Uint8Array {
  return blake2b256(hexToBytes(envelope.payload));
}
