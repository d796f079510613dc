/**
 * Follows the chain's best block and current session, and caches state reads. Off-chain services
 * ask the chain something on almost every request (which suppliers did this session draw for this
 * app and model?); the answer comes from memory so no request waits for a chain round trip:
 * - a read that can no longer change is kept until evicted;
 * - one that still may (a draw whose session start is not yet final) is served from memory after
 *   its TTL while a background re-read replaces it, so staleness is bounded by the TTL plus one read;
 * - when a session starts, the draws of the (app, model) pairs used recently are read for it in
 *   the background, so the first relays of a session find them ready.
 * Only a first sight, or an empty answer (a refusal, worth confirming), waits for the chain. The
 * cache holds at most `maxEntries` reads and the recent pairs at most `maxRecentPairs` (the least
 * recently used go first), so keys chosen by strangers cannot grow either without bound.
 */
import type { ApiPromise } from '@polkadot/api';

interface Entry {
  value: unknown;
  /** Fresh until then (ms since the epoch); `Infinity`: the value can no longer change. */
  until: number;
}

interface CacheRules<T> {
  /** The value can no longer change: keep it for good. */
  lasting?: (value: T) => boolean;
  /** A stale value may still be answered while it is re-read in the background. */
  servesStale?: (value: T) => boolean;
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
  /** (app, model) pairs whose draws were asked for, least recently first. */
  private readonly recentPairs = new Map<string, { app: string; model: number }>();
  private prefetching: Promise<void> = Promise.resolve();
  private readonly sessionListeners: ((session: bigint) => void)[] = [];

  constructor(
    readonly api: ApiPromise,
    /** How long a cached read stays fresh (default 6 s). */
    private readonly ttlMs = 6_000,
    /** Most reads kept (default 10 000). */
    private readonly maxEntries = 10_000,
    /** Most (app, model) pairs whose draws are read ahead when a session starts (default 256). */
    private readonly maxRecentPairs = 256,
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
    let first = true;
    this.unsubscribeSession = (await this.api.query.sessions.currentSession((session) => {
      const next = session.toBigInt();
      const changed = !first && next !== this.currentSession;
      first = false;
      this.currentSession = next;
      if (!changed) return;
      this.prefetchDraws(next);
      for (const listener of this.sessionListeners) listener(next);
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

  /** Calls `listener` with each session that starts while this watch runs. */
  onNewSession(listener: (session: bigint) => void): void {
    this.sessionListeners.push(listener);
  }

  /** The session in progress (the `Sessions` pallet's), as of the best block seen. */
  get session(): bigint {
    return this.currentSession;
  }

  /**
   * The suppliers drawn for (`app`, `model`) in `session` (the `SessionsApi` runtime call). A
   * started session's draw never changes once the block that started it is finalized (its seed
   * and candidates are fixed then), so such a set is kept until evicted rather than re-asked
   * every few blocks on the relay path. Before that a fork may still redraw it: it is answered
   * from memory and re-read in the background after the TTL. An empty answer (a session not
   * started, or pruned) is asked again once the TTL has passed.
   */
  async sessionSuppliers(session: bigint, app: string, model: number): Promise<string[]> {
    const pair = `${app}:${model}`;
    this.recentPairs.delete(pair);
    this.recentPairs.set(pair, { app, model });
    while (this.recentPairs.size > this.maxRecentPairs) this.recentPairs.delete(this.recentPairs.keys().next().value as string);
    return this.readDraw(session, app, model);
  }

  private async readDraw(session: bigint, app: string, model: number): Promise<string[]> {
    const { set } = await this.cached(
      `set:${session}:${app}:${model}`,
      async () => {
        const [set, info] = await Promise.all([
          this.api.call.sessionsApi.sessionSuppliers(session, app, model),
          this.api.call.sessionsApi.session(session),
        ]);
        return { set: set.map((who) => who.toString()), start: info.isSome ? info.unwrap().start.toNumber() : undefined };
      },
      {
        lasting: ({ set, start }) => set.length > 0 && start !== undefined && start <= this.finalized,
        servesStale: ({ set }) => set.length > 0,
      },
    );
    return set;
  }

  /**
   * Reads `session`'s draws of the recently used pairs in the background, one at a time (a
   * session start is no moment to flood the node), behind any earlier prefetch.
   */
  private prefetchDraws(session: bigint): void {
    const pairs = [...this.recentPairs.values()].reverse();
    this.prefetching = this.prefetching.then(async () => {
      for (const { app, model } of pairs) {
        if (this.currentSession !== session) return; // a newer session took over
        await this.readDraw(session, app, model).catch(() => undefined);
      }
    });
  }

  /** Resolves when the draws read ahead for the latest session start are in (tests). */
  prefetched(): Promise<void> {
    return this.prefetching;
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
   * `load()`'s result, cached under `key` for the TTL (until evicted when `rules.lasting` says
   * the value can no longer change); concurrent misses share one read. A stale value that
   * `rules.servesStale` accepts is answered at once while one background read replaces it.
   */
  async cached<T>(key: string, load: () => Promise<T>, rules: CacheRules<T> = {}): Promise<T> {
    const hit = this.cache.get(key);
    if (hit && hit.until > Date.now()) return hit.value as T;
    if (hit && rules.servesStale?.(hit.value as T)) {
      this.reload(key, load, rules).catch(() => undefined);
      return hit.value as T;
    }
    return this.reload(key, load, rules);
  }

  /** Reads `key` again (sharing a read in flight) and stores the answer. */
  private reload<T>(key: string, load: () => Promise<T>, rules: CacheRules<T>): Promise<T> {
    const pending = this.loading.get(key);
    if (pending) return pending as Promise<T>;
    const promise = load().then(
      (value) => {
        this.store(key, value, rules.lasting?.(value) ?? false);
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
