/**
 * A relay claim's path proof as the chain's `relayMining.submitProof` takes it (the pallet's
 * `PathProof`). The tree's leaf is the full relay leaf (relay-leaf.ts), but a proof sends only what
 * the claim does not imply: session, application, supplier and model are the claim's, and the
 * response's request hash is the envelope's, so the chain rebuilds both signed payloads from these
 * fields (`CompactRelay::expand`) and a relay of any other claim fails there. The weight is not sent
 * either: the chain weighs the leaf by its signed usage. SCALE, in order:
 *
 *   gateway            [u8; 32]
 *   request_hash       [u8; 32]
 *   sampling           (u32 max_tokens, u32 temperature_milli, u32 top_p_milli, Option<u64> seed)
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
import { hexToU8a, u8aConcat } from '@polkadot/util';
import { decodeAddress } from '@polkadot/util-crypto';
import { decodeEnvelope, decodeResponseMetadata } from '@sibyl/protocol';
import { encodeSiblings, type SumTreeProof } from './proof.js';
import { keyBit } from './node-summary.js';
import { decodeRelayLeaf } from './relay-leaf.js';
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

/** One path's SCALE `PathProof` with all of `proof`'s siblings (the first path of a proof). */
export function encodeRelayPathProof(proof: SumTreeProof): Uint8Array {
  const { envelope, response } = decodeRelayLeaf(proof.value);
  const fields = decodeEnvelope(hexToU8a(envelope.payload));
  const usage = decodeResponseMetadata(hexToU8a(response.payload));
  const sampling = new Uint8Array(12 + (fields.sampling.seed === null ? 1 : 9));
  const view = new DataView(sampling.buffer);
  view.setUint32(0, fields.sampling.maxTokens, true);
  view.setUint32(4, fields.sampling.temperatureMilli, true);
  view.setUint32(8, fields.sampling.topPMilli, true);
  if (fields.sampling.seed !== null) {
    sampling[12] = 1;
    view.setBigUint64(13, fields.sampling.seed, true);
  }
  return u8aConcat(
    decodeAddress(fields.gateway),
    hexToU8a(fields.requestHash),
    sampling,
    encodeCompactU64(fields.nonce),
    hexToU8a(envelope.signature),
    hexToU8a(usage.responseHash),
    encodeCompactU32(usage.promptTokens),
    encodeCompactU32(usage.completionTokens),
    hexToU8a(response.signature),
    encodeSiblings(proof.siblings),
  );
}
