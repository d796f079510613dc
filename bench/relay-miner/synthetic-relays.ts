/**
 * Mined relays for the bench, cheap to make by the million and identical in every process: one
 * genuinely signed relay leaf (≈ 369 bytes: envelope, response metadata, two sr25519 signatures;
 * signed-template.ts) is the template, and relay i is that leaf with i + 1 written into the
 * envelope's nonce, so the values have a real leaf's size and layout (the signatures no longer
 * verify, which the tree never checks). The key is the relay digest with its top 12 bits
 * cleared: it stands in for a digest mined at p = 2^-12 (mined digests share their leading
 * zeros) without grinding 4096 candidates per relay. Weights (CU) vary from 50 to 4049.
 *
 * Only @sibyl/relay-mining is loaded here, so the measuring processes carry no keyring, type
 * registry or @polkadot/util in their baseline RSS.
 */
import { relayLeafKey } from '@sibyl/relay-mining';

/** Where the nonce (u64) sits in a leaf whose envelope has no sampling seed: 2-byte Compact, then 157 bytes of envelope. */
export const NONCE_AT = 2 + 157;

/** The bench's key of a value: see the module comment. */
export function benchKeyOf(value: Uint8Array): Uint8Array {
  const key = relayLeafKey(value);
  key[0] = 0;
  key[1]! &= 0x0f;
  return key;
}

export class SyntheticRelays {
  private readonly template: Uint8Array;

  constructor(templateHex: string) {
    this.template = Uint8Array.from(Buffer.from(templateHex.replace(/^0x/, ''), 'hex'));
  }

  get valueBytes(): number {
    return this.template.length;
  }

  relay(i: number): { key: Uint8Array; weight: bigint; value: Uint8Array } {
    const value = new Uint8Array(this.template.length);
    const key = new Uint8Array(32);
    return { key, weight: this.write(i, key, value), value };
  }

  /**
   * Writes relay i's key and value into the given views (the bench fills flat batch buffers, so
   * generating a million relays leaves no garbage to inflate the RSS it measures); returns its weight.
   */
  write(i: number, key: Uint8Array, value: Uint8Array): bigint {
    value.set(this.template);
    new DataView(value.buffer, value.byteOffset, value.byteLength).setBigUint64(NONCE_AT, BigInt(i) + 1n, true);
    key.set(benchKeyOf(value));
    return 50n + (BigInt(Math.imul(i, 2654435761) >>> 0) % 4000n);
  }
}
