/**
 * End-to-end encryption of what crosses the bus (docs/bus.md, "Private payloads"). Prompts and
 * outputs are sealed to the chain accounts of the two parties that must read them, so whoever
 * runs the NATS servers carries only ciphertext:
 *
 * - The two parties agree on a secret from their staked sr25519 keys (schnorrkel Diffie-Hellman,
 *   {@link ParticipantKey.agree}); nothing else needs publishing on chain.
 * - Each conversation (one relay, one reveal reply) draws a fresh random salt; its keys are
 *   blake2_256(domain ‖ purpose ‖ direction ‖ salt ‖ secret), one per direction.
 * - Messages are AES-256-GCM sealed with the message's index in its direction as the nonce, so a
 *   frame that is replayed, reordered, or injected by anyone but the two parties fails to open.
 *   That authenticates every frame (errors and refusals included) as the peer's without a
 *   signature per frame.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { u8aConcat, stringToU8a, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, decodeAddress, encodeAddress } from '@polkadot/util-crypto';
import type { ParticipantKey } from './relay-envelope.js';

const SEAL_DOMAIN = 'sibyl/bus-seal/v1';
const TAG_BYTES = 16;
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

/** One direction of one conversation: seals or opens its messages in order. */
export class SealedDirection {
  private index = 0;

  constructor(private readonly key: Uint8Array) {}

  private nonce(): Buffer {
    const nonce = Buffer.alloc(12);
    nonce.writeUInt32BE(this.index, 8);
    return nonce;
  }

  seal(plaintext: Uint8Array): Uint8Array {
    const cipher = createCipheriv('aes-256-gcm', this.key, this.nonce());
    const body = cipher.update(plaintext);
    cipher.final();
    this.index++;
    return Buffer.concat([body, cipher.getAuthTag()]);
  }

  /**
   * The next message's plaintext, or `undefined` if `sealed` is not the peer's next message (a
   * stranger's, a replay, or out of order); a message that fails to open does not advance.
   */
  open(sealed: Uint8Array): Uint8Array | undefined {
    if (sealed.length < TAG_BYTES) return undefined;
    const decipher = createDecipheriv('aes-256-gcm', this.key, this.nonce());
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    try {
      const body = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
      decipher.final();
      this.index++;
      return body;
    } catch {
      return undefined;
    }
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
