/**
 * A relay claim's path proof as the chain's `relayMining.submitProof` takes it (the pallet's
 * `PathProof`). The tree's leaf is the full relay leaf (relay-leaf.ts), but a proof sends only what
 * the claim does not imply: session, application, supplier and model are the claim's, and the
 * response's request hash is the envelope's, so the chain rebuilds both signed payloads from these
 * fields (`CompactRelay::expand`) and a relay of any other claim fails there. The weight is not sent
 * either: the chain weighs the leaf by its signed usage. SCALE, in order:
 *
 *   gateway              [u8; 32]
 *   request_hash         [u8; 32]
 *   signed_prompt_tokens Compact<u32>  (the envelope's prompt-token bound)
 *   sampling             (u32 max_tokens, u32 temperature_milli, u32 top_p_milli, Option<u64> seed)
 *   nonce              Compact<u64>
 *   envelope_signature [u8; 64]
 *   response_hash      [u8; 32]
 *   prompt_tokens      Compact<u32>
 *   completion_tokens  Compact<u32>
 *   response_signature [u8; 64]
 *   siblings           Vec<Option<Sibling>> (proof.ts, encodeSiblings)
 *
 * A proof opens several paths of one tree, in path order, and every path after the first sends
 * only the siblings below the depth where its key leaves the previous path's: above it the two
 * branches are the same, and at it each one's sibling is the other's node, which the chain has
 * just computed (`sum_tree::join_branch`).
 */
import { concatBytes } from './bytes.js';
import { encodeSiblings, type SumTreeProof } from './proof.js';
import { keyBit } from './node-summary.js';
import { relayLeafParts } from './relay-leaf.js';
import type { PathProof } from './sum-tree.js';
import { encodeCompactU32, encodeCompactU64 } from './scale-compact.js';

/**
 * The SCALE `PathProof`s of a claim's proof paths 0, 1, … (`paths[i]` is `tree.prove(i, seed)`),
 * ready for `submitProof`; throws RangeError if a value is no relay leaf.
 */
export function encodeRelayPathProofs(paths: readonly Pick<PathProof, 'key' | 'proof'>[]): Uint8Array[] {
  let previous: { key: Uint8Array; depth: number } | undefined;
  return paths.map(({ key, proof }) => {
    let shared = 0;
    if (previous) {
      let split = 0;
      while (split < 256 && keyBit(key, split) === keyBit(previous.key, split)) split++;
      shared = Math.min(split + 1, previous.depth);
    }
    previous = { key, depth: proof.siblings.length };
    return encodeRelayPathProof({ ...proof, siblings: proof.siblings.slice(shared) });
  });
}

/** The envelope payload's layout (offchain/libs/protocol's SCALE RelayEnvelope): byte offsets. */
const ENVELOPE = { gateway: 40, requestHash: 108, promptTokens: 140, sampling: 144, seedTag: 156, bytesWithoutSeed: 165, bytesWithSeed: 173 } as const;
/** The response payload's layout (SCALE ResponseMetadata): byte offsets and length. */
const RESPONSE = { responseHash: 32, promptTokens: 64, completionTokens: 68, bytes: 72 } as const;

/**
 * One path's SCALE `PathProof` with all of `proof`'s siblings (the first path of a proof). The
 * fields are cut from the signed payloads by their fixed SCALE layout, so this module needs no
 * type registry (the relay miner's memory is measured with this package alone loaded).
 */
export function encodeRelayPathProof(proof: SumTreeProof): Uint8Array {
  const { envelope, envelopeSignature, response, responseSignature } = relayLeafParts(proof.value);
  const seedTag = envelope[ENVELOPE.seedTag];
  if (seedTag !== 0 && seedTag !== 1) throw new RangeError(`a relay envelope with option tag ${seedTag}`);
  const withSeed = seedTag === 1;
  if (envelope.length !== (withSeed ? ENVELOPE.bytesWithSeed : ENVELOPE.bytesWithoutSeed)) throw new RangeError(`a relay envelope of ${envelope.length} bytes`);
  if (response.length !== RESPONSE.bytes) throw new RangeError(`response metadata of ${response.length} bytes`);
  const nonceAt = envelope.length - 8;
  const envelopeView = new DataView(envelope.buffer, envelope.byteOffset, envelope.length);
  const responseView = new DataView(response.buffer, response.byteOffset, response.length);
  return concatBytes(
    envelope.subarray(ENVELOPE.gateway, ENVELOPE.gateway + 32),
    envelope.subarray(ENVELOPE.requestHash, ENVELOPE.requestHash + 32),
    encodeCompactU32(envelopeView.getUint32(ENVELOPE.promptTokens, true)),
    envelope.subarray(ENVELOPE.sampling, nonceAt),
    encodeCompactU64(envelopeView.getBigUint64(nonceAt, true)),
    envelopeSignature,
    response.subarray(RESPONSE.responseHash, RESPONSE.responseHash + 32),
    encodeCompactU32(responseView.getUint32(RESPONSE.promptTokens, true)),
    encodeCompactU32(responseView.getUint32(RESPONSE.completionTokens, true)),
    responseSignature,
    encodeSiblings(proof.siblings),
  );
}
