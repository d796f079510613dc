/**
 * End-to-end encryption of what crosses the bus (docs/bus.md, "Private payloads"). Prompts and
 * outputs are sealed to the chain accounts of the two parties that must read them, so whoever
 * runs the NATS servers carries only ciphertext:
 *
 * - The two parties agree on a secret from their staked sr25519 keys (schnorrkel Diffie-Hellman,
 *   {@link ParticipantKey.agree}); nothing else needs publishing on chain.
 * - Each conversation (one relay, one reveal reply) draws a fresh random salt; its keys are
 *   blake2_256(domain ‖ purpose ‖ direction ‖ salt ‖ secret), one per direction.
 * - Messages are sealed with XSalsa20-Poly1305 (NaCl's secretbox) with the message's index in its
 *   direction as the nonce, so a frame that is replayed, reordered, or injected by anyone but the
 *   two parties fails to open. That authenticates every frame (errors and refusals included) as
 *   the peer's without a signature per frame.
 *
 * Why secretbox and not Node's AES-256-GCM: with a cipher object per frame, AES-GCM slowed the
 * supplier's generation by about a tenth on this project's machines (bench/bus.bench.ts); the
 * same sealing through the pure-JS secretbox costs about 10 µs a frame and no measurable speed.
 */
import { randomBytes } from 'node:crypto';
import nacl from 'tweetnacl';
import { u8aConcat, stringToU8a, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, decodeAddress, encodeAddress } from '@polkadot/util-crypto';
import type { ParticipantKey } from './relay-envelope.js';

const SEAL_DOMAIN = 'sibyl/bus-seal/v1';
export const SALT_BYTES = 16;

export class SealError extends Error {
  override readonly name = 'SealError';
}

/**
 * Shared secrets with peers, computed once per peer (an agreement costs about a millisecond) and
 * kept in a bounded cache, least recently used first out.
 */
export class PeerSecrets {
  private readonly cache = new Map<string, Uint8Array>();

  constructor(
    readonly key: ParticipantKey,
    private readonly capacity = 4096,
  ) {}

  get address(): string {
    return this.key.address;
  }

  /** The secret shared with `peer`, an SS58 address or a 32-byte public key. */
  with(peer: string | Uint8Array): Uint8Array {
    const publicKey = typeof peer === 'string' ? decodeAddress(peer) : peer;
    if (publicKey.length !== 32) throw new SealError('a peer key is 32 bytes');
    const id = u8aToHex(publicKey);
    const hit = this.cache.get(id);
    if (hit) {
      this.cache.delete(id);
      this.cache.set(id, hit);
      return hit;
    }
    let secret: Uint8Array;
    try {
      secret = this.key.agree(publicKey);
    } catch (error) {
      throw new SealError(`no shared key with ${encodeAddress(publicKey)}: ${(error as Error).message}`);
    }
    this.cache.set(id, secret);
    if (this.cache.size > this.capacity) this.cache.delete(this.cache.keys().next().value!);
    return secret;
  }
}

/** One direction of one conversation: seals or opens its messages in order (at most 2³² of them). */
export class SealedDirection {
  private index = 0;

  constructor(private readonly key: Uint8Array) {}

  /** The 24-byte nonce of the message at `index`: its big-endian index, zero-padded. */
  private nonce(): Uint8Array {
    const nonce = new Uint8Array(24);
    new DataView(nonce.buffer).setUint32(20, this.index);
    return nonce;
  }

  seal(plaintext: Uint8Array): Uint8Array {
    const out = nacl.secretbox(plaintext, this.nonce(), this.key);
    this.index++;
    return out;
  }

  /**
   * The next message's plaintext, or `undefined` if `sealed` is not the peer's next message (a
   * stranger's, a replay, or out of order); a message that fails to open does not advance.
   */
  open(sealed: Uint8Array): Uint8Array | undefined {
    const out = nacl.secretbox.open(sealed, this.nonce(), this.key);
    if (!out) return undefined;
    this.index++;
    return out;
  }
}

/** Both directions of a conversation between the party that opened it and its peer. */
export interface Conversation {
  /** Opener → peer. */
  forward: SealedDirection;
  /** Peer → opener. */
  backward: SealedDirection;
}

/** The keys of the conversation with `salt` under `secret`, for `purpose` ('relay', 'reveal'). */
export function conversation(secret: Uint8Array, salt: Uint8Array, purpose: string): Conversation {
  const key = (direction: string) => blake2AsU8a(u8aConcat(stringToU8a(`${SEAL_DOMAIN}/${purpose}/${direction}`), salt, secret), 256);
  return { forward: new SealedDirection(key('forward')), backward: new SealedDirection(key('backward')) };
}

/** A fresh conversation salt. */
export function newSalt(): Uint8Array {
  return randomBytes(SALT_BYTES);
}
