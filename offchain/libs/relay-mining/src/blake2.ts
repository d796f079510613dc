/**
 * blake2b-256, the one hash of the sum tree. Called straight into @polkadot/wasm-crypto: about
 * 1 µs for a node's 97 bytes, against 6 µs for the pure-JS fallback util-crypto uses before the
 * wasm is ready, so callers must await {@link blake2Ready} first (it is idempotent).
 */
import { blake2b, isReady, waitReady } from '@polkadot/wasm-crypto';

const NO_KEY = new Uint8Array(0);

export async function blake2Ready(): Promise<void> {
  await waitReady();
}

export function blake2b256(data: Uint8Array): Uint8Array {
  if (!isReady()) throw new Error('blake2b256: await blake2Ready() first');
  return blake2b(data, NO_KEY, 32);
}
