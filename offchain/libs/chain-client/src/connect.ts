/**
 * Connecting to a Sibyl chain. Types come from the augmentation generated from the runtime's
 * metadata (src/interfaces), so `api.tx.models.register(...)` and `api.query.stakes.bonds(...)`
 * are checked by the compiler.
 */
import './interfaces/augment-api.js';
import './interfaces/augment-types.js';
import { ApiPromise, WsProvider } from '@polkadot/api';

export interface ConnectOptions {
  /** Give up if the chain is not reachable within this many milliseconds (default 30 000). */
  timeoutMs?: number;
}

/** Connects to the chain at `endpoint` (e.g. ws://127.0.0.1:9944) and waits until ready. */
export async function connect(endpoint: string, options: ConnectOptions = {}): Promise<ApiPromise> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const provider = new WsProvider(endpoint);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`chain at ${endpoint} not reachable within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    const api = await Promise.race([ApiPromise.create({ provider, noInitWarn: true }), timeout]);
    return api;
  } catch (error) {
    await provider.disconnect().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
