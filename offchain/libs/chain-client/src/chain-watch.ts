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
  private finalized = 0;
  private unsubscribeFinalized: (() => void) | undefined;
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
    this.unsubscribeFinalized = await this.api.rpc.chain.subscribeFinalizedHeads((header) => {
      this.finalized = Math.max(this.finalized, header.number.toNumber());
    });
    this.unsubscribeSession = (await this.api.query.sessions.currentSession((session) => {
      this.currentSession = session.toBigInt();
    })) as unknown as () => void;
  }

  stop(): void {
    this.unsubscribe?.();
    this.unsubscribeSession?.();
    this.unsubscribeFinalized?.();
    this.unsubscribe = undefined;
    this.unsubscribeSession = undefined;
    this.unsubscribeFinalized = undefined;
  }

  /** The session in progress (the `Sessions` pallet's), as of the best block seen. */
  get session(): bigint {
    return this.currentSession;
  }

  /**
   * The suppliers drawn for (`app`, `model`) in `session` (the `SessionsApi` runtime call). A
   * started session's draw never changes once the block that started it is finalized (its seed
   * and candidates are fixed then), so such a set is kept until evicted rather than re-asked
   * every few blocks on the relay path. Before that a fork may still redraw it, and an empty
   * answer (a session not started, or pruned) may change: both expire with the TTL.
   */
  async sessionSuppliers(session: bigint, app: string, model: number): Promise<string[]> {
    const { set } = await this.cached(
      `set:${session}:${app}:${model}`,
      async () => {
        const [set, info] = await Promise.all([
          this.api.call.sessionsApi.sessionSuppliers(session, app, model),
          this.api.call.sessionsApi.session(session),
        ]);
        return { set: set.map((who) => who.toString()), start: info.isSome ? info.unwrap().start.toNumber() : undefined };
      },
      ({ set, start }) => set.length > 0 && start !== undefined && start <= this.finalized,
    );
    return set;
  }

  /** The best block number seen. */
  get bestBlock(): number {
    return this.best;
  }

  /** The newest finalized block number seen. */
  get finalizedBlock(): number {
    return this.finalized;
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
