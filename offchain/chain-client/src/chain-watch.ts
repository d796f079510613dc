/**
 * Follows the chain's best block and current session, and caches state reads for a short time.
 * Off-chain services ask the chain something on almost every request (is this gateway staked?
 * which gateways did this app delegate to?); answering from a cache that expires within a block
 * or two keeps a chain round trip off the request path while bounding how stale an answer can
 * be. The cache holds at most `maxEntries` reads (the least recently stored go first), so keys
 * chosen by strangers (addresses in envelopes) cannot grow it without bound.
 */
import type { ApiPromise } from '@polkadot/api';

interface Entry {
  value: unknown;
  until: number;
}

export class ChainWatch {
  private best = 0;
  private currentSession = 0n;
  private unsubscribe: (() => void) | undefined;
  private unsubscribeSession: (() => void) | undefined;
  private readonly cache = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<unknown>>();

  constructor(
    readonly api: ApiPromise,
    /** How long a cached read stays valid (default 6 s). */
    private readonly ttlMs = 6_000,
    /** Most reads kept (default 10 000). */
    private readonly maxEntries = 10_000,
  ) {}

  /** Reads held in the cache now. */
  get size(): number {
    return this.cache.size;
  }

  async start(): Promise<void> {
    this.best = (await this.api.rpc.chain.getHeader()).number.toNumber();
    this.unsubscribe = await this.api.rpc.chain.subscribeNewHeads((header) => {
      this.best = Math.max(this.best, header.number.toNumber());
    });
    this.unsubscribeSession = (await this.api.query.sessions.currentSession((session) => {
      this.currentSession = session.toBigInt();
    })) as unknown as () => void;
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribeSession?.();
    this.unsubscribe = undefined;
    this.unsubscribeSession = undefined;
  }

  /** The session in progress (the `Sessions` pallet's), as of the best block seen. */
  get session(): bigint {
    return this.currentSession;
  }

  /**
   * The suppliers drawn for (`app`, `model`) in `session` (the `SessionsApi` runtime call). A
   * started session's draw never changes (its seed and candidates are fixed when it starts), so
   * a drawn set is kept until evicted rather than re-asked every few blocks on the relay path;
   * an empty answer (a session not started, or pruned) expires with the TTL.
   */
  sessionSuppliers(session: bigint, app: string, model: number): Promise<string[]> {
    return this.cached(
      `set:${session}:${app}:${model}`,
      async () => {
        const set = await this.api.call.sessionsApi.sessionSuppliers(session, app, model);
        return set.map((who) => who.toString());
      },
      (set) => set.length > 0,
    );
  }

  /** The best block number seen. */
  get bestBlock(): number {
    return this.best;
  }

  /**
   * `load()`'s result, cached under `key` for the TTL (until evicted when `lasting` says the
   * value can no longer change); concurrent misses share one read.
   */
  async cached<T>(key: string, load: () => Promise<T>, lasting?: (value: T) => boolean): Promise<T> {
    const hit = this.cache.get(key);
    if (hit && hit.until > Date.now()) return hit.value as T;
    const pending = this.loading.get(key);
    if (pending) return pending as Promise<T>;
    const promise = load().then(
      (value) => {
        this.store(key, value, lasting?.(value) ?? false);
        this.loading.delete(key);
        return value;
      },
      (error: unknown) => {
        this.loading.delete(key);
        throw error;
      },
    );
    this.loading.set(key, promise);
    return promise;
  }

  private store(key: string, value: unknown, lasting: boolean): void {
    // Re-inserted keys move to the end: the first key is always the oldest stored.
    this.cache.delete(key);
    this.cache.set(key, { value, until: lasting ? Infinity : Date.now() + this.ttlMs });
    while (this.cache.size > this.maxEntries) {
      const oldest = this.cache.keys().next().value as string;
      this.cache.delete(oldest);
    }
  }

  /** Drops every cached read (after this service changed chain state itself, say). */
  invalidate(): void {
    this.cache.clear();
  }
}
